export {
  SLB_ERROR_CATALOG,
  SLB_COMMON_ERRORS,
  SLB_OBSERVED_ERRORS,
  SLB_ERROR_FAMILIES,
  SEVERITY_BY_INTENT,
  surfaceFor,
} from './catalog.js';
export { SLB_INTENTS } from './types.js';
export type { SlbErrorCode, SlbCommonErrorCode, SlbObservedErrorCode } from './catalog.js';
export type { SlbCatalogRow, SlbCatalogSource, SlbErrorFamily, SlbIntent, SlbSeverity, SlbSurface } from './types.js';
