// The catalog as the gallery and the copy deck see it: every row of every source, each read
// from its own response body the way an app would, and the filters over them. Pure functions,
// so the stories only render.
import { ALB_ERROR_CATALOG, alb } from '../../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_ERROR_FAMILIES,
  SLB_INTENTS,
  SLB_OBSERVED_ERRORS,
  type SlbCatalogSource,
  type SlbClassifyOptions,
  type SlbDocumentedRow,
  type SlbErrorFamily,
  type SlbErrorReport,
  type SlbIntent,
  type SlbProductKey,
  type SlbSurface,
  classifySlbError,
} from '../../src/core/index.ts';
import { NLB_ERROR_CATALOG, nlb } from '../../src/nlb/index.ts';

/**
 * Every catalog row: CLB's error page in its order, its per-action tables, the common gateway
 * errors, the codes observed in the field; then ALB's and NLB's documented errors.
 */
export const CATALOG_ENTRIES: readonly SlbDocumentedRow[] = [
  ...SLB_ERROR_CATALOG,
  ...SLB_API_ERRORS,
  ...SLB_COMMON_ERRORS,
  ...SLB_OBSERVED_ERRORS,
  ...ALB_ERROR_CATALOG,
  ...NLB_ERROR_CATALOG,
];

export const CATALOG_PRODUCTS: readonly SlbProductKey[] = ['clb', 'alb', 'nlb'];
export const CATALOG_SOURCES: readonly SlbCatalogSource[] = ['slb', 'api', 'common', 'observed'];
export const CATALOG_SURFACES: readonly SlbSurface[] = ['toast', 'banner', 'inline'];

/** What reviewers call each product. */
export const PRODUCT_TITLE: Readonly<Record<SlbProductKey, string>> = {
  clb: 'CLB (Slb 2014-05-15)',
  alb: 'ALB (Alb 2020-06-16)',
  nlb: 'NLB (Nlb 2022-04-30)',
};

/** What reviewers call each source. */
export const SOURCE_LABEL: Readonly<Record<SlbCatalogSource, string>> = {
  slb: 'seed',
  api: 'api',
  common: 'common',
  observed: 'observed',
};

/** Longer names, for the source filter. */
export const SOURCE_TITLE: Readonly<Record<SlbCatalogSource, string>> = {
  slb: 'Seed: the CLB error page',
  api: 'Per-action error tables',
  common: 'Common gateway errors',
  observed: 'Observed in the field',
};

/** Every action an error table names, sorted. */
export const CATALOG_ACTIONS: readonly string[] = [
  ...new Set(CATALOG_ENTRIES.flatMap((entry) => entry.actions)),
].sort();

/** Every documented HTTP status, ascending. */
export const CATALOG_STATUSES: readonly number[] = [...new Set(CATALOG_ENTRIES.map((entry) => entry.status))].sort(
  (a, b) => a - b,
);

/** The families the catalog uses, in the kit's order. */
export const CATALOG_FAMILIES: readonly SlbErrorFamily[] = SLB_ERROR_FAMILIES.filter((family) =>
  CATALOG_ENTRIES.some((entry) => entry.family === family),
);

/** Codes and entry ids: the keys the `text` option understands for catalog rows. */
export const CATALOG_TEXT_KEYS: ReadonlySet<string> = new Set(
  CATALOG_ENTRIES.flatMap((entry) => [entry.id, entry.code]),
);

const HOSTS: Readonly<Record<SlbProductKey, string>> = {
  clb: 'slb.aliyuncs.com',
  alb: 'alb.cn-hangzhou.aliyuncs.com',
  nlb: 'nlb.cn-hangzhou.aliyuncs.com',
};

/** The response body the server sends for a row (its product's endpoint in `HostId`). */
export function catalogBody(entry: SlbDocumentedRow) {
  return {
    // A documented code with `%s` in it (NLB's `ResourceNotFound.%s`) comes filled in.
    Code: entry.code.replace('%s', 'probeResource'),
    Message: entry.message,
    RequestId: `GALLERY-${entry.id}`,
    HostId: HOSTS[entry.product],
    statusCode: entry.status,
  };
}

/** The report an app gets for a row's own body, under the first action that documents it. */
export function classifyEntry(entry: SlbDocumentedRow, options: SlbClassifyOptions): SlbErrorReport {
  return classifySlbError(catalogBody(entry), {
    ...options,
    products: options.products ?? [alb, nlb],
    action: options.action ?? entry.actions[0],
  });
}

export type IntentFilter = SlbIntent | 'all';
export type StatusFilter = number | 'all';
export type SourceFilter = SlbCatalogSource | 'all';
export type ProductFilter = SlbProductKey | 'all';
export type FamilyFilter = SlbErrorFamily | 'all';
export type SurfaceFilter = SlbSurface | 'all';

export interface CatalogFilters {
  readonly query: string;
  readonly product: ProductFilter;
  /** An action whose error table documents the row ('all': any). */
  readonly action: string;
  readonly intent: IntentFilter;
  readonly status: StatusFilter;
  readonly source: SourceFilter;
  readonly family: FamilyFilter;
  readonly surface: SurfaceFilter;
}

export const NO_FILTERS: CatalogFilters = {
  query: '',
  product: 'all',
  action: 'all',
  intent: 'all',
  status: 'all',
  source: 'all',
  family: 'all',
  surface: 'all',
};

export function hasFilters(filters: CatalogFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof CatalogFilters)[]).some((key) => filters[key] !== NO_FILTERS[key]);
}

/** A row as the filters see it: the catalog entry, what the kit decided, and the text to search. */
export interface FilterableRow {
  readonly entry: SlbDocumentedRow;
  readonly report: SlbErrorReport;
  /** Lower-cased text the search box looks through. */
  readonly haystack: string;
}

/** The search text of a row: id, code, server message, the catalog's description and `texts` (the kit's words). */
export function haystackOf(entry: SlbDocumentedRow, texts: readonly string[]): string {
  return [entry.id, entry.code, entry.message, entry.description, ...texts].join('\n').toLowerCase();
}

/** Rows matching every filter; the query's words may appear in any order. */
export function filterRows<Row extends FilterableRow>(rows: readonly Row[], filters: CatalogFilters): Row[] {
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    ({ entry, report, haystack }) =>
      (filters.product === 'all' || entry.product === filters.product) &&
      (filters.action === 'all' || entry.actions.includes(filters.action)) &&
      (filters.intent === 'all' || report.intent === filters.intent) &&
      (filters.status === 'all' || entry.status === filters.status) &&
      (filters.source === 'all' || entry.source === filters.source) &&
      (filters.family === 'all' || report.family === filters.family) &&
      (filters.surface === 'all' || report.surface === filters.surface) &&
      words.every((word) => haystack.includes(word)),
  );
}

/** How many catalog rows have each value, for the option labels. */
export function countBy<K>(key: (entry: SlbDocumentedRow) => K): ReadonlyMap<K, number> {
  const counts = new Map<K, number>();
  for (const entry of CATALOG_ENTRIES) {
    const value = key(entry);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/**
 * Filters from story args, whatever shape they arrive in (a URL gives strings): unknown values
 * fall back to "all", so a stale or hand-edited link still opens.
 */
export function filtersFromArgs(args: Readonly<Record<string, unknown>>): CatalogFilters {
  const status = typeof args['status'] === 'string' ? Number(args['status']) : args['status'];
  return {
    query: typeof args['query'] === 'string' ? decodeArgText(args['query']) : '',
    product: isOneOf(CATALOG_PRODUCTS, args['product']) ? args['product'] : 'all',
    action: isOneOf(CATALOG_ACTIONS, args['action']) ? args['action'] : 'all',
    intent: isOneOf(SLB_INTENTS, args['intent']) ? args['intent'] : 'all',
    status: typeof status === 'number' && CATALOG_STATUSES.includes(status) ? status : 'all',
    source: isOneOf(CATALOG_SOURCES, args['source']) ? args['source'] : 'all',
    family: isOneOf(CATALOG_FAMILIES, args['family']) ? args['family'] : 'all',
    surface: isOneOf(CATALOG_SURFACES, args['surface']) ? args['surface'] : 'all',
  };
}

/** Filters as story args (the search text encoded so that it survives the URL). */
export function filtersToArgs(filters: CatalogFilters) {
  return { ...filters, query: encodeArgText(filters.query) };
}

/**
 * Storybook writes a string arg into the URL only when it is letters, digits, spaces, `_` and
 * `-` (anything else is dropped, with a warning). Search text often has a dot
 * (`Throttling.User`) or Chinese, so every other character is written `_xxxx` (its UTF-16 code
 * unit in hex) and `_` itself `_005f`. Plain words stay readable.
 */
export function encodeArgText(text: string): string {
  return text.replace(/[^A-Za-z0-9 -]/g, (char) => `_${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The inverse of `encodeArgText`; text typed into the Controls panel as it is stays as it is. */
export function decodeArgText(text: string): string {
  return text.replace(/_([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** A gallery row: what the kit shows for the entry in one language, with previewed wording. */
export interface GalleryRow extends FilterableRow {
  /** The kit's own title and description, where previewed wording replaced them. */
  readonly was: { readonly title: string; readonly description: string } | null;
}

/**
 * Every catalog row, classified with `options` (the toolbar's language, the provider's site and
 * links); `preview` is changed wording laid over the options' `text`.
 */
export function buildGalleryRows(
  options: SlbClassifyOptions,
  preview: SlbClassifyOptions['text'] | null = null,
): readonly GalleryRow[] {
  const text = preview === null ? null : { ...options.text, ...preview };
  return CATALOG_ENTRIES.map((entry) => {
    const own = classifyEntry(entry, options);
    const report = text === null ? own : classifyEntry(entry, { ...options, text });
    const changed = report.title !== own.title || report.description !== own.description;
    const texts = [report.title, report.description, ...(changed ? [own.title, own.description] : [])];
    return {
      entry,
      report,
      haystack: haystackOf(entry, texts),
      was: changed ? { title: own.title, description: own.description } : null,
    };
  });
}

/** The Controls of the catalog's filters and paging (the story args the URL carries), for the gallery and the copy deck. */
export function catalogFilterArgTypes(pageSizes: readonly (number | string)[]) {
  return {
    query: {
      control: 'text',
      description: 'Search text (in the URL, characters other than letters, digits, spaces and - are written _xxxx)',
    },
    product: { control: 'inline-radio', options: ['all', ...CATALOG_PRODUCTS] },
    action: { control: 'select', options: ['all', ...CATALOG_ACTIONS] },
    intent: { control: 'select', options: ['all', ...SLB_INTENTS] },
    status: { control: 'select', options: ['all', ...CATALOG_STATUSES] },
    source: { control: 'inline-radio', options: ['all', ...CATALOG_SOURCES] },
    family: { control: 'select', options: ['all', ...CATALOG_FAMILIES] },
    surface: { control: 'inline-radio', options: ['all', ...CATALOG_SURFACES] },
    page: { control: { type: 'number', min: 1, step: 1 } },
    pageSize: { control: 'inline-radio', options: [...pageSizes] },
    onArgsChange: { table: { disable: true } },
  } as const;
}
