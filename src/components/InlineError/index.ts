export { InlineError, focusFirstInvalid } from './InlineError.js';
export { useRegisterField, useRegisteredFields, useSlbFieldRegistry } from './registry.js';
export type { InlineErrorHookProps, InlineErrorProps, InlineErrorReportProps } from './InlineError.js';
