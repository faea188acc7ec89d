// The gallery's data: every catalog entry's own body, classified the way an app would, and the
// filters over it. Pure functions, so the gallery only renders.
import {
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  type SlbCatalogEntry,
  type SlbCatalogSource,
  type SlbClassifyOptions,
  type SlbErrorReport,
  type SlbIntent,
  classifySlbError,
} from '../../src/index.ts';

export interface GalleryRow {
  readonly entry: SlbCatalogEntry;
  /** What the kit makes of the entry's own body. */
  readonly report: SlbErrorReport;
  /** Lower-cased id, code, message, title and descriptions (English and the report's locale), for the search box. */
  readonly haystack: string;
}

export type IntentFilter = SlbIntent | 'all';
export type StatusFilter = number | 'all';
export type SourceFilter = SlbCatalogSource | 'all';

export interface GalleryFilters {
  readonly query: string;
  readonly intent: IntentFilter;
  readonly status: StatusFilter;
  readonly source: SourceFilter;
}

export const NO_FILTERS: GalleryFilters = { query: '', intent: 'all', status: 'all', source: 'all' };

/** The SLB error list in seed order, then the common gateway errors. */
export const GALLERY_ENTRIES: readonly SlbCatalogEntry[] = [...SLB_ERROR_CATALOG, ...SLB_COMMON_ERRORS];

/** Every documented HTTP status, ascending. */
export const GALLERY_STATUSES: readonly number[] = [...new Set(GALLERY_ENTRIES.map((entry) => entry.status))].sort(
  (a, b) => a - b,
);

/** The response body the server sends for an entry. */
export function galleryBody(entry: SlbCatalogEntry) {
  return { Code: entry.code, Message: entry.message, RequestId: `GALLERY-${entry.id}`, statusCode: entry.status };
}

export function buildGalleryRows(options: SlbClassifyOptions): readonly GalleryRow[] {
  return GALLERY_ENTRIES.map((entry) => {
    const report = classifySlbError(galleryBody(entry), options);
    const text = [entry.id, entry.code, entry.message, entry.description, report.title, report.description];
    return { entry, report, haystack: text.join('\n').toLowerCase() };
  });
}

/** Rows matching every filter; the query's words may appear in any order. */
export function filterGalleryRows(rows: readonly GalleryRow[], filters: GalleryFilters): readonly GalleryRow[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    ({ entry, report, haystack }) =>
      (filters.intent === 'all' || report.intent === filters.intent) &&
      (filters.status === 'all' || report.status === filters.status) &&
      (filters.source === 'all' || entry.source === filters.source) &&
      words.every((word) => haystack.includes(word)),
  );
}

/** How many entries have each value, for the option labels. */
export function countBy<K>(key: (entry: SlbCatalogEntry) => K): ReadonlyMap<K, number> {
  const counts = new Map<K, number>();
  for (const entry of GALLERY_ENTRIES) {
    const value = key(entry);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}
