export { SpElement } from './sp-element.js';
export { SpFormControl, requiredValidator, type ValidationProblem, type Validator } from './form-control.js';
export { emit, type SpEventMap, type SpEventName } from './events.js';
export { currentLocale, intlTag, langOf, pick, SOURCE_LOCALE, toSpLocale, withLocale, type SpLocale } from './localize.js';
export { themeStyles } from './theme.styles.js';
