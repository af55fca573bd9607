// The lifecycle's view of the catalog and fees modules, in one place: imported from their public entry points.
export {
  defaultCatalog, requirementsFor, serviceDeadline, validateCatalog,
  type ApplicationDetails, type Catalog, type PermitType, type Requirement, type ServiceDeadline,
} from '../catalog/index.js';
export { createSkrd, type FeeAssessment, type NoPaymentNeeded, type Skrd, type SkrdSettings } from '../fees/index.js';
