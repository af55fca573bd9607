// The head of office's page: the outage declaration and public notice (APP-11), the service-level figures and the
// IKM report (the <sp-ikm-report> widget).
import { requireAccount } from './shared/session.js';
import { renderInLanguage } from './shared/text.js';
import { setUpIkmReport } from './head-office/ikm.js';
import { renderServiceLevel, setUpServiceLevel } from './head-office/service-level.js';
import { loadServiceStatus, renderServiceStatus, setUpServiceStatus } from './head-office/service-status.js';
import { todayInJakarta } from './shared/dates.js';

await requireAccount(['head-of-office']);
const today = todayInJakarta();
setUpServiceStatus();
setUpIkmReport(today);
await Promise.all([loadServiceStatus(), setUpServiceLevel(today)]);
renderInLanguage(() => {
  renderServiceStatus();
  renderServiceLevel();
});
