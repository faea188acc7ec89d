// Default Alibaba Cloud links per site, app overrides, and the https-only rule.
import type { SlbIntent } from '../catalog/types.js';
import type { SlbLinkContext, SlbLinkKind, SlbLinkOverride, SlbLinks, SlbSite } from './types.js';

type StaticLink = Exclude<SlbLinkKind, 'diagnose' | 'errorCenter' | 'ticket'>;

/** Pages of the Alibaba Cloud console for each site. */
export const SLB_DEFAULT_PAGES: Readonly<
  Record<SlbSite, Readonly<Record<StaticLink | 'ticket' | 'errorCenter', string>>>
> = {
  intl: {
    ticket: 'https://smartservice.console.aliyun.com/service/create-ticket-intl',
    billing: 'https://billing-cost.console.alibabacloud.com/fortune/billing-account',
    quota: 'https://quotas.console.alibabacloud.com/products/slb/quotas',
    permission: 'https://ram.console.alibabacloud.com/permissions',
    verifyAccount: 'https://account-intl.console.aliyun.com/#/intlAuth',
    signIn: 'https://account.alibabacloud.com/login/login.htm',
    errorCenter: 'https://error-center.alibabacloud.com/status/product/Slb',
  },
  cn: {
    ticket: 'https://smartservice.console.aliyun.com/service/create-ticket',
    billing: 'https://billing-cost.console.aliyun.com/fortune/fund-management/recharge',
    quota: 'https://quotas.console.aliyun.com/products/slb/quotas',
    permission: 'https://ram.console.aliyun.com/permissions',
    verifyAccount: 'https://account.console.aliyun.com/v2/#/authc/home',
    signIn: 'https://account.aliyun.com/login/login.htm',
    errorCenter: 'https://error-center.aliyun.com/status/product/Slb',
  },
};

const DIAGNOSE_BASE: Readonly<Record<SlbSite, string>> = {
  intl: 'https://api.alibabacloud.com/troubleshoot',
  cn: 'https://api.aliyun.com/troubleshoot',
};

/** The link each intent leads with, besides ticket, Error Center and diagnose (which every report has). */
export const INTENT_LINK: Readonly<Record<SlbIntent, StaticLink | null>> = {
  retry: null,
  'fix-input': null,
  billing: 'billing',
  quota: 'quota',
  ticket: null,
  permission: 'permission',
  'verify-account': 'verifyAccount',
  'sign-in': 'signIn',
  refresh: null,
  none: null,
};

const LINK_KINDS: readonly SlbLinkKind[] = [
  'ticket',
  'billing',
  'quota',
  'permission',
  'verifyAccount',
  'signIn',
  'errorCenter',
  'diagnose',
];

/** `https:` URLs only; anything else (relative, `javascript:`, `http:`) is dropped. */
export function safeHttpsUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

/** A diagnose link from the body's `Recommend`, kept only on an Alibaba Cloud host. */
export function safeRecommend(value: string | undefined): string | null {
  if (value === undefined) return null;
  const href = value.trim();
  // The host ends at the first '/', '?' or '#'; nothing before it but DNS characters.
  return /^https:\/\/(?:[a-z0-9-]+\.)*(?:aliyun|alibabacloud)\.com(?::443)?(?:[/?#][^\s"'<>\\]*)?$/i.test(href) &&
    href.length <= 2048
    ? href
    : null;
}

/** Appends query parameters to a base URL that has none (string work: this runs on every report). */
function withQuery(base: string, query: Record<string, string | null>): string {
  let href = base;
  let separator = '?';
  for (const key in query) {
    const value = query[key];
    if (value === null || value === undefined) continue;
    href += `${separator}${key}=${encodeURIComponent(value)}`;
    separator = '&';
  }
  return href;
}

function applyOverride(override: SlbLinkOverride | undefined, context: SlbLinkContext, fallback: string | null) {
  if (override === undefined) return fallback;
  if (typeof override === 'function') {
    try {
      return safeHttpsUrl(override(context));
    } catch {
      return fallback;
    }
  }
  return override === null ? null : safeHttpsUrl(override);
}

/** Builds the links of a report: defaults for its site and intent, then the app's overrides. */
export function buildLinks(
  intent: SlbIntent,
  context: SlbLinkContext,
  recommend: string | undefined,
  overrides: Partial<Record<SlbLinkKind, SlbLinkOverride>> | undefined,
): SlbLinks {
  const pages = SLB_DEFAULT_PAGES[context.site];
  const { code, requestId } = context;
  const defaults: Partial<Record<SlbLinkKind, string | null>> = {
    ticket: withQuery(pages.ticket, { requestId, errorCode: code }),
    errorCenter: pages.errorCenter,
    diagnose:
      safeRecommend(recommend) ??
      (code !== null && requestId !== null
        ? withQuery(DIAGNOSE_BASE[context.site], { q: code, product: 'Slb', requestId })
        : null),
  };
  const lead = INTENT_LINK[intent];
  if (lead) defaults[lead] = pages[lead];

  const links: SlbLinks = {};
  for (const kind of LINK_KINDS) {
    // Overrides replace or remove the links this report has; they do not add unrelated ones.
    if (defaults[kind] === undefined) continue;
    const href = applyOverride(overrides?.[kind], context, defaults[kind] ?? null);
    if (href !== null) links[kind] = href;
  }
  return links;
}
