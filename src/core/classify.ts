import { SEVERITY_BY_INTENT, surfaceFor } from '../catalog/catalog.js';
import type { SlbCatalogRow, SlbErrorFamily, SlbIntent } from '../catalog/types.js';
import { type RawError, extractRawError } from './extract.js';
import { buildLinks } from './links.js';
import type { SlbLocale } from './locale.js';
import { matchCatalog, normaliseMessage } from './match.js';
import { NAMING_PATTERNS } from './patterns.generated.js';
import { get, getString, isBag } from './read.js';
import { cleanCode, cleanRequestId, redactText } from './redact.js';
import { remember } from './remember.js';
import { en, resolveLocale } from './texts.js';
import type {
  SlbAccessDenied,
  SlbClassifyOptions,
  SlbErrorOrigin,
  SlbErrorReport,
  SlbMatchKind,
  SlbSite,
} from './types.js';

const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

/**
 * What decides a report before text and links: a catalog row; without one, the transport (abort,
 * network, timeout), a naming pattern, the status (docs/architecture.md, "Deciding a caught error").
 */
interface Decision {
  readonly row: SlbCatalogRow | null;
  readonly code: string | null;
  readonly intent: SlbIntent;
  readonly family: SlbErrorFamily;
  readonly match: SlbMatchKind;
  /** The request parameter a naming pattern found in the code. */
  readonly field?: string | undefined;
}

const ACTION_NAME = /^[A-Z][A-Za-z0-9]{2,79}$/;

/**
 * A code no row knows, read by its name (scripts/catalog/patterns.mjs). A missing resource is
 * the subject of the call (refresh), unless a create call pointed at it (fix that field).
 */
function decideByPattern(code: string, message: string, action: string | null): Decision | null {
  for (const [codePattern, messagePattern, intent, family, group] of NAMING_PATTERNS) {
    const found = codePattern ? codePattern.exec(code) : messagePattern?.exec(message);
    if (!found) continue;
    const field = group > 0 ? found[group] : undefined;
    if (intent === 'refresh' && createsWithMissing(code, field, action))
      return { row: null, code, intent: 'fix-input', family: 'not-found', match: 'pattern', field };
    return { row: null, code, intent, family, match: 'pattern', field: intent === 'fix-input' ? field : undefined };
  }
  return null;
}

/** A create call that names something missing other than the instance it works on: the user picked it. */
function createsWithMissing(code: string, field: string | undefined, action: string | null): boolean {
  return action !== null && action.startsWith('Create') && field !== 'LoadBalancerId' && !code.includes('LoadBalancer');
}

/**
 * No catalog row: an abort, a network failure or a timeout; a naming pattern (codes no row has);
 * a RAM denial's details; the HTTP status; an unreadable body with no status; then nothing
 * (docs/architecture.md, "Deciding a caught error").
 */
function decideWithoutEntry(
  code: string | null,
  known: boolean,
  raw: RawError,
  message: string,
  origin: SlbErrorOrigin,
  status: number | null,
  action: string | null,
): Decision {
  const base = { row: null, code };
  if (origin === 'aborted') return { ...base, intent: 'none', family: 'cancelled', match: 'transport' };
  if (origin === 'network' || origin === 'timeout')
    return { ...base, intent: 'retry', family: origin, match: 'transport' };
  const byName = code !== null && !known ? decideByPattern(code, message, action) : null;
  if (byName) return byName;
  if (code !== null && raw.accessDenied !== undefined)
    return { ...base, intent: 'permission', family: 'permission', match: 'pattern' };
  if (status !== null) {
    if (status === 429) return { ...base, intent: 'retry', family: 'throttled', match: 'status' };
    if (status >= 500 || status === 449) return { ...base, intent: 'retry', family: 'server-error', match: 'status' };
    if (status === 401) return { ...base, intent: 'sign-in', family: 'sign-in', match: 'status' };
    if (status === 403) return { ...base, intent: 'permission', family: 'permission', match: 'status' };
    if (status === 404) return { ...base, intent: 'refresh', family: 'gone', match: 'status' };
  }
  // An unreadable body with its status lost (an HTML gateway page): most likely a bad gateway.
  if (origin === 'bad-response' && status === null)
    return { ...base, intent: 'retry', family: 'bad-response', match: 'transport' };
  return {
    ...base,
    intent: 'none',
    family: origin === 'bad-response' ? 'bad-response' : 'unknown',
    match: status === null ? 'none' : 'status',
  };
}

// "The input parameter "LoadBalancerId" that is mandatory…", "The specified parameter ServerCertificate format…"
const FIELD_IN_MESSAGE = /\bparameters?\s*[:]?\s*["'“]?([A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*)["'”]?/;

function fieldOf(decision: Decision, message: string): string | null {
  if (decision.intent !== 'fix-input') return null;
  return decision.row?.field ?? decision.field ?? FIELD_IN_MESSAGE.exec(message)?.[1] ?? null;
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
  const action = getString(detail, 'AuthAction') ?? getString(detail, 'authAction') ?? null;
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

/** `HealthCheckDomain` → "health check domain", for a parameter no locale names. */
function humanise(field: string): string {
  return field
    .replace(/Id$/, ' ID')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ id$/, ' ID');
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z0-9]/;
/** Chinese and Latin letters or digits side by side get a space between them ("请检查 IP 地址"). */
const gap = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && ((CJK.test(a) && LATIN.test(b)) || (LATIN.test(a) && CJK.test(b))) ? ' ' : '';

// Filled templates by template, then label.
const filledCache = new Map<string, Map<string, string>>();

/** Fills `{field}` and `{Field}` (capitalised) with the field's label. */
function withField(template: string, label: string): string {
  if (!template.includes('ield}')) return template;
  const byLabel = remember(filledCache, template, () => new Map<string, string>());
  return remember(byLabel, label, () => fillField(template, label));
}

function fillField(template: string, label: string): string {
  return template.replace(/\{([Ff])ield\}/g, (_, initial: string, offset: number) => {
    const text = initial === 'F' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
    return `${gap(template[offset - 1], text[0])}${text}${gap(text[text.length - 1], template[offset + 7])}`;
  });
}

function describe(
  locale: SlbLocale,
  decision: Decision,
  field: string | null,
  options: SlbClassifyOptions | undefined,
) {
  const { row, code } = decision;
  const override = (row && options?.text?.[row.id]) ?? (code !== null ? options?.text?.[code] : undefined);
  const family = locale.families[decision.family];
  const label =
    field === null
      ? ''
      : (options?.fieldLabels?.[field] ?? locale.fields[field] ?? en.fields[field] ?? humanise(field));
  const familyTitle = field !== null && family.fieldTitle !== undefined ? family.fieldTitle : family.title;
  const title = override?.title ?? (row ? locale.titles[row.id] : undefined) ?? familyTitle;
  const description =
    override?.description ??
    (row ? (locale.descriptions[row.id] ?? en.descriptions[row.id] ?? row.description) : family.description);
  return { title: withField(title, label), description: withField(description, label) };
}

/** The failed API action: the app's word, else what the error or its RAM denial names. */
function actionOf(raw: RawError, accessDenied: SlbAccessDenied | null, options: SlbClassifyOptions | undefined) {
  const given = options?.action;
  if (typeof given === 'string' && ACTION_NAME.test(given)) return given;
  if (raw.action !== undefined) return raw.action;
  const denied = accessDenied?.action?.split(':')[1];
  return denied !== undefined && ACTION_NAME.test(denied) ? denied : null;
}

/** Builds the report from what was read; every field is filled and safe to show. */
export function buildReport(raw: RawError, options: SlbClassifyOptions | undefined): SlbErrorReport {
  const origin: SlbErrorOrigin = raw.origin ?? (raw.code !== undefined || raw.status !== undefined ? 'api' : 'unknown');
  const status = raw.status ?? null;
  const message = raw.message === undefined ? '' : redactText(raw.message);
  const code = cleanCode(raw.code);
  const accessDenied = raw.accessDenied === undefined ? null : readAccessDenied(raw.accessDenied);
  const action = actionOf(raw, accessDenied, options);
  const match = code === null ? null : matchCatalog(code, message, status);
  const decision: Decision =
    match?.row != null
      ? {
          row: match.row,
          code: match.code,
          intent: match.row.intent,
          family: match.row.family,
          match: match.match,
        }
      : decideWithoutEntry(match?.code ?? code, match?.known ?? false, raw, message, origin, status, action);
  const requestId = cleanRequestId(raw.requestId);
  const site: SlbSite = options?.site === 'cn' ? 'cn' : 'intl';
  const locale = resolveLocale(options?.locale);
  const field = fieldOf(decision, message);
  const { title, description } = describe(locale, decision, field, options);
  const throttled = decision.family === 'throttled';
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
    severity: decision.row?.severity ?? (origin === 'aborted' ? 'info' : SEVERITY_BY_INTENT[decision.intent]),
    // A field read from the message makes a field-less row inline too.
    surface: surfaceFor(decision.intent, field),
    family: decision.family,
    title,
    description,
    locale: locale.tag,
    links: buildLinks(
      decision.intent,
      decision.family,
      { code: decision.code, requestId, site, family: decision.family, quotaCode: decision.row?.quota ?? null },
      raw.recommend,
      options?.links,
    ),
    row: decision.row,
    match: decision.match,
    origin,
    action,
    accessDenied,
    fingerprint: `${decision.code ?? origin}|${status ?? ''}|${decision.row?.id ?? normaliseMessage(message).slice(0, 120)}`,
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
