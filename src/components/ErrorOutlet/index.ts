export { ErrorOutlet } from './ErrorOutlet.js';
export { useSlbPlacement } from './placement.js';
export type { ErrorOutletProps } from './ErrorOutlet.js';
