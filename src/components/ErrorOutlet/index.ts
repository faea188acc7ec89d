export { ErrorOutlet } from './ErrorOutlet.js';
export { inlineFieldOf, placeSlbEntries, useSlbPlacement } from './placement.js';
export type { ErrorOutletProps } from './ErrorOutlet.js';
export type { SlbPlacement } from './placement.js';
