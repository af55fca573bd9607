/**
 * @satupintu/elements — Lit web components for Indonesian one-stop permit services, embeddable in any portal with
 * one `<script type="module" src="satupintu-elements.js">`. Importing this module defines every element.
 * @packageDocumentation
 */
export * from './shared/index.js';
export * from './client/index.js';
export { SpRadioGroup, type RadioOption } from './radio-group/radio-group.js';
export { SpIkmSurvey } from './ikm-survey/ikm-survey.js';
export { SpIkmReport } from './ikm-report/ikm-report.js';
export { SpTextField, type TextCheck } from './text-field/text-field.js';
export { SpFileDrop, type FileDropStatus } from './file-drop/file-drop.js';
export { SpPermitForm, type SubmitAnswer } from './permit-form/permit-form.js';
export { PERMIT_FORM_STEPS, type PermitDraft, type PermitFormStep } from './permit-form/draft-store.js';
export { SpTrackingTimeline, type Tracking, type TrackingStep } from './tracking-timeline/tracking-timeline.js';
