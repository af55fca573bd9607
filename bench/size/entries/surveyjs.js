// SurveyJS as an integrator would load it without a framework: the model and the vanilla-JS renderer.
export { Model } from 'survey-core';
export { renderSurvey, Survey } from 'survey-js-ui';
