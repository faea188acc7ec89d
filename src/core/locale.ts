import type { SlbErrorFamily, SlbProductKey } from '../catalog/types.js';

/** The languages the kit speaks. */
export type SlbLocaleTag = 'en' | 'zh-CN';

/** The words of one error family. */
export interface SlbFamilyText {
  /** Title of every error of the family. */
  readonly title: string;
  /** Title when the error names a field: `{field}` is its label, `{Field}` the same with a capital. */
  readonly fieldTitle?: string;
  /** Description when no row has words of its own (a naming pattern or the HTTP status decided). */
  readonly description: string;
  /** Description when the error names a parameter: `{field}` is its label, `{Field}` capitalised. */
  readonly fieldDescription?: string;
}

/**
 * Strings the components show, with `{name}` placeholders.
 * Keys are stable; an app may override any of them.
 */
export interface SlbUiStrings {
  readonly retry: string;
  /** `{seconds}`: a manual retry is possible once the server's hint has passed */
  readonly retryIn: string;
  /** `{seconds}`: the kit retries by itself */
  readonly retryingIn: string;
  readonly retrying: string;
  readonly retrySucceeded: string;
  readonly cancel: string;
  /** `{attempt}`, `{max}` */
  readonly attempt: string;
  readonly dismiss: string;
  readonly dismissAll: string;
  readonly details: string;
  readonly copyDetails: string;
  readonly detailsCopied: string;
  /** Between a label and its value in copied text (": ", "：") */
  readonly labelSeparator: string;
  readonly errorCode: string;
  readonly requestId: string;
  readonly httpStatus: string;
  readonly apiAction: string;
  readonly time: string;
  readonly attempts: string;
  readonly serverMessage: string;
  readonly showAll: string;
  readonly showLess: string;
  readonly copy: string;
  readonly copyRequestId: string;
  readonly copied: string;
  readonly moreAboutError: string;
  readonly diagnose: string;
  readonly openTicket: string;
  readonly goToBilling: string;
  readonly increaseQuota: string;
  /** The permission action: copies a request the user sends to an administrator */
  readonly requestPermission: string;
  readonly accessRequestCopied: string;
  /** `{action}`: the denied action, e.g. `slb:CreateLoadBalancer` */
  readonly accessRequest: string;
  readonly accessRequestAny: string;
  readonly ramConsole: string;
  readonly deniedAction: string;
  readonly viewPolicy: string;
  readonly copyPolicy: string;
  readonly policyCopied: string;
  readonly policyLabel: string;
  readonly verifyAccount: string;
  readonly signInAgain: string;
  readonly refresh: string;
  readonly notifications: string;
  /** `{count}` */
  readonly moreNotifications: string;
  /** `{count}` */
  readonly showAllNotifications: string;
  /** `{count}` */
  readonly countErrors: string;
  /** `{count}` */
  readonly countWarnings: string;
  /** `{count}` */
  readonly countNotices: string;
  /** `{count}` */
  readonly moreBanners: string;
  readonly fewerBanners: string;
  /** `{count}` */
  readonly repeated: string;
  /** `{count}` */
  readonly repeatedLabel: string;
  readonly severityError: string;
  readonly severityWarning: string;
  readonly severityInfo: string;
  readonly opensInNewTab: string;
}

/**
 * A row's own words: its description, or `[description, title, filled]` where `0` is "none"
 * (the row reads its family's) and `filled` shows the values the server filled into the message
 * (`{1}`, `{2}` …).
 */
export type SlbRowWords = string | 0 | readonly [string | 0, string | 0, string?];

/**
 * One language's words for one product's errors: how its parameters are named and filled, and
 * the rows that have words of their own. Made by the kit's locale modules; to change a text, use
 * the `text` option.
 */
export interface SlbWords {
  readonly tag: SlbLocaleTag;
  readonly product: SlbProductKey;
  /** How request parameters are named to the user (`ListenerPort` → "listener port"). */
  readonly fields: Readonly<Record<string, string>>;
  /** How to fill a parameter ("Enter a port from 1 to 65535."), for errors whose value is not valid. */
  readonly rules: Readonly<Record<string, string>>;
  /** Each row's own words, in the order of the product's catalog. */
  readonly rows: readonly SlbRowWords[];
}

/**
 * A language: what every surface says, the words of every error family, and of CLB's errors
 * (`en` from `slb-error-kit/locales/en`, `zhCN` from `slb-error-kit/locales/zh-CN`). The words of
 * ALB's and NLB's errors come apart (`albZhCN` …): pass them beside it, `locale: [zhCN, albZhCN]`.
 */
export interface SlbLocale extends SlbWords {
  readonly ui: SlbUiStrings;
  /** Title and generic description of every error family. */
  readonly families: Readonly<Record<SlbErrorFamily, SlbFamilyText>>;
}

/** What the `locale` option takes: a language, or a language and the words of further products. */
export type SlbLocaleOption = SlbLocale | readonly [SlbLocale, ...SlbWords[]];

/** The language of a `locale` option: the locale itself, or the first of a list with products' words. */
export const baseLocaleOf = (option: SlbLocaleOption | undefined): SlbLocale | undefined =>
  option === undefined
    ? undefined
    : Array.isArray(option)
      ? (option as readonly [SlbLocale])[0]
      : (option as SlbLocale);
