// The gallery's pure parts (stories/gallery): its rows, its pages, and the search text as it
// travels in the URL.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLB_OBSERVED_ERRORS } from '../../src/core/index.ts';
import { zhCN } from '../../src/locales/zh-CN.ts';
import { landmarkName, paginate } from '../../stories/gallery/pages.ts';
import {
  CATALOG_ENTRIES,
  NO_FILTERS,
  buildGalleryRows,
  decodeArgText,
  encodeArgText,
  filterRows,
  filtersFromArgs,
  filtersToArgs,
} from '../../stories/gallery/rows.ts';

const CATALOG = CATALOG_ENTRIES;

describe('gallery rows', () => {
  it('has every row of every source, each read as itself', () => {
    const rows = buildGalleryRows({});
    expect(rows.map((row) => row.entry.id)).toEqual(CATALOG.map((entry) => entry.id));
    for (const row of rows) expect(row.report.row?.id).toBe(row.entry.id);
  });

  it('marks the rows previewed wording changes, and keeps the kit words beside them', () => {
    const rows = buildGalleryRows({ locale: zhCN }, { ServiceIsConfiguring: { title: '配置中' } });
    const changed = rows.filter((row) => row.was !== null);
    // A text override by code reaches every row of the code: the error page's and the tables'.
    expect(changed.map((row) => row.entry.id)).toEqual(
      CATALOG.filter((entry) => entry.code === 'ServiceIsConfiguring').map((entry) => entry.id),
    );
    expect(changed.map((row) => row.entry.id)).toContain('slb-001');
    expect(changed[0]!.report.title).toBe('配置中');
    expect(changed[0]!.was!.title).toBe(zhCN.families.busy.title);
  });

  it('filters by source, surface and family', () => {
    const rows = buildGalleryRows({});
    const observedBanners = filterRows(rows, { ...NO_FILTERS, source: 'observed', surface: 'banner' });
    expect(observedBanners.length).toBe(SLB_OBSERVED_ERRORS.filter((entry) => entry.surface === 'banner').length);
    expect(
      filterRows(rows, { ...NO_FILTERS, family: 'throttled' }).every((row) => row.report.family === 'throttled'),
    ).toBe(true);
  });
});

describe('gallery pages', () => {
  const rows = buildGalleryRows({});

  it.each([1, 10, 20, 50])('hold at most %i rows, in order, with no row lost', (size) => {
    const pages = paginate(rows, size);
    expect(pages.flat()).toEqual(rows);
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(size);
  });

  it('never put two banners with one name on a page (their landmarks must differ)', () => {
    for (const locale of [undefined, zhCN]) {
      const all = buildGalleryRows({ locale });
      // The catalog does have rows whose banners say the same thing.
      const names = all.map((row) => landmarkName(row.report)).filter((name) => name !== null);
      expect(new Set(names).size).toBeLessThan(names.length);
      for (const size of [10, 50, 1000]) {
        for (const page of paginate(all, size)) {
          const onPage = page.map((row) => landmarkName(row.report)).filter((name) => name !== null);
          expect(new Set(onPage).size).toBe(onPage.length);
        }
      }
    }
  });
});

describe('filters in story args', () => {
  it('round-trip, with the search text written in characters Storybook keeps in a URL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const encoded = encodeArgText(text);
        expect(encoded).toMatch(/^[a-zA-Z0-9 _-]*$/);
        expect(decodeArgText(encoded)).toBe(text);
      }),
      { numRuns: 300 },
    );
    expect(encodeArgText('Throttling.User')).toBe('Throttling_002eUser');
    expect(encodeArgText('listener port')).toBe('listener port');
  });

  it('come back from args, and fall back to "all" for values they do not know', () => {
    const filters = {
      ...NO_FILTERS,
      query: '限流 Throttling.User',
      intent: 'quota',
      status: 400,
      source: 'observed',
    } as const;
    expect(filtersFromArgs(filtersToArgs(filters))).toEqual(filters);
    // A URL gives strings.
    expect(filtersFromArgs({ status: '404', surface: 'inline', family: 'gone' })).toMatchObject({
      status: 404,
      surface: 'inline',
      family: 'gone',
    });
    expect(filtersFromArgs({ intent: 'bogus', status: 999, source: 7, query: 3 })).toEqual(NO_FILTERS);
  });
});
