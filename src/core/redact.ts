// Text that leaves the classifier is free of URLs and credentials.

const MAX_TEXT_LENGTH = 1000;

// httpx appends "<METHOD> <full URL> failed." to transport errors, with no separator.
const TRANSPORT_URL_TAIL = /\s*(?:GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\s+\S+:\/\/\S*(?:\s+failed\.?)?/gi;
// pop-core appends ", URL: <signed URL>" to every message; "Url:" with no URL after it is the server's own text.
const POP_URL_TAIL = /,?\s*URL:\s*[a-z][a-z0-9+.-]{1,15}:\/\/\S*/gi;
const URL = /\b[a-z][a-z0-9+.-]{1,15}:\/\/[^\s"'<>]*/gi;
const SCRIPT_URL = /\b(?:javascript|vbscript|data):[^\s"'<>]*/gi;
// `key=value` in URLs and logs, and `"key":"value"` in JSON a fetcher stringified.
const CREDENTIAL_PARAM =
  /\b(AccessKeyId|AccessKeySecret|Signature|SignatureNonce|SecurityToken|BearerToken|sec_token|secToken|x-?csrf[_-]?token|csrf[_-]?token|x-acs-security-token|collina|umid|password|passwd|access_token|refresh_token|id_token)"?\s*[=:]\s*("?)[^\s&"',;}]*\2/gi;
// Parameter values may hold semicolons: "SignedHeaders=host;x-acs-action".
// Only with a scheme: "The Request is not authorization: check…" is the server's own text.
const AUTHORIZATION =
  /\bAuthorization"?\s*[:=]\s*"?(?:ACS3-HMAC-SHA256|ACS|Bearer|Basic)\s+[^\s,;"]+(?:,\s*\w+=[^\s,"]+)*/gi;
const ACCESS_KEY_ID = /\bLTAI[A-Za-z0-9]{8,}\b/g;
const STS_TOKEN = /\bCAIS[A-Za-z0-9+/=_-]{8,}/g;
// Control characters and bidirectional overrides that could disguise text.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;

// Every pattern above needs one of these; most server messages have none and skip the rest.
// eslint-disable-next-line no-control-regex
const MAY_NEED_REDACTION = /[:=\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]|LTAI|CAIS/;

const LOOSE_SPACING = /[ \t][ \t.,;:!?]|\t|\s[.,;:!?]/;
// Either of the two: one scan finds most messages already clean.
const NEEDS_WORK = new RegExp(`${MAY_NEED_REDACTION.source}|${LOOSE_SPACING.source}`);

/** Removes URLs and credentials, control characters and extra space; cuts very long text. */
export function redactText(text: string): string {
  const head = text.length > 4 * MAX_TEXT_LENGTH ? text.slice(0, 4 * MAX_TEXT_LENGTH) : text;
  if (!NEEDS_WORK.test(head)) return finish(head.trim());
  const unsafe = MAY_NEED_REDACTION.test(head) ? removeSecrets(head) : head;
  const cleaned = (
    LOOSE_SPACING.test(unsafe) ? unsafe.replace(/[ \t]+/g, ' ').replace(/\s+([.,;:!?])/g, '$1') : unsafe
  ).trim();
  return finish(cleaned);
}

/** Trimmed text as a report holds it: never "undefined" or "null", cut at MAX_TEXT_LENGTH. */
function finish(cleaned: string): string {
  if (cleaned === 'undefined' || cleaned === 'null') return '';
  return cleaned.length > MAX_TEXT_LENGTH ? `${cleaned.slice(0, MAX_TEXT_LENGTH - 1)}…` : cleaned;
}

function removeSecrets(text: string): string {
  return text
    .replace(TRANSPORT_URL_TAIL, '')
    .replace(POP_URL_TAIL, '')
    .replace(URL, '')
    .replace(SCRIPT_URL, '')
    .replace(AUTHORIZATION, '')
    .replace(CREDENTIAL_PARAM, '')
    .replace(ACCESS_KEY_ID, '')
    .replace(STS_TOKEN, '')
    .replace(UNSAFE_CHARACTERS, '');
}

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const API_CODE = /^[A-Za-z][A-Za-z0-9._-]{0,99}$/;

/**
 * A request id is an opaque token of 1 to 128 letters, digits and `._:-` (a proxy's short id such
 * as `R1` included): keep it only if it looks like one, so no message text or markup gets in.
 */
export function cleanRequestId(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return REQUEST_ID.test(trimmed) && trimmed !== 'undefined' ? trimmed : null;
}

/** An API code is a short dotted identifier; anything else is not a code. */
export function cleanCode(value: string | undefined): string | null {
  if (value === undefined) return null;
  // Most codes arrive clean; only the rest are compacted and checked again.
  let compact = value;
  if (!API_CODE.test(compact)) {
    compact = value.replace(/\s+/g, '');
    if (!API_CODE.test(compact)) return null;
  }
  return compact !== 'undefined' && compact !== '__UNKNOWN__' ? compact : null;
}
