// Default Alibaba Cloud links per site, app overrides, and the https-only rule. Where each page
// comes from: docs/architecture.md ("Links").
import type { SlbErrorFamily, SlbIntent } from '../catalog/types.js';
import type { SlbLinkContext, SlbLinkKind, SlbLinkOverride, SlbLinks, SlbSite } from './types.js';

type Page =
  | 'ticket'
  | 'billing'
  | 'orders'
  | 'quota'
  | 'permission'
  | 'verifyAccount'
  | 'activate'
  | 'signIn'
  | 'troubleshoot'
  | 'errorCodes';

/** Pages of the Alibaba Cloud console for each site. */
export const SLB_DEFAULT_PAGES: Readonly<Record<SlbSite, Readonly<Record<Page, string>>>> = {
  intl: {
    ticket: 'https://smartservice.console.alibabacloud.com/service/create-ticket',
    billing: 'https://billing-cost.console.alibabacloud.com/fortune/billing-account',
    orders: 'https://usercenter2-intl.aliyun.com/order/list',
    quota: 'https://quotas.console.alibabacloud.com/products/slb/quotas',
    permission: 'https://ram.console.alibabacloud.com/users',
    verifyAccount: 'https://account-intl.console.aliyun.com/#/intlAuth',
    activate: 'https://common-buy-intl.alibabacloud.com/?commodityCode=slb_intl',
    signIn: 'https://account.alibabacloud.com/login/login.htm',
    troubleshoot: 'https://api.alibabacloud.com/troubleshoot',
    errorCodes: 'https://api.alibabacloud.com/document/Slb/2014-05-15/errorCode',
  },
  cn: {
    ticket: 'https://smartservice.console.aliyun.com/service/create-ticket',
    billing: 'https://billing-cost.console.aliyun.com/fortune/fund-management/recharge',
    orders: 'https://usercenter2.aliyun.com/order/list',
    quota: 'https://quotas.console.aliyun.com/products/slb/quotas',
    permission: 'https://ram.console.aliyun.com/users',
    verifyAccount: 'https://account.console.aliyun.com/v2/#/authc/home',
    activate: 'https://common-buy.aliyun.com/?commodityCode=slb',
    signIn: 'https://account.aliyun.com/login/login.htm',
    troubleshoot: 'https://api.aliyun.com/troubleshoot',
    errorCodes: 'https://api.aliyun.com/document/Slb/2014-05-15/errorCode',
  },
};

/** The link each intent leads with, besides ticket, Error Center and diagnose (which every report has). */
export const INTENT_LINK: Readonly<Record<SlbIntent, SlbLinkKind | null>> = {
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

/** The page behind an intent's link, where the family asks for a more precise one. */
function pageFor(kind: SlbLinkKind, family: SlbErrorFamily): Page | null {
  switch (kind) {
    case 'billing':
      return family === 'unpaid-order' ? 'orders' : 'billing';
    case 'verifyAccount':
      return family === 'not-activated' ? 'activate' : 'verifyAccount';
    case 'quota':
    case 'permission':
    case 'signIn':
    case 'ticket':
      return kind;
    case 'errorCenter':
    case 'diagnose':
      return null;
    default:
      return kind satisfies never;
  }
}

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
  let separator = base.includes('?') ? '&' : '?';
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

// OpenAPI Troubleshoot links by site and code: one string per code a console meets, built once.
const troubleshootCache = new Map<string, string>();

function troubleshootLink(site: SlbSite, code: string): string {
  const key = `${site}\u0000${code}`;
  let href = troubleshootCache.get(key);
  if (href === undefined) {
    href = withQuery(SLB_DEFAULT_PAGES[site].troubleshoot, {
      intl_lang: site === 'intl' ? 'EN_US' : null,
      q: code,
      product: 'Slb',
    });
    if (troubleshootCache.size >= 512) troubleshootCache.clear();
    troubleshootCache.set(key, href);
  }
  return href;
}

/**
 * Builds the links of a report: defaults for its site, intent and family, then the app's
 * overrides. "More about this error" looks the code up in OpenAPI Troubleshoot (anyone may
 * open it); "Diagnose this request" adds the request ID (only its own account sees the details).
 */
export function buildLinks(
  intent: SlbIntent,
  family: SlbErrorFamily,
  context: SlbLinkContext,
  recommend: string | undefined,
  overrides: Partial<Record<SlbLinkKind, SlbLinkOverride>> | undefined,
): SlbLinks {
  const pages = SLB_DEFAULT_PAGES[context.site];
  const { code, requestId, site, quotaCode } = context;
  const lookup = code === null ? pages.errorCodes : troubleshootLink(site, code);
  const defaults: Partial<Record<SlbLinkKind, string | null>> = {
    ticket: withQuery(pages.ticket, { requestId, errorCode: code }),
    errorCenter: lookup,
    diagnose:
      safeRecommend(recommend) ?? (code !== null && requestId !== null ? withQuery(lookup, { requestId }) : null),
  };
  const lead = INTENT_LINK[intent];
  const page = lead === null ? null : pageFor(lead, family);
  if (lead !== null && page !== null) {
    defaults[lead] =
      lead === 'quota' && quotaCode !== null ? withQuery(pages.quota, { query: quotaCode }) : pages[page];
  }

  const links: SlbLinks = {};
  for (const kind of LINK_KINDS) {
    // Overrides replace or remove the links this report has; they do not add unrelated ones.
    if (defaults[kind] === undefined) continue;
    const href = applyOverride(overrides?.[kind], context, defaults[kind] ?? null);
    if (href !== null) links[kind] = href;
  }
  return links;
}
