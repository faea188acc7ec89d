import { type FAMILY_KEYS, INTENT_KEYS } from './entries.generated.js';

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
 * `slb`: a row of the SLB 2014-05-15 error list. `common`: an Alibaba Cloud gateway error any API
 * may return. `observed`: an SLB code seen in the field (real clients, real responses) that the
 * list does not have.
 */
export type SlbCatalogSource = 'slb' | 'common' | 'observed';

/**
 * What a user would call the problem ("Payment failed", "Out of stock", "Too many requests").
 * A report's title comes from its family; see docs/catalog.md for every family's words.
 */
export type SlbErrorFamily = (typeof FAMILY_KEYS)[number];

/** One documented error: a row of the seed table, or a common gateway error. */
export interface SlbCatalogRow {
  /** Stable key: `slb-001` … `slb-205` in seed order, `common-<code>`, or `observed-<code>`. */
  readonly id: string;
  readonly source: SlbCatalogSource;
  /** HTTP status documented for this row. */
  readonly status: number;
  /** Error code, normalised (no stray spaces). */
  readonly code: string;
  /** Message exactly as documented (what the server sends). */
  readonly message: string;
  /** User-facing description in English. */
  readonly description: string;
  readonly intent: SlbIntent;
  /** The request parameter at fault, when the message names one. */
  readonly field: string | null;
  readonly severity: SlbSeverity;
  readonly surface: SlbSurface;
  /** The kind of problem, which names it to the user. */
  readonly family: SlbErrorFamily;
  /** For a quota the account can raise: its Quota Center code (`slb_quota_listeners_num`). */
  readonly quota: string | null;
}
