// The copy deck's data and exports (stories/copydeck/deck.ts) and the wording import
// (stories/copydeck/wording.ts): pure functions, checked against the catalog itself.
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { createElement, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { usePrimaryAction } from '../../src/components/index.ts';
import { SLB_COMMON_ERRORS, SLB_ERROR_CATALOG, SLB_OBSERVED_ERRORS } from '../../src/core/index.ts';
import { en } from '../../src/locales/en.ts';
import { wordsOf } from '../core/row-words.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import {
  DECK_COLUMNS,
  DECK_LANGUAGES,
  DECK_UI_STRINGS,
  UTF8_BOM,
  buildDeckRows,
  csvField,
  isChanged,
  primaryActionLabel,
  toCsv,
  toJson,
  toTextOption,
} from '../../stories/copydeck/deck.ts';
import { MAX_TEXT_CHARS, parseWording } from '../../stories/copydeck/wording.ts';
import { CATALOG_ENTRIES, CATALOG_TEXT_KEYS, NO_FILTERS, filterRows } from '../../stories/gallery/rows.ts';

const CATALOG = CATALOG_ENTRIES;
const ROWS = buildDeckRows();
const CJK = /[\u3400-\u9fff]/;

/** An RFC 4180 reader, to check what the writer wrote: records of fields, quotes undone. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else field += char;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}

function csvRecords(text: string) {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const [header, ...records] = readCsv(text.slice(UTF8_BOM.length));
  return { header: header!, records, column: (name: string) => header!.indexOf(name) };
}

describe('copy deck rows', () => {
  it('has every catalog row of every source, once, in catalog order', () => {
    expect(ROWS).toHaveLength(new Set(CATALOG.map((entry) => entry.id)).size);
    expect(ROWS.map((row) => row.entry.id)).toEqual(CATALOG.map((entry) => entry.id));
    expect(new Set(ROWS.map((row) => row.entry.source))).toEqual(new Set(['slb', 'api', 'common', 'observed']));
    // CLB's rows first, then ALB's and NLB's.
    expect(CATALOG.slice(0, SLB_ERROR_CATALOG.length + 1).map((entry) => entry.id)).toContain('slb-001');
    expect(CATALOG.some((entry) => entry.id.startsWith('alb-'))).toBe(true);
    expect(CATALOG.some((entry) => entry.id.startsWith('nlb-'))).toBe(true);
    expect([...SLB_COMMON_ERRORS, ...SLB_OBSERVED_ERRORS].every((entry) => CATALOG.includes(entry))).toBe(true);
  });

  it('words every row in English and in Chinese, as the kit does', () => {
    for (const row of ROWS) {
      expect(row.report.row?.id).toBe(row.entry.id);
      expect(row.wording.en.title).not.toMatch(CJK);
      expect(row.wording['zh-CN'].title).toMatch(CJK);
      expect(row.wording['zh-CN'].description).toMatch(CJK);
    }
    const first = ROWS[0]!;
    expect(first.wording['zh-CN'].description).toBe(wordsOf('slb-001', zhCN).description);
    expect(first.wording.en.description).toBe(wordsOf('slb-001', en).description);
  });

  it.each(DECK_LANGUAGES)('gives the action label the surface shows (%s), for every row', (language) => {
    const locale = language === 'en' ? en : zhCN;
    const wrapper = ({ children }: { children: ReactNode }) => createElement(SlbErrorProvider, { locale }, children);
    for (const row of buildDeckRows({}, CATALOG)) {
      const report = buildDeckRows({ classify: { locale } }, [row.entry])[0]!.report;
      const { result, unmount } = renderHook(() => usePrimaryAction(report, { onRetry: () => {} }), { wrapper });
      expect(row.wording[language].action, row.entry.id).toBe(result.current?.label ?? null);
      unmount();
    }
    // The labels are the kit's own strings, not retyped.
    const retry = ROWS.find((row) => row.report.intent === 'retry')!;
    expect(retry.wording[language].action).toBe(DECK_UI_STRINGS[language].retry);
    expect(DECK_UI_STRINGS['zh-CN'].retry).toBe(zhCN.ui.retry);
  });

  it('offers no action where the surface has none', () => {
    const fixInput = ROWS.find((row) => row.report.intent === 'fix-input')!;
    expect(primaryActionLabel(fixInput.report, DECK_UI_STRINGS.en)).toBeNull();
    expect(fixInput.wording.en.action).toBeNull();
  });

  it('previews changed wording in one language only, and marks what changed', () => {
    const rows = buildDeckRows({
      preview: { 'slb-001': { title: '配置中' }, 'Throttling.User': { description: '请稍候。' } },
      previewLanguage: 'zh-CN',
    });
    const changed = rows.filter(isChanged);
    // By id one row; by code every row of the code.
    expect(changed.map((row) => row.entry.id)).toEqual([
      'slb-001',
      ...CATALOG.filter((entry) => entry.code === 'Throttling.User').map((entry) => entry.id),
    ]);
    const [first, throttled] = changed;
    expect(first!.wording['zh-CN'].title).toBe('配置中');
    expect(first!.was['zh-CN']!.title).toBe(ROWS[0]!.wording['zh-CN'].title);
    expect(first!.wording.en).toEqual(ROWS[0]!.wording.en);
    expect(first!.was.en).toBeUndefined();
    expect(throttled!.wording['zh-CN'].description).toBe('请稍候。');
  });
});

describe('CSV export', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180), and only those', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField(404)).toBe('404');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rlf')).toBe('"cr\rlf"');
    expect(csvField('')).toBe('');
  });

  it('keeps a spreadsheet from running a field as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("https://evil.example","x")')).toBe('"\'=HYPERLINK(""https://evil.example"",""x"")"');
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-')).toBe("'-");
    expect(csvField('-42')).toBe('-42');
    expect(csvField(-1.5)).toBe('-1.5');
  });

  it('writes every catalog row, both languages, a header, CRLF line ends and a byte order mark', () => {
    const text = toCsv(ROWS);
    expect(text.endsWith('\r\n')).toBe(true);
    const { header, records, column } = csvRecords(text);
    expect(header).toEqual(DECK_COLUMNS.map(([name]) => name));
    expect(records).toHaveLength(CATALOG.length);
    expect(records.map((record) => record[column('id')])).toEqual(CATALOG.map((entry) => entry.id));
    for (const record of records) expect(record).toHaveLength(header.length);
    for (const [index, row] of ROWS.entries()) {
      const record = records[index]!;
      expect(record[column('title_en')]).toBe(row.wording.en.title);
      expect(record[column('description_zh-CN')]).toBe(row.wording['zh-CN'].description);
      expect(record[column('title_zh-CN')]).toMatch(CJK);
      expect(record[column('action_zh-CN')]).toBe(row.wording['zh-CN'].action ?? '');
      expect(record[column('status')]).toBe(String(row.entry.status));
    }
  });

  it('keeps commas, quotes and line breaks in the words intact', () => {
    const title = 'Still "configuring", please\r\nwait, then retry';
    const rows = buildDeckRows({ preview: { 'slb-001': { title } } });
    const { records, column } = csvRecords(toCsv(rows));
    expect(records).toHaveLength(CATALOG.length);
    expect(records[0]![column('title_en')]).toBe(title);
    expect(records[0]![column('changed')]).toBe('yes');
    expect(records[1]![column('changed')]).toBe('');
  });

  it('writes only the filtered rows when asked', () => {
    const billing = filterRows(ROWS, { ...NO_FILTERS, intent: 'billing' });
    const { records, column } = csvRecords(toCsv(billing));
    expect(records).toHaveLength(CATALOG.filter((entry) => entry.intent === 'billing').length);
    for (const record of records) expect(record[column('intent')]).toBe('billing');
  });
});

describe('JSON export', () => {
  it('has every catalog row with its facts and both languages', () => {
    const data = JSON.parse(toJson(ROWS)) as Record<string, unknown>[];
    expect(data.map((item) => item['id'])).toEqual(CATALOG.map((entry) => entry.id));
    for (const [index, item] of data.entries()) {
      const row = ROWS[index]!;
      expect(item).toMatchObject({
        code: row.entry.code,
        status: row.entry.status,
        source: row.entry.source,
        intent: row.report.intent,
        family: row.report.family,
        surface: row.report.surface,
        en: row.wording.en,
        'zh-CN': row.wording['zh-CN'],
        changed: false,
      });
    }
  });

  it('writes the words of one language in the shape the import takes, which changes nothing', () => {
    const text = toTextOption(ROWS, 'zh-CN');
    const parsed = parseWording(text, CATALOG_TEXT_KEYS);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(Object.keys(parsed.text)).toHaveLength(CATALOG.length);
    expect(parsed.unknownKeys).toEqual([]);
    const again = buildDeckRows({ preview: parsed.text, previewLanguage: 'zh-CN' });
    expect(again.filter(isChanged)).toEqual([]);
  });
});

describe('wording import', () => {
  const error = (source: string) => {
    const result = parseWording(source, CATALOG_TEXT_KEYS);
    if (result.ok) throw new Error(`accepted ${source}`);
    return result.error;
  };

  it('accepts the text option shape, by code or entry id', () => {
    const result = parseWording(
      JSON.stringify({
        'Throttling.User': { title: 'Slow down', description: 'Too fast.' },
        'slb-001': { title: 'Busy' },
      }),
      CATALOG_TEXT_KEYS,
    );
    expect(result).toEqual({
      ok: true,
      text: { 'Throttling.User': { title: 'Slow down', description: 'Too fast.' }, 'slb-001': { title: 'Busy' } },
      unknownKeys: [],
    });
  });

  it('points out keys that match no catalog row', () => {
    const result = parseWording('{ "NoSuchCode": { "title": "x" } }', CATALOG_TEXT_KEYS);
    expect(result).toMatchObject({ ok: true, unknownKeys: ['NoSuchCode'] });
  });

  it('says what is wrong, in a sentence', () => {
    expect(error('')).toMatch(/^Nothing to preview/);
    expect(error('{ "a": ')).toMatch(/^Not valid JSON: /);
    expect(error('[1, 2]')).toMatch(/^Expected an object of codes or entry ids.*got a list\.$/);
    expect(error('"text"')).toMatch(/got text\.$/);
    expect(error('null')).toMatch(/got null\.$/);
    expect(error('{}')).toMatch(/^No wording in it/);
    expect(error('{ "slb-001": "Busy" }')).toBe(
      '"slb-001": expected an object with "title" and/or "description", got text.',
    );
    expect(error('{ "slb-001": { "Title": "Busy" } }')).toBe(
      '"slb-001": unknown "Title" (only "title" and "description").',
    );
    expect(error('{ "slb-001": { "title": 5 } }')).toBe('"slb-001".title: expected text, got a number.');
    expect(error('{ "slb-001": { "title": " " } }')).toBe('"slb-001".title: empty.');
    expect(error('{ "slb-001": {} }')).toBe('"slb-001": no "title" or "description".');
    expect(error(JSON.stringify({ 'slb-001': { title: 'x'.repeat(MAX_TEXT_CHARS + 1) } }))).toMatch(/at most/);
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`k${index}`, 1]));
    expect(error(JSON.stringify(many))).toMatch(/\(and 3 more\)$/);
  });

  it('keeps "__proto__" a plain key', () => {
    const result = parseWording('{ "__proto__": { "title": "x" } }', CATALOG_TEXT_KEYS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.text)).toBe(Object.prototype);
    expect(Object.keys(result.text)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['title']).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
        ),
        (source) => {
          const result = parseWording(source, CATALOG_TEXT_KEYS);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });
});
