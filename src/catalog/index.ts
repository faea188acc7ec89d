export { SEVERITY_BY_INTENT, surfaceFor } from './catalog.js';
export { FAMILY_KEYS as SLB_ERROR_FAMILIES } from './keys.generated.js';
export { SLB_INTENTS } from './types.js';
export type {
  AlbErrorCode,
  NlbErrorCode,
  SlbCommonErrorCode,
  SlbErrorCode,
  SlbObservedErrorCode,
} from './codes.generated.js';
export type { SlbDocumentedRow } from './documented-rows.js';
export type {
  SlbCatalogRow,
  SlbCatalogSource,
  SlbErrorFamily,
  SlbIntent,
  SlbProductKey,
  SlbSeverity,
  SlbSurface,
} from './types.js';
