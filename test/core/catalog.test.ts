// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALB_ERROR_CATALOG } from '../../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_INTENTS,
  SLB_OBSERVED_ERRORS,
  classifySlbError,
  type SlbDocumentedRow,
} from '../../src/core/index.ts';
import { NLB_ERROR_CATALOG } from '../../src/nlb/index.ts';
import { REPO_ROOT, SEED_PATH, buildGeneratedFiles, loadDecidedCatalog } from './catalog-build.ts';
import { ALL_ENTRIES, INTENTS, surfaceRule } from './report-checks.ts';

// The seed is parsed here on its own (not with the generator's parser), so a parser bug
// cannot hide behind itself.
const SEED_MARKDOWN = readFileSync(SEED_PATH, 'utf8');

function parseSeedTable(markdown: string) {
  return markdown
    .split(/\r?\n/)
    .filter((line) => /^\|\d{3}\|/.test(line))
    .map((line) => {
      const cells = line.trim().slice(1, -1).split('|');
      const unescape = (cell: string) => cell.replace(/\\(.)/g, '$1').trim();
      const [status = '', code = '', message = '', description = ''] = cells.map(unescape);
      expect(cells).toHaveLength(4);
      return { status: Number(status), code: code.replace(/\s+/g, ''), message, description };
    });
}

const SEED = parseSeedTable(SEED_MARKDOWN);
const entryWith = (code: string, message: string): SlbDocumentedRow => {
  const found = ALL_ENTRIES.filter((entry) => entry.code === code && entry.message === message);
  expect(found, `${code}: ${message}`).toHaveLength(1);
  const [entry] = found;
  if (!entry) throw new Error('unreachable');
  return entry;
};

describe('SLB_ERROR_CATALOG against the seed', () => {
  it('the seed has 205 rows with no escaped pipes to confuse the parse', () => {
    expect(SEED_MARKDOWN).not.toContain('\\|');
    expect(SEED).toHaveLength(205);
  });

  it('has 205 entries, slb-001 … slb-205, in seed order', () => {
    expect(SLB_ERROR_CATALOG).toHaveLength(205);
    expect(SLB_ERROR_CATALOG.map((entry) => entry.id)).toEqual(
      Array.from({ length: 205 }, (_, index) => `slb-${String(index + 1).padStart(3, '0')}`),
    );
    expect(SLB_ERROR_CATALOG.every((entry) => entry.source === 'slb')).toBe(true);
  });

  it.each(SEED.map((row, index) => [`slb-${String(index + 1).padStart(3, '0')}`, index, row] as const))(
    '%s keeps the seed text exactly',
    (_, index, row) => {
      const entry = SLB_ERROR_CATALOG[index];
      expect(
        entry && { status: entry.status, code: entry.code, message: entry.message, description: entry.description },
      ).toEqual(row);
    },
  );

  it('removes markdown escapes and the stray space in ORDER.BID_USER_ ORDER_FORBIDDEN', () => {
    expect(SEED_MARKDOWN).toContain('ORDER.BID\\_USER\\_ ORDER\\_FORBIDDEN');
    const codes = SLB_ERROR_CATALOG.map((entry) => entry.code);
    const seedLine = SEED_MARKDOWN.split(/\r?\n/)
      .filter((line) => /^\|\d{3}\|/.test(line))
      .findIndex((line) => line.includes('BID\\_USER\\_ ORDER'));
    expect(SLB_ERROR_CATALOG[seedLine]?.code).toBe('ORDER.BID_USER_ORDER_FORBIDDEN');
    expect(codes.filter((code) => /\s|\\/.test(code))).toEqual([]);
    expect(SLB_ERROR_CATALOG.filter((entry) => /\\[_[\]]/.test(entry.message + entry.description))).toEqual([]);
    expect(
      entryWith(
        'InvalidParameter',
        'The specified BackendServers is invalid, as the Port value should be in [1, 65535].',
      ).status,
    ).toBe(400);
  });

  it('has 131 distinct codes, InvalidParameter with 49 messages', () => {
    expect(new Set(SLB_ERROR_CATALOG.map((entry) => entry.code)).size).toBe(131);
    expect(SLB_ERROR_CATALOG.filter((entry) => entry.code === 'InvalidParameter')).toHaveLength(49);
  });

  it('entries are frozen', () => {
    expect(Object.isFrozen(SLB_ERROR_CATALOG)).toBe(true);
    expect(ALL_ENTRIES.every((entry) => Object.isFrozen(entry))).toBe(true);
  });
});

describe('generated files', () => {
  it('are what the generator builds from its sources now (run `npm run catalog` when this fails)', async () => {
    const files = await buildGeneratedFiles();
    expect([...files.keys()].sort()).toEqual([
      'docs/catalog-alb.md',
      'docs/catalog-nlb.md',
      'docs/catalog.md',
      'scripts/catalog/ids.json',
      'src/catalog/alb.docs.generated.ts',
      'src/catalog/alb.generated.ts',
      'src/catalog/clb.docs.generated.ts',
      'src/catalog/clb.generated.ts',
      'src/catalog/codes.generated.ts',
      'src/catalog/keys.generated.ts',
      'src/catalog/nlb.docs.generated.ts',
      'src/catalog/nlb.generated.ts',
      'src/core/families.en.generated.ts',
      'src/core/patterns.generated.ts',
      'src/core/ui.en.generated.ts',
      'src/locales/alb/en.generated.ts',
      'src/locales/alb/zh-CN.generated.ts',
      'src/locales/en.generated.ts',
      'src/locales/nlb/en.generated.ts',
      'src/locales/nlb/zh-CN.generated.ts',
      'src/locales/zh-CN.generated.ts',
    ]);
    for (const [relative, content] of files) {
      expect(readFileSync(path.join(REPO_ROOT, relative), 'utf8'), relative).toBe(content);
    }
  });
});

describe('row identity', async () => {
  const current = await loadDecidedCatalog();
  const every = (catalog: typeof current) =>
    new Map(
      [...catalog.slb, ...catalog.api, ...catalog.common, ...catalog.observed, ...catalog.alb, ...catalog.nlb].map(
        (row) => [row.id, `${row.code}\u0000${row.message}`],
      ),
    );

  it('every id is in the ledger with its code and message, and none is given twice', () => {
    const ids = every(current);
    expect(ids.size).toBe(
      current.slb.length +
        current.api.length +
        current.common.length +
        current.observed.length +
        current.alb.length +
        current.nlb.length,
    );
    for (const [id, content] of ids) {
      const [code = '', message = ''] = current.ledger.get(id) ?? [];
      // An observed row no source quoted keeps its name once its code's documented pair gave it a message.
      expect(message === '' && id.startsWith('observed-') ? `${code}\u0000` : `${code}\u0000${message}`, id).toBe(
        message === '' && id.startsWith('observed-') ? `${content.split('\u0000')[0]}\u0000` : content,
      );
    }
  });

  it('a row inserted in the middle of the error page moves no id, no words and no override', async () => {
    const lines = SEED_MARKDOWN.split(/\r?\n/);
    const at = lines.findIndex((line) => line.includes('|400|InvalidParameter|'));
    expect(at).toBeGreaterThan(0);
    lines.splice(at, 0, '|400|InvalidParameter|The specified probe value is not valid.|The probe value is invalid.|');
    const seed = lines.join('\n');
    const inserted = await loadDecidedCatalog({ seed });
    const before = every(current);
    const after = every(inserted);
    for (const [id, content] of before) expect(after.get(id), id).toBe(content);
    const added = inserted.slb.find((row) => row.message === 'The specified probe value is not valid.');
    // The new row gets the next id there is, after every id the ledger ever gave.
    expect(added?.id).toBe(
      `slb-${String(Math.max(...[...current.ledger.keys()].filter((id) => id.startsWith('slb-')).map((id) => Number(id.slice(4)))) + 1).padStart(3, '0')}`,
    );
    // Overrides are filed by id: each still decides the row it decided.
    const decided = new Map(inserted.slb.map((row) => [row.id, row.decidedBy]));
    for (const row of current.slb) expect(decided.get(row.id), row.id).toBe(row.decidedBy);
    // The generated words are the same for every row that was there.
    const files = await buildGeneratedFiles({ seed });
    const committed = await buildGeneratedFiles();
    for (const file of ['src/locales/zh-CN.generated.ts', 'src/locales/en.generated.ts']) {
      const words = (text: string | undefined) => (text ?? '').split('rows: [')[1] ?? '';
      // One more row, with no words of its own: its place holds a 0.
      expect(words(files.get(file)).length).toBeGreaterThan(words(committed.get(file)).length);
    }
  });
});

describe('every intent is deliberate', async () => {
  const { slb, api, common, observed, alb, nlb } = await loadDecidedCatalog();

  it('each row of the error page is decided by a named rule or by an override with a reason', () => {
    expect(slb).toHaveLength(205);
    const undecided = slb.filter((row) => !/^(rule|override): \S/.test(row.decidedBy));
    expect(undecided).toEqual([]);
    const overrides = slb.filter((row) => row.decidedBy.startsWith('override:'));
    expect(overrides.length).toBeGreaterThan(0);
    // A reason is a sentence, not a placeholder.
    expect(overrides.filter((row) => row.decidedBy.length < 'override: '.length + 20)).toEqual([]);
  });

  it('each documented row says why and which actions document it', () => {
    const documented = [...api, ...alb, ...nlb];
    for (const row of documented) {
      expect(row.decidedBy, row.id).toMatch(/^(api|observed): \S.{10,}/);
      // A pair whose every action is bound to a row of its own keeps a row for the others (none).
      const pair = documented.filter((other) => other.code === row.code && other.message === row.message);
      expect(pair.flatMap((other) => other.actions).length, row.id).toBeGreaterThan(0);
    }
  });

  it('each common row says why', () => {
    expect(common.map((row) => row.id)).toEqual(SLB_COMMON_ERRORS.map((entry) => entry.id));
    expect(common.filter((row) => !/^common: \S/.test(row.decidedBy))).toEqual([]);
  });

  it('each observed row says why and where it was seen', () => {
    expect(observed.map((row) => row.id)).toEqual(SLB_OBSERVED_ERRORS.map((entry) => entry.id));
    expect(observed.filter((row) => !/^observed: \S.{20,}/.test(row.decidedBy))).toEqual([]);
    for (const row of [...observed, ...api.filter((candidate) => candidate.id.startsWith('observed-'))]) {
      expect(row.evidence.length, row.id).toBeGreaterThan(0);
      // A repository at a commit with a file:line, an issue or pull request, or a documentation page.
      for (const item of row.evidence)
        expect(item, row.id).toMatch(
          /@[0-9a-f]{12,40} \S+(:\d+)?|issue #\d+|pull #\d+|api\.aliyun\.com|alibabacloud\.com|API reference|connection\.py|Limits and formats/,
        );
    }
  });

  it('the decisions are the ones the catalog ships', () => {
    const fields = ({
      id,
      status,
      code,
      message,
      intent,
      field,
    }: {
      id: string;
      status: number;
      code: string;
      message: string;
      intent: string;
      field: string | null;
    }) => ({
      id,
      status,
      code,
      message,
      intent,
      field,
    });
    const shipped = [...ALL_ENTRIES, ...ALB_ERROR_CATALOG, ...NLB_ERROR_CATALOG].map(fields);
    // The error page's rows, its tables', the gateway's and the observed ones, as the documented modules order them.
    const decided = [...slb, ...api, ...common, ...observed, ...alb, ...nlb].map(fields);
    expect(decided).toEqual(shipped);
  });

  it('the catalog docs list every row with its reason', () => {
    const doc = (name: string) => readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8');
    const clb = doc('catalog.md');
    for (const row of [...slb, ...api, ...common, ...observed]) expect(clb).toContain(`| ${row.id} | ${row.status}`);
    for (const row of alb) expect(doc('catalog-alb.md')).toContain(`| ${row.id} | ${row.status}`);
    for (const row of nlb) expect(doc('catalog-nlb.md')).toContain(`| ${row.id} | ${row.status}`);
  });
});

describe('intents', () => {
  it('are the ten of docs/architecture.md', () => {
    expect([...SLB_INTENTS].sort()).toEqual([...INTENTS].sort());
    expect(ALL_ENTRIES.filter((entry) => !INTENTS.includes(entry.intent))).toEqual([]);
  });

  it.each([
    ['InvalidParameter', 'The request has failed due to a temporary failure of the server.', 503, 'retry'],
    ['OverQuota', 'Instance num exceeded Quota.', 400, 'quota'],
    ['OverQuota', 'The Total is over the quota.', 400, 'fix-input'],
    ['ORDER.QUOTA_EXCEEDED', 'The order quota exceeded.', 400, 'quota'],
    ['InternalError', 'Illegal aliyun idkp.', 500, 'sign-in'],
  ] as const)('docs/architecture.md example: %s "%s" (%i) → %s', (code, message, status, intent) => {
    const entry = entryWith(code, message);
    expect(entry.status).toBe(status);
    expect(entry.intent).toBe(intent);
    const report = classifySlbError({ statusCode: status, data: { Code: code, Message: message } });
    expect(report.row?.id).toBe(entry.id);
    expect(report.intent).toBe(intent);
    expect(report.retryable).toBe(intent === 'retry');
  });

  it('"To increase the quota, open a ticket" is quota, not ticket', () => {
    const entry = entryWith('ORDER.QUOTA_EXCEEDED', 'The order quota exceeded.');
    expect(entry.description).toMatch(/open a ticket/);
    expect(entry.intent).toBe('quota');
  });

  it('every Throttling* row is retry, even as HTTP 400', () => {
    const throttling = ALL_ENTRIES.filter((entry) => /^Throttling/.test(entry.code));
    expect(throttling.map((entry) => entry.code).sort()).toEqual(['Throttling', 'Throttling.Api', 'Throttling.User']);
    for (const entry of throttling) {
      expect(entry.status).toBe(400);
      expect(entry.intent).toBe('retry');
    }
  });
});

describe('surface and severity', () => {
  it.each(ALL_ENTRIES.map((entry) => [entry.id, entry] as const))('%s follows the surface rule', (_, entry) => {
    expect(entry.surface).toBe(surfaceRule(entry.intent, entry.intent === 'fix-input' ? entry.field : null));
    expect(['error', 'warning', 'info']).toContain(entry.severity);
    // The API's own parameter name (nested ones dotted); on other intents, the resource the words name.
    if (entry.field !== null) expect(entry.field).toMatch(/^[A-Za-z][A-Za-z0-9.]*$/);
  });

  it('has inline, banner and toast entries, and fix-input without a field stays a toast', () => {
    const surfaces = new Set(ALL_ENTRIES.map((entry) => entry.surface));
    expect([...surfaces].sort()).toEqual(['banner', 'inline', 'toast']);
    const fieldless = ALL_ENTRIES.filter((entry) => entry.intent === 'fix-input' && entry.field === null);
    expect(fieldless.length).toBeGreaterThan(0);
    expect(fieldless.every((entry) => entry.surface === 'toast')).toBe(true);
  });
});

describe('SLB_COMMON_ERRORS', () => {
  it('is a separate table of gateway errors', () => {
    expect(SLB_COMMON_ERRORS.length).toBeGreaterThan(0);
    for (const entry of SLB_COMMON_ERRORS) {
      expect(entry.source).toBe('common');
      expect(entry.id).toBe(`common-${entry.code}`);
    }
    const slbIds = new Set(SLB_ERROR_CATALOG.map((entry) => entry.id));
    expect(SLB_COMMON_ERRORS.filter((entry) => slbIds.has(entry.id))).toEqual([]);
    expect(new Set(SLB_COMMON_ERRORS.map((entry) => entry.code)).size).toBe(SLB_COMMON_ERRORS.length);
  });

  it.each([
    ['Throttling', 'retry'],
    ['Throttling.User', 'retry'],
    ['Throttling.Api', 'retry'],
    ['SignatureDoesNotMatch', 'sign-in'],
    ['InvalidAccessKeyId.NotFound', 'sign-in'],
    ['InvalidAccessKeyId.Inactive', 'sign-in'],
    ['IncompleteSignature', 'sign-in'],
    ['InvalidSecurityToken.Expired', 'sign-in'],
    ['InvalidTimeStamp.Expired', 'none'],
    ['Forbidden.RAM', 'permission'],
    ['MissingParameter', 'fix-input'],
    ['InsufficientBalance', 'billing'],
    ['Account.Arrearage', 'billing'],
  ] as const)('has %s (%s)', (code, intent) => {
    const entry = SLB_COMMON_ERRORS.find((candidate) => candidate.code === code);
    expect(entry?.intent).toBe(intent);
    expect(entry?.message).not.toBe('');
    const report = classifySlbError({ Code: code, Message: entry?.message, RequestId: 'req-0001' });
    expect(report.row?.id).toBe(entry?.id);
    expect(report.intent).toBe(intent);
  });
});

describe('ALB and NLB catalogs', () => {
  it('are rows of their own product, numbered in their own namespace', () => {
    expect(ALB_ERROR_CATALOG.every((row) => /^alb-\d{3}$/.test(row.id) && row.source === 'api')).toBe(true);
    expect(NLB_ERROR_CATALOG.every((row) => /^nlb-\d{3}$/.test(row.id) && row.source === 'api')).toBe(true);
    expect(SLB_API_ERRORS.every((row) => row.source === 'api')).toBe(true);
  });
});
