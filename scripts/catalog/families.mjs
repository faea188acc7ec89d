// @ts-check
// Error families: what a user would call the problem. A report's title comes from its
// family (the ten intents alone gave one title to errors as different as a declined payment
// and a failed refund). The first rule that fits a row decides its family; a row's override
// in overrides.mjs may name one instead. Titles and generic descriptions per family live in
// the text files (text/<locale>/families.json).

/**
 * Every family, with the intent a code of that family usually has (used when a naming pattern
 * or the HTTP status decides, and no row does).
 * @type {Readonly<Record<string, string>>}
 */
export const FAMILY_INTENT = {
  throttled: 'retry',
  busy: 'retry',
  'server-error': 'retry',
  network: 'retry',
  timeout: 'retry',
  'bad-response': 'retry',
  cancelled: 'none',
  // A DryRun=true request that passed its checks: not a failure (the report says so, no surface shows it).
  'dry-run': 'none',
  'payment-failed': 'billing',
  'payment-method': 'billing',
  'refund-failed': 'billing',
  coupon: 'billing',
  currency: 'billing',
  overdue: 'billing',
  balance: 'billing',
  'unpaid-order': 'billing',
  'order-failed': 'ticket',
  'out-of-stock': 'fix-input',
  quota: 'quota',
  limit: 'fix-input',
  'not-activated': 'verify-account',
  'real-name': 'verify-account',
  profile: 'verify-account',
  'account-restricted': 'ticket',
  permission: 'permission',
  'sign-in': 'sign-in',
  clock: 'none',
  gone: 'refresh',
  stale: 'refresh',
  'invalid-input': 'fix-input',
  'not-found': 'fix-input',
  'already-exists': 'fix-input',
  'in-use': 'fix-input',
  certificate: 'fix-input',
  'not-supported': 'none',
  locked: 'none',
  support: 'ticket',
  unknown: 'none',
};

export const FAMILIES = Object.keys(FAMILY_INTENT);

/** @typedef {{ status: number, code: string, message: string, description: string, intent: string, field: string | null }} DecidedRow */

/** @param {DecidedRow} row */
const text = (row) => `${row.message} ${row.description}`;

/** @type {ReadonlyArray<{ family: string, test: (row: DecidedRow) => boolean }>} */
export const FAMILY_RULES = [
  { family: 'throttled', test: (row) => /Throttling/i.test(row.code) },
  { family: 'clock', test: (row) => /time ?stamp/i.test(text(row)) },
  { family: 'cancelled', test: (row) => /cancel/i.test(row.code) },
  { family: 'dry-run', test: (row) => row.code === 'DryRunOperation' },
  // Money: the kind of payment problem decides what the user does in Billing.
  { family: 'refund-failed', test: (row) => /refund/i.test(text(row)) },
  { family: 'coupon', test: (row) => /coupon/i.test(text(row)) },
  { family: 'currency', test: (row) => /currency/i.test(text(row)) },
  {
    family: 'payment-method',
    test: (row) =>
      /credit card|stored.?(value )?card|withholding|NOCARD|have card|account book|reservation/i.test(text(row)),
  },
  { family: 'overdue', test: (row) => /arrear|overdue|outstanding payment|unsettled/i.test(text(row)) },
  { family: 'balance', test: (row) => /(?<!load )\bbalance\b/i.test(text(row)) },
  { family: 'unpaid-order', test: (row) => /unpaid order|inactive change/i.test(text(row)) },
  { family: 'payment-failed', test: (row) => row.intent === 'billing' },
  // Buying: stock, orders and prices.
  { family: 'out-of-stock', test: (row) => /stock|insufficient capacity/i.test(text(row)) },
  { family: 'quota', test: (row) => row.intent === 'quota' },
  {
    family: 'order-failed',
    test: (row) => /^(ORDER|PURCHASE|PRICE|COMMODITY)\.|order/i.test(row.code) && row.intent !== 'verify-account',
  },
  // The account.
  {
    family: 'not-activated',
    test: (row) => row.intent === 'verify-account' && /activate|open to buy/i.test(text(row)),
  },
  { family: 'profile', test: (row) => row.intent === 'verify-account' && /profile/i.test(text(row)) },
  { family: 'real-name', test: (row) => row.intent === 'verify-account' },
  {
    family: 'account-restricted',
    test: (row) => row.intent === 'ticket' && /risk|bid|account|user|locked/i.test(text(row)),
  },
  { family: 'permission', test: (row) => row.intent === 'permission' },
  { family: 'sign-in', test: (row) => row.intent === 'sign-in' },
  // Waiting and failing.
  {
    family: 'busy',
    test: (row) =>
      row.intent === 'retry' &&
      (/Processing|Configuring|configuring|Stopping|OperationBusy/.test(row.code) ||
        /pending|is stopping|being processed|is creating/i.test(row.message)),
  },
  { family: 'server-error', test: (row) => row.intent === 'retry' },
  { family: 'support', test: (row) => row.intent === 'ticket' },
  // What the view shows changed under the user.
  {
    family: 'gone',
    test: (row) => row.intent === 'refresh' && /not ?exist|released|deleted|deleteing|not found/i.test(text(row)),
  },
  { family: 'stale', test: (row) => row.intent === 'refresh' },
  // Nothing to do but read it.
  { family: 'locked', test: (row) => /locked/i.test(text(row)) },
  {
    family: 'in-use',
    test: (row) => /associating|is refered|being used|in use/i.test(text(row)) && row.intent !== 'fix-input',
  },
  { family: 'not-supported', test: (row) => row.intent === 'none' },
  // Input.
  { family: 'limit', test: (row) => /exceed|too many|over ?limit|over the quota|beyond/i.test(text(row)) },
  { family: 'certificate', test: (row) => /certificate|private ?key|\bkey\b/i.test(text(row)) },
  { family: 'already-exists', test: (row) => /already exist|is exist|has been used|same domain/i.test(text(row)) },
  { family: 'not-found', test: (row) => /not ?exist|not found|does not exist/i.test(text(row)) },
  { family: 'invalid-input', test: (row) => row.intent === 'fix-input' },
];

/**
 * The family of a decided row: its override's, else the first rule that fits.
 * @param {DecidedRow} row
 * @param {string | undefined} override
 */
export function familyOf(row, override) {
  if (override !== undefined) {
    if (!(override in FAMILY_INTENT)) throw new Error(`unknown family ${override}`);
    return override;
  }
  const rule = FAMILY_RULES.find((candidate) => candidate.test(row));
  if (!rule) throw new Error(`${row.code}: ${row.message} fits no family rule`);
  return rule.family;
}
