export { classifySlbError } from './classify.js';
export { classifySlbResponse } from './response.js';
export { SLB_DEFAULT_PAGES } from './links.js';
export { registerSlbLocale, en } from './texts.js';
export {
  SLB_ERROR_CATALOG,
  SLB_COMMON_ERRORS,
  SLB_OBSERVED_ERRORS,
  SLB_ERROR_FAMILIES,
  SLB_INTENTS,
} from '../catalog/index.js';
export type {
  SlbErrorCode,
  SlbCommonErrorCode,
  SlbObservedErrorCode,
  SlbCatalogRow,
  SlbCatalogSource,
  SlbErrorFamily,
  SlbIntent,
  SlbSeverity,
  SlbSurface,
} from '../catalog/index.js';
export type { SlbFamilyText, SlbLocale, SlbLocaleTag, SlbUiStrings } from './locale.js';
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
  SlbSite,
} from './types.js';
