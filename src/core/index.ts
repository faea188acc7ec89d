export { classifySlbError } from './classify.js';
export { classifySlbResponse } from './response.js';
export { normaliseMessage } from './match.js';
export { SLB_DEFAULT_PAGES, safeHttpsUrl } from './links.js';
export { registerSlbLocale, resolveLocale, en } from './texts.js';
export { redactText } from './redact.js';
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
  SlbCatalogEntry,
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
