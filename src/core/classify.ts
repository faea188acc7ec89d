import { SEVERITY_BY_INTENT, surfaceFor } from '../catalog/catalog.js';
import type { SlbCatalogEntry, SlbIntent } from '../catalog/types.js';
import { type RawError, extractRawError } from './extract.js';
import { buildLinks } from './links.js';
import type { SlbFallbackKind, SlbLocale } from './locale.js';
import { matchCatalog, normaliseMessage } from './match.js';
import { get, getString, isBag } from './read.js';
import { cleanCode, cleanRequestId, redactText } from './redact.js';
import { resolveLocale } from './texts.js';
import type {
  SlbAccessDenied,
  SlbClassifyOptions,
  SlbErrorOrigin,
  SlbErrorReport,
  SlbMatchKind,
  SlbSite,
} from './types.js';

const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/** What decides a report before text and links: from the catalog, or from the status or transport. */
interface Decision {
  readonly entry: SlbCatalogEntry | null;
  readonly code: string | null;
  readonly intent: SlbIntent;
  readonly match: SlbMatchKind;
  readonly fallback: SlbFallbackKind;
}

/** No catalog row: HTTP status, then transport, then unknown (PRODUCT.md, rule 10). */
function decideWithoutEntry(
  code: string | null,
  raw: RawError,
  origin: SlbErrorOrigin,
  status: number | null,
): Decision {
  const base = { entry: null, code };
  if (origin === 'aborted') return { ...base, intent: 'none', match: 'transport', fallback: 'aborted' };
  if (origin === 'network' || origin === 'timeout')
    return { ...base, intent: 'retry', match: 'transport', fallback: origin };
  if (code !== null && /^Throttling/i.test(code))
    return { ...base, intent: 'retry', match: 'code', fallback: 'server' };
  if (code !== null && raw.accessDenied !== undefined)
    return { ...base, intent: 'permission', match: 'code', fallback: 'unknown' };
  if (status !== null) {
    if (status >= 500 || status === 429 || status === 449)
      return { ...base, intent: 'retry', match: 'status', fallback: 'server' };
    if (status === 401) return { ...base, intent: 'sign-in', match: 'status', fallback: 'unknown' };
    if (status === 403) return { ...base, intent: 'permission', match: 'status', fallback: 'unknown' };
  }
  // An unreadable body with its status lost (an HTML gateway page): most likely a bad gateway.
  if (origin === 'bad-response' && status === null)
    return { ...base, intent: 'retry', match: 'transport', fallback: 'bad-response' };
  return {
    ...base,
    intent: 'none',
    match: status === null ? 'none' : 'status',
    fallback: origin === 'bad-response' ? 'bad-response' : 'unknown',
  };
}

// "The input parameter "LoadBalancerId" that is mandatory…", "The specified parameter ServerCertificate format…"
const FIELD_IN_MESSAGE = /\bparameters?\s*[:]?\s*["'“]?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)["'”]?/;

function fieldOf(decision: Decision, message: string): string | null {
  if (decision.intent !== 'fix-input') return null;
  return decision.entry?.field ?? FIELD_IN_MESSAGE.exec(message)?.[1] ?? null;
}

function shortText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = redactText(value);
  return text === '' ? null : text.slice(0, 256);
}

/** `AccessDeniedDetail` comes as an object, or as JSON text from some products. */
function readAccessDenied(value: unknown): SlbAccessDenied | null {
  let detail = value;
  if (typeof value === 'string' && value.length < 8192) {
    try {
      detail = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (!isBag(detail)) return null;
  const action = getString(detail, 'AuthAction', 'authAction') ?? null;
  return {
    action: action !== null && /^[a-z0-9-]+:[A-Za-z0-9*]+$/.test(action) ? action : null,
    resource: shortText(get(detail, 'AuthResource') ?? get(detail, 'authResource')),
    principalType: shortText(get(detail, 'AuthPrincipalType') ?? get(detail, 'authPrincipalType')),
    principalName: shortText(get(detail, 'AuthPrincipalDisplayName') ?? get(detail, 'authPrincipalDisplayName')),
    noPermissionType: shortText(get(detail, 'NoPermissionType') ?? get(detail, 'noPermissionType')),
    policyType: shortText(get(detail, 'PolicyType') ?? get(detail, 'policyType')),
    encodedDiagnosticMessage: shortText(
      get(detail, 'EncodedDiagnosticMessage') ?? get(detail, 'encodedDiagnosticMessage'),
    ),
  };
}

function describe(locale: SlbLocale, decision: Decision, options: SlbClassifyOptions | undefined) {
  const { entry, code, intent } = decision;
  const override = (entry && options?.text?.[entry.id]) ?? (code !== null ? options?.text?.[code] : undefined);
  const description =
    override?.description ??
    (entry ? (locale.descriptions[entry.id] ?? entry.description) : locale.fallback[decision.fallback]);
  return { title: override?.title ?? locale.titles[intent], description };
}

/** Builds the report from what was read; every field is filled and safe to show. */
export function buildReport(raw: RawError, options: SlbClassifyOptions | undefined): SlbErrorReport {
  const origin: SlbErrorOrigin = raw.origin ?? (raw.code !== undefined || raw.status !== undefined ? 'api' : 'unknown');
  const status = raw.status ?? null;
  const message = raw.message === undefined ? '' : redactText(raw.message);
  const code = cleanCode(raw.code);
  const match = code === null ? null : matchCatalog(code, message, status);
  const decision: Decision =
    match?.entry != null
      ? { entry: match.entry, code: match.code, intent: match.entry.intent, match: match.match, fallback: 'unknown' }
      : decideWithoutEntry(match?.code ?? code, raw, origin, status);
  const requestId = cleanRequestId(raw.requestId);
  const site: SlbSite = options?.site === 'cn' ? 'cn' : 'intl';
  const locale = resolveLocale(options?.locale);
  const field = fieldOf(decision, message);
  const { title, description } = describe(locale, decision, options);
  const throttled = decision.code !== null && /^Throttling/i.test(decision.code);
  const retryAfterMs =
    raw.retryAfterMs !== undefined ? Math.min(Math.round(raw.retryAfterMs), MAX_RETRY_AFTER_MS) : null;
  return {
    code: decision.code,
    status,
    message,
    requestId,
    intent: decision.intent,
    retryable: decision.intent === 'retry',
    throttled,
    retryAfterMs,
    field,
    severity: decision.entry?.severity ?? (origin === 'aborted' ? 'info' : SEVERITY_BY_INTENT[decision.intent]),
    // A field read from the message makes a field-less row inline too.
    surface: surfaceFor(decision.intent, field),
    title,
    description,
    locale: locale.tag,
    links: buildLinks(decision.intent, { code: decision.code, requestId, site }, raw.recommend, options?.links),
    entry: decision.entry,
    match: decision.match,
    origin,
    accessDenied: raw.accessDenied === undefined ? null : readAccessDenied(raw.accessDenied),
    fingerprint: [
      decision.code ?? origin,
      status ?? '',
      decision.entry?.id ?? normaliseMessage(message).slice(0, 120),
    ].join('|'),
  };
}

/** The report for something that could not be read at all. */
function unreadableReport(options: SlbClassifyOptions | undefined): SlbErrorReport {
  try {
    return buildReport({}, options);
  } catch {
    return buildReport({}, undefined);
  }
}

/**
 * Classifies anything a `catch` may hold: an Alibaba Cloud SDK error (openapi-core,
 * openapi-client, pop-core), a console fetcher error, a raw or serialised body, JSON or XML
 * text, a transport error, an abort. Synchronous; never throws.
 *
 * @example
 * try { await client.createLoadBalancerTCPListener(request) }
 * catch (caught) { const report = classifySlbError(caught, { site: 'cn' }) }
 */
export function classifySlbError(caught: unknown, options?: SlbClassifyOptions): SlbErrorReport {
  try {
    return buildReport(extractRawError(caught), options);
  } catch {
    return unreadableReport(options);
  }
}
