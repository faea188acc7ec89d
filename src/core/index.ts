export { classifySlbError } from './classify.js';
export { classifySlbResponse } from './response.js';
export { SLB_DEFAULT_PAGES } from './links.js';
export { SLB_ERROR_FAMILIES, SLB_INTENTS } from '../catalog/index.js';
export { SLB_API_ERRORS, SLB_COMMON_ERRORS, SLB_ERROR_CATALOG, SLB_OBSERVED_ERRORS } from '../catalog/documented.js';
export type {
  SlbErrorCode,
  SlbCommonErrorCode,
  SlbObservedErrorCode,
  SlbCatalogRow,
  SlbCatalogSource,
  SlbDocumentedRow,
  SlbErrorFamily,
  SlbIntent,
  SlbProductKey,
  SlbSeverity,
  SlbSurface,
} from '../catalog/index.js';
export type {
  SlbFamilyText,
  SlbLocale,
  SlbLocaleOption,
  SlbLocaleTag,
  SlbRowWords,
  SlbUiStrings,
  SlbWords,
} from './locale.js';
export type {
  SlbAccessDenied,
  SlbClassifyOptions,
  SlbErrorOrigin,
  SlbErrorReport,
  SlbLinkContext,
  SlbLinkKind,
  SlbLinkOverride,
  SlbLinks,
  SlbMatchKind,
  SlbProduct,
  SlbSite,
} from './types.js';
