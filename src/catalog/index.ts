export { SLB_ERROR_CATALOG, SLB_COMMON_ERRORS, SEVERITY_BY_INTENT, surfaceFor } from './catalog.js';
export { SLB_INTENTS } from './types.js';
export type { SlbErrorCode, SlbCommonErrorCode } from './catalog.js';
export type { SlbCatalogEntry, SlbCatalogSource, SlbIntent, SlbSeverity, SlbSurface } from './types.js';
