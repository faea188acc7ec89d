// Default Alibaba Cloud links per site, app overrides, and the https-only rule. Where each page
// comes from: docs/architecture.md ("Links").
import { PRODUCT_APIS } from '../catalog/keys.generated.js';
import type { SlbErrorFamily, SlbIntent, SlbProductKey } from '../catalog/types.js';
import { remember } from './remember.js';
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

const productPages = new Map<string, Readonly<Record<Page, string>>>();

/**
 * A product's pages on a site: CLB's, with Quota Center and the error-code reference of the
 * product instead (`/products/alb/quotas`, `/document/Alb/2020-06-16/errorCode`). Quota Center's
 * `/products/<product>/quotas` form is documented for slb and alb; nlb's follows it.
 */
function pagesFor(site: SlbSite, product: SlbProductKey): Readonly<Record<Page, string>> {
  const pages = SLB_DEFAULT_PAGES[site];
  if (product === 'clb') return pages;
  const [api, version, quota] = PRODUCT_APIS[product];
  return remember(productPages, `${site}|${product}`, () => ({
    ...pages,
    quota: pages.quota.replace('/products/slb/', `/products/${quota}/`),
    errorCodes: pages.errorCodes.replace('/Slb/2014-05-15/', `/${api}/${version}/`),
  }));
}

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

// An Alibaba Cloud host: DNS labels ending in aliyun.com or alibabacloud.com, an optional :443.
const ALIBABA_HOST = /^(?:[a-z0-9-]+\.)*(?:aliyun|alibabacloud)\.com(?::443)?$/i;
// What a link may not hold after its host: white space, quotes, angle brackets, backslashes.
const UNSAFE_IN_URL = /[\s"'<>\\]/;
const HOST_END = /[/?#]/;
const TROUBLESHOOT_ORIGINS = ['https://api.aliyun.com/', 'https://api.alibabacloud.com/'];

/** A diagnose link from the body's `Recommend`, kept only on an Alibaba Cloud host. */
export function safeRecommend(value: string | undefined): string | null {
  if (value === undefined) return null;
  const href = value.trim();
  if (href.length > 2048) return null;
  // OpenAPI Troubleshoot's own origins, the usual Recommend, skip reading the host.
  if (TROUBLESHOOT_ORIGINS.some((origin) => href.startsWith(origin))) return UNSAFE_IN_URL.test(href) ? null : href;
  if (href.slice(0, 8).toLowerCase() !== 'https://') return null;
  // The host ends at the first '/', '?' or '#'; nothing before it but DNS characters.
  const rest = href.slice(8);
  const end = rest.search(HOST_END);
  const host = end === -1 ? rest : rest.slice(0, end);
  return ALIBABA_HOST.test(host) && (end === -1 || !UNSAFE_IN_URL.test(rest.slice(end))) ? href : null;
}

/** `base` with `key=value` appended, the value escaped whatever it holds. */
function withParam(base: string, key: string, value: string): string {
  return `${base}${base.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
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

// OpenAPI Troubleshoot links by site, product and code: one string per code a console meets, built once.
const troubleshootCache = new Map<string, Map<string, string>>();

function troubleshootLink(site: SlbSite, product: SlbProductKey, code: string): string {
  const byCode = remember(troubleshootCache, `${site}|${product}`, () => new Map<string, string>());
  return remember(byCode, code, () => {
    const base = SLB_DEFAULT_PAGES[site].troubleshoot;
    return withParam(
      withParam(site === 'intl' ? withParam(base, 'intl_lang', 'EN_US') : base, 'q', code),
      'product',
      PRODUCT_APIS[product][0],
    );
  });
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
  const { code, requestId, site, quotaCode, product } = context;
  const pages = pagesFor(site, product);
  const lookup = code === null ? pages.errorCodes : troubleshootLink(site, product, code);
  let ticket = pages.ticket;
  if (requestId !== null) ticket = withParam(ticket, 'requestId', requestId);
  if (code !== null) ticket = withParam(ticket, 'errorCode', code);
  const diagnose =
    safeRecommend(recommend) ??
    (code !== null && requestId !== null ? withParam(lookup, 'requestId', requestId) : null);
  const lead = INTENT_LINK[intent];
  const page = lead === null ? null : pageFor(lead, family);

  // In the order of LINK_KINDS: the ticket, the intent's page, the Error Center, diagnose.
  const links: SlbLinks = { ticket };
  if (lead !== null && page !== null) {
    links[lead] = lead === 'quota' && quotaCode !== null ? withParam(pages.quota, 'query', quotaCode) : pages[page];
  }
  links.errorCenter = lookup;
  if (diagnose !== null) links.diagnose = diagnose;
  return overrides === undefined ? links : withOverrides(links, overrides, context);
}

/** The app's overrides replace or remove the links a report has, and may add a diagnose link; nothing else. */
function withOverrides(
  links: SlbLinks,
  overrides: Partial<Record<SlbLinkKind, SlbLinkOverride>>,
  context: SlbLinkContext,
): SlbLinks {
  const result: SlbLinks = {};
  for (const kind of LINK_KINDS) {
    if (links[kind] === undefined && kind !== 'diagnose') continue;
    const href = applyOverride(overrides[kind], context, links[kind] ?? null);
    if (href !== null) result[kind] = href;
  }
  return result;
}
