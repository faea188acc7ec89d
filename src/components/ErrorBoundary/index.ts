export { SlbErrorBoundary, isCallError } from './SlbErrorBoundary.js';
export type { SlbErrorBoundaryFallbackProps, SlbErrorBoundaryProps } from './SlbErrorBoundary.js';
