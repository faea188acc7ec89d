export { InlineError, focusFirstInvalid } from './InlineError.js';
export { SlbFieldRegistry, useRegisterField, useRegisteredFields, useSlbFieldRegistry } from './registry.js';
export type { InlineErrorHookProps, InlineErrorProps, InlineErrorReportProps } from './InlineError.js';
