// @ts-check
// The intent rules (docs/architecture.md, "How a catalog row gets its intent"), in the order
// they are applied: the first rule that fits a row decides it. Each rule reads the row's code,
// message, description and status. Rows the rules get wrong are corrected in overrides.mjs,
// each with a one-line reason.

/** @typedef {{ status: number, code: string, message: string, description: string }} SeedRow */

/**
 * The ten intents in the order the design numbers them (docs/architecture.md, "Intents"):
 * generated into `src/catalog/entries.generated.ts` and exported as `SLB_INTENTS`.
 * `INTENT_RULES` below applies its rules in another order: `none` and `refresh` before
 * `fix-input`, whose broad words ("not supported") would otherwise take four `none` rows.
 */
export const INTENT_ORDER = /** @type {const} */ ([
  'retry',
  'billing',
  'quota',
  'ticket',
  'verify-account',
  'permission',
  'sign-in',
  'fix-input',
  'refresh',
  'none',
]);

/** @param {SeedRow} row */
const text = (row) => `${row.message} ${row.description}`;

/** @type {ReadonlyArray<{ name: string, intent: string, test: (row: SeedRow) => boolean }>} */
export const INTENT_RULES = [
  {
    name: 'retry: throttled',
    intent: 'retry',
    test: (row) => /^Throttling/i.test(row.code),
  },
  {
    name: 'retry: busy, pending or "try again later"',
    intent: 'retry',
    test: (row) =>
      /try again later|try later|retry later|please try again\.|is pending|being processed|system is busy|temporary failure|server failure/i.test(
        text(row),
      ),
  },
  {
    name: 'retry: 449 or 5xx system error',
    intent: 'retry',
    test: (row) => row.status === 449 || row.status >= 500,
  },
  {
    name: 'billing: payment, balance, arrears, bills, cards, coupons, currency',
    intent: 'billing',
    test: (row) =>
      /^PAY\./.test(row.code) ||
      /\bbalance\b|arrear|overdue|unpaid|unsettled|credit card|bank card|stored-value card|coupon|currency|payment|refund|withholding/i.test(
        text(row),
      ),
  },
  {
    name: 'quota: a quota or capacity is reached',
    intent: 'quota',
    test: (row) => /quota|has reached the limit|exceeded the limit|insufficient capacity/i.test(text(row)),
  },
  {
    name: 'ticket: only support can help',
    intent: 'ticket',
    test: (row) => /open a ticket|submit a ticket|risk control/i.test(text(row)),
  },
  {
    name: 'verify-account: real-name, profile, activation',
    intent: 'verify-account',
    test: (row) =>
      /real.?name|name authenticat|user profile|user information|activate the SLB service/i.test(text(row)),
  },
  {
    name: 'permission: RAM or authorization',
    intent: 'permission',
    test: (row) => /\bRAM\b|not authori[sz]ed|authori[sz]ation/i.test(text(row)),
  },
  {
    name: 'sign-in: credentials, signature, AccessKey, token',
    intent: 'sign-in',
    test: (row) => /credentials|signature|access ?key|security ?token/i.test(text(row)),
  },
  {
    name: 'none: operation not supported or not allowed',
    intent: 'none',
    test: (row) =>
      /^(UnsupportedOperation|ActionNotAllowed)/.test(row.code) || /does not support this function/i.test(text(row)),
  },
  {
    name: 'refresh: released or deleted under the user',
    intent: 'refresh',
    test: (row) => /released|has already been deleted|has deleted|is being deleted|deleteing/i.test(text(row)),
  },
  {
    name: 'fix-input: invalid, missing, malformed, conflicting or over a per-request limit',
    intent: 'fix-input',
    test: (row) =>
      /invalid|not valid|malformed|format|incorrect|empty|is null|must specify|conflict|not match|exceed|already exist|in use|being used|has been used|not supported|not support|does not exist|not exist|not found|illegal|too many|length|must be/i.test(
        text(row),
      ),
  },
];

// Request parameters named by messages, most specific first. Only fix-input rows get a field.
/** @type {ReadonlyArray<readonly [RegExp, string]>} */
export const FIELD_PATTERNS = [
  [/ServerCertificateId/, 'ServerCertificateId'],
  [/ServerCertificate/, 'ServerCertificate'],
  [/\bkey\b/i, 'PrivateKey'],
  [/VServerGroupId/, 'VServerGroupId'],
  [/BackendServers|backend server parameter|real servers/, 'BackendServers'],
  [/SourceItems/, 'SourceItems'],
  [/ResourceOwnerAccount/, 'ResourceOwnerAccount'],
  [/OwnerId/, 'OwnerId'],
  [/OwnerAccount/, 'OwnerAccount'],
  [/RegionId|region/i, 'RegionId'],
  [/RuleList/, 'RuleList'],
  [/ServerId/, 'ServerId'],
  [/bandwidth/i, 'Bandwidth'],
  [/Lb Name|loadbalancer name/i, 'LoadBalancerName'],
  [/\bport\b/i, 'ListenerPort'],
];

/** @param {SeedRow} row */
export function findField(row) {
  for (const [pattern, field] of FIELD_PATTERNS) {
    if (pattern.test(row.message)) return field;
  }
  return null;
}
