import type { SlbPackedCatalog } from '../catalog/packed.js';
import type {
  SlbCatalogRow,
  SlbErrorFamily,
  SlbIntent,
  SlbProductKey,
  SlbSeverity,
  SlbSurface,
} from '../catalog/types.js';
import type { SlbLocaleOption, SlbLocaleTag } from './locale.js';

/** A product's catalog, to add to the built-in CLB one (`alb` from `slb-error-kit/alb`, `nlb` from `slb-error-kit/nlb`). */
export type SlbProduct = SlbPackedCatalog;

/** The Alibaba Cloud site whose pages the links point to. */
export type SlbSite = 'intl' | 'cn';

/** Every link a report may carry. */
export type SlbLinkKind =
  'ticket' | 'billing' | 'quota' | 'permission' | 'verifyAccount' | 'signIn' | 'errorCenter' | 'diagnose';

/** Links of a report: only `https:` URLs; a kind is absent when no safe link exists. */
export type SlbLinks = Partial<Record<SlbLinkKind, string>>;

/** What the app knows about the failed call, for building links. */
export interface SlbLinkContext {
  readonly code: string | null;
  readonly requestId: string | null;
  readonly site: SlbSite;
  /** The error's family: billing links go to the orders page for an unpaid order, and so on. */
  readonly family: SlbErrorFamily;
  /** The Quota Center code of the quota reached, when the catalog knows it. */
  readonly quotaCode: string | null;
  /** The product the error came from (CLB when nothing says). */
  readonly product: SlbProductKey;
}

/**
 * An app override for one link: a fixed URL, a function of the report's context,
 * or `null` to remove the link.
 */
export type SlbLinkOverride = string | null | ((context: SlbLinkContext) => string | null);

/**
 * How the classifier found its answer, most specific first: a row by code and message, by a
 * message with extra detail, by its code alone; a naming pattern of an unknown code; the HTTP
 * status; the transport (network, timeout, abort); nothing.
 */
export type SlbMatchKind = 'exact' | 'fuzzy' | 'code' | 'pattern' | 'status' | 'transport' | 'none';

/** Where the error came from. */
export type SlbErrorOrigin = 'api' | 'network' | 'timeout' | 'aborted' | 'bad-response' | 'unknown';

/** `AccessDeniedDetail` of a RAM denial, with only the fields a UI needs. */
export interface SlbAccessDenied {
  readonly action: string | null;
  readonly resource: string | null;
  readonly principalType: string | null;
  readonly principalName: string | null;
  readonly noPermissionType: string | null;
  readonly policyType: string | null;
  readonly encodedDiagnosticMessage: string | null;
}

/** Options of `classifySlbError` and `classifySlbResponse`. */
export interface SlbClassifyOptions {
  /**
   * The words of `title` and `description`: a language (`en` from `slb-error-kit/locales/en`,
   * `zhCN` from `slb-error-kit/locales/zh-CN`), or a language and the words of the products you
   * added (`[zhCN, albZhCN]`). Without one, reports carry the kit's English family words only
   * (each row's own words come with the locale), and `report.locale` is `'en'`.
   */
  readonly locale?: SlbLocaleOption | undefined;
  /** @defaultValue 'intl' */
  readonly site?: SlbSite | undefined;
  /** Link overrides; app-supplied links win over the defaults. */
  readonly links?: Partial<Record<SlbLinkKind, SlbLinkOverride>> | undefined;
  /** Text overrides per error code (or catalog row id), in the report's locale. */
  readonly text?: Readonly<Record<string, { readonly title?: string; readonly description?: string }>> | undefined;
  /**
   * The app's own labels for request parameters (`{ ListenerPort: 'Port' }`), used where the
   * kit names a field ("Check the Port") instead of its built-in label ("listener port").
   */
  readonly fieldLabels?: Readonly<Record<string, string>> | undefined;
  /**
   * The API action that was called (`CreateLoadBalancer`): the rows its error table documents
   * decide first. Wins over what the error names.
   */
  readonly action?: string | undefined;
  /** The product that was called, when the error itself does not say (its `HostId`, its URL, its Recommend link). */
  readonly product?: SlbProductKey | undefined;
  /**
   * The catalogs of further products (`[alb, nlb]`): an error of such a product is decided by its
   * own rows, then the common gateway rows. Without its catalog, CLB's rows and the naming
   * patterns decide.
   */
  readonly products?: readonly SlbProduct[] | undefined;
}

/** Everything the UI needs to know about one caught error. Never contains credentials or request configs. */
export interface SlbErrorReport {
  /** API error code, normalised; `null` when the error carried none (network failure, unknown value). */
  readonly code: string | null;
  /** HTTP status, wherever the error shape hid it. */
  readonly status: number | null;
  /** The server's message, undecorated, with URLs and credentials removed. */
  readonly message: string;
  readonly requestId: string | null;
  readonly intent: SlbIntent;
  /** `true` exactly when `intent` is `retry`. */
  readonly retryable: boolean;
  /** `true` for throttling (`Throttling*`); retries then start from a longer base delay. */
  readonly throttled: boolean;
  /** Server hint for the earliest retry, in milliseconds. */
  readonly retryAfterMs: number | null;
  /** The request parameter at fault, for `fix-input`. */
  readonly field: string | null;
  readonly severity: SlbSeverity;
  readonly surface: SlbSurface;
  /** The kind of problem ("payment-failed", "out-of-stock", "throttled"); the title comes from it. */
  readonly family: SlbErrorFamily;
  /** User-facing title in `locale`. */
  readonly title: string;
  /** User-facing description in `locale`. */
  readonly description: string;
  readonly locale: SlbLocaleTag;
  readonly links: SlbLinks;
  /** The catalog row that matched. */
  readonly row: SlbCatalogRow | null;
  readonly match: SlbMatchKind;
  readonly origin: SlbErrorOrigin;
  /** The API action that failed (`CreateLoadBalancerTCPListener`), where known. */
  readonly action: string | null;
  /** The product the error came from (`clb`, `alb`, `nlb`), where the error or the app says. */
  readonly product: SlbProductKey | null;
  /** RAM denial details, when the server sent them. */
  readonly accessDenied: SlbAccessDenied | null;
  /** Equal for the same error repeated: the key for collapsing repeats. */
  readonly fingerprint: string;
}
