import { accountRoutes } from './accounts.js';
import { administrativeActionRoutes } from './administrative-actions.js';
import { applicationEventRoutes } from './application-events.js';
import { applicationRoutes } from './applications.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { businessRoutes } from './businesses.js';
import { catalogRoutes } from './catalog.js';
import { complaintRoutes } from './complaints.js';
import { documentRoutes } from './documents.js';
import { feeRoutes } from './fees.js';
import { healthRoutes } from './health.js';
import { inspectionRoutes } from './inspections.js';
import { lkpmRoutes } from './lkpm.js';
import { manualRecordRoutes } from './manual-records.js';
import { meRoutes } from './me.js';
import { openApiRoutes } from './openapi.js';
import { paymentRoutes } from './payments.js';
import { permitRoutes } from './permits.js';
import { reportRoutes } from './reports.js';
import type { RouteModule } from './route-module.js';
import { sanctionCaseRoutes } from './sanction-cases.js';
import { serviceStatusRoutes } from './service-status.js';
import { submitRoutes } from './submit.js';
import { surveyRoutes } from './survey.js';
import { supervisionPlanRoutes } from './supervision-plans.js';
import { trackingRoutes } from './tracking.js';

export type { RouteModule } from './route-module.js';

/**
 * Every resource the API serves, in the order of the OpenAPI document. To add a resource, write
 * `routes/<resource>.ts` exporting a {@link RouteModule} and list it here (see packages/server/README.md).
 */
export const ROUTE_MODULES: readonly RouteModule[] = [
  healthRoutes,
  openApiRoutes,
  authRoutes,
  meRoutes,
  accountRoutes,
  catalogRoutes,
  feeRoutes,
  serviceStatusRoutes,
  trackingRoutes,
  applicationRoutes,
  documentRoutes,
  submitRoutes,
  applicationEventRoutes,
  manualRecordRoutes,
  paymentRoutes,
  surveyRoutes,
  permitRoutes,
  reportRoutes,
  auditRoutes,
  businessRoutes,
  supervisionPlanRoutes,
  inspectionRoutes,
  lkpmRoutes,
  sanctionCaseRoutes,
  administrativeActionRoutes,
  complaintRoutes,
];
