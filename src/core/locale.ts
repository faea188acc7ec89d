import type { SlbIntent } from '../catalog/types.js';

export type SlbLocaleTag = 'en' | 'zh-CN';

/** Descriptions for errors that no catalog row describes, by what went wrong. */
export type SlbFallbackKind = 'network' | 'timeout' | 'bad-response' | 'aborted' | 'server' | 'unknown';

/**
 * Strings the components show, with `{name}` placeholders.
 * Keys are stable; an app may override any of them.
 */
export interface SlbUiStrings {
  readonly retry: string;
  /** `{seconds}` */
  readonly retryIn: string;
  readonly retrying: string;
  /** `{attempt}`, `{max}` */
  readonly attempt: string;
  readonly dismiss: string;
  readonly requestId: string;
  readonly copy: string;
  readonly copyRequestId: string;
  readonly copied: string;
  readonly errorCode: string;
  readonly moreAboutError: string;
  readonly diagnose: string;
  readonly openTicket: string;
  readonly goToBilling: string;
  readonly increaseQuota: string;
  readonly requestPermission: string;
  readonly deniedAction: string;
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
  readonly repeated: string;
  readonly severityError: string;
  readonly severityWarning: string;
  readonly severityInfo: string;
  readonly opensInNewTab: string;
}

/** All text of one language. English is built in; other languages are objects you import and pass. */
export interface SlbLocale {
  readonly tag: SlbLocaleTag;
  /** Report titles by intent. */
  readonly titles: Readonly<Record<SlbIntent, string>>;
  /** Descriptions for errors with no catalog row. */
  readonly fallback: Readonly<Record<SlbFallbackKind, string>>;
  /** Catalog descriptions by entry id (`slb-001`, `common-Throttling.User`). Missing ids fall back to English. */
  readonly descriptions: Readonly<Record<string, string>>;
  /** Component strings; missing keys fall back to English. */
  readonly ui?: Partial<SlbUiStrings>;
}
