// The supervisor's page: businesses under supervision and the annual field-inspection plan (SUP-01 … SUP-06).
import { requireAccount } from './shared/session.js';
import { renderInLanguage } from './shared/text.js';
import { loadBusinesses, renderBusinesses, setUpBusinessForm } from './supervision/businesses.js';
import { renderPlan, setUpPlan } from './supervision/plan.js';

await requireAccount(['supervisor', 'head-of-office']);
setUpBusinessForm();
setUpPlan();
await loadBusinesses();
renderInLanguage(() => {
  renderBusinesses();
  renderPlan();
});
