export { IKM_REGULATION } from './source.js';
export {
  IKM_ELEMENTS, IKM_ELEMENT_CODES, IKM_ELEMENT_COUNT,
  type IkmAnswer, type IkmAnswerLabels, type IkmElement, type IkmElementCode,
} from './elements.js';
export type { IkmResponse } from './answers.js';
export { IKM_GRADES, gradeOfScores, validateIkmGrades, type IkmGrade, type IkmGradeRow } from './grades.js';
export type { IkmScore } from './score.js';
export { computeIkm, type IkmSettings } from './compute.js';
export {
  ikmReport,
  type IkmElementResult, type IkmPeriod, type IkmPermitTypeResult, type IkmReport, type IkmReportInput, type IkmSubmission,
} from './report.js';
