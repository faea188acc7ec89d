import { type FAMILY_KEYS, INTENT_KEYS } from './keys.generated.js';

/**
 * What the user can do about an error (docs/architecture.md, "Intents"). Listed here as the
 * design declares the type; `SLB_INTENTS` has them in the order the design numbers its rules.
 * Every per-intent table in the kit is a full `Record<SlbIntent, …>`.
 */
export type SlbIntent =
  | 'retry'
  | 'fix-input'
  | 'billing'
  | 'quota'
  | 'ticket'
  | 'permission'
  | 'verify-account'
  | 'sign-in'
  | 'refresh'
  | 'none';

/**
 * All intents, in the order the design numbers them: retry, billing, quota, ticket,
 * verify-account, permission, sign-in, fix-input, refresh, none. The catalog's rules
 * (scripts/catalog/rules.mjs) try `none` and `refresh` before `fix-input`; see
 * docs/architecture.md, "How a catalog row gets its intent". Generated from INTENT_ORDER there.
 */
export const SLB_INTENTS = INTENT_KEYS satisfies readonly SlbIntent[];

export type SlbSeverity = 'error' | 'warning' | 'info';

/** Where a report should be shown. */
export type SlbSurface = 'toast' | 'banner' | 'inline';

/**
 * The load-balancer product an error came from: Classic Load Balancer (the Slb API 2014-05-15),
 * Application Load Balancer (Alb 2020-06-16) or Network Load Balancer (Nlb 2022-04-30).
 */
export type SlbProductKey = 'clb' | 'alb' | 'nlb';

/**
 * `slb`: a row of the CLB error page. `api`: an error a product's per-action error tables
 * document. `common`: an Alibaba Cloud gateway error any API may return. `observed`: a code seen
 * in the field (real clients, real responses) that no documentation lists.
 */
export type SlbCatalogSource = 'slb' | 'api' | 'common' | 'observed';

/**
 * What a user would call the problem ("Payment failed", "Out of stock", "Too many requests").
 * A report's title comes from its family; see docs/catalog.md for every family's words.
 */
export type SlbErrorFamily = (typeof FAMILY_KEYS)[number];

/**
 * One error the catalog knows: what decides its report. The documentation's own text (the
 * documented message, the error page's description, the actions) is in the documented rows
 * (`SLB_ERROR_CATALOG` and the product catalogs), which no classifier loads.
 */
export interface SlbCatalogRow {
  /**
   * Stable key, given once and kept (scripts/catalog/ids.json): `slb-001` … for CLB (the error
   * page's rows first, in its order), `alb-001` …, `nlb-001` …, `common-<code>`, `observed-<code>`.
   */
  readonly id: string;
  readonly source: SlbCatalogSource;
  /** HTTP status documented for this row (the first, where several are). */
  readonly status: number;
  /** Error code, normalised (no stray spaces). */
  readonly code: string;
  readonly intent: SlbIntent;
  /**
   * The API parameter the error is about: for `fix-input` the one to correct; for other intents
   * the resource it concerns (`ListenerId`), which the words name.
   */
  readonly field: string | null;
  readonly severity: SlbSeverity;
  readonly surface: SlbSurface;
  /** The kind of problem, which names it to the user. */
  readonly family: SlbErrorFamily;
  /** For a quota the account can raise: its Quota Center code (`slb_quota_listeners_num`). */
  readonly quota: string | null;
}
