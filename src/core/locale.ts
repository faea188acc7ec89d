import type { SlbErrorFamily } from '../catalog/types.js';

export type SlbLocaleTag = 'en' | 'zh-CN';

/** The words of one error family. */
export interface SlbFamilyText {
  /** Title of every error of the family. */
  readonly title: string;
  /** Title when the error names a field: `{field}` is its label, `{Field}` the same with a capital. */
  readonly fieldTitle?: string;
  /** Description when no catalog row describes the error (a naming pattern or the status decided). */
  readonly description: string;
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
  /** `{index}`, `{count}` */
  readonly stackPosition: string;
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

/** All text of one language. English is built in; other languages are objects you import and pass. */
export interface SlbLocale {
  readonly tag: SlbLocaleTag;
  /** Title and generic description of every error family. */
  readonly families: Readonly<Record<SlbErrorFamily, SlbFamilyText>>;
  /** How request parameters are named to the user (`ListenerPort` → "listener port"). */
  readonly fields: Readonly<Record<string, string>>;
  /** Titles of the catalog rows that do not use their family's, by row id. */
  readonly titles: Readonly<Record<string, string>>;
  /** Descriptions by catalog row id (`slb-001`, `common-Throttling.User`). Missing ids fall back to English. */
  readonly descriptions: Readonly<Record<string, string>>;
  /** Component strings; missing keys fall back to English. */
  readonly ui?: Partial<SlbUiStrings>;
}
