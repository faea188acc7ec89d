export { SlbErrorProvider, useSlbErrorContext } from './context.js';
export { useSlbError } from './useSlbError.js';
export { useSlbErrorQueue, useSlbCooldown } from './useSlbErrorQueue.js';
export type { SlbErrorProviderProps, SlbErrorContextValue } from './context.js';
export type { UseSlbErrorOptions, SlbErrorHandle, SlbFieldProps } from './useSlbError.js';
