import { type FormEvent, useId } from 'react';
import { SLB_INTENTS } from '../../src/core/index.ts';
import {
  CATALOG_ACTIONS,
  CATALOG_ENTRIES,
  CATALOG_FAMILIES,
  CATALOG_PRODUCTS,
  PRODUCT_TITLE,
  type ProductFilter,
  CATALOG_SOURCES,
  CATALOG_STATUSES,
  CATALOG_SURFACES,
  type CatalogFilters,
  type FamilyFilter,
  type IntentFilter,
  NO_FILTERS,
  SOURCE_TITLE,
  type SourceFilter,
  type StatusFilter,
  type SurfaceFilter,
  countBy,
  hasFilters,
} from './rows.ts';
import '../support/controls.css';
import './GalleryFilters.css';

const TOTAL = CATALOG_ENTRIES.length;
const PRODUCT_COUNTS = countBy((entry) => entry.product);
const ACTION_COUNTS = new Map(
  CATALOG_ACTIONS.map((action) => [action, CATALOG_ENTRIES.filter((entry) => entry.actions.includes(action)).length]),
);
const INTENT_COUNTS = countBy((entry) => entry.intent);
const STATUS_COUNTS = countBy((entry) => entry.status);
const SOURCE_COUNTS = countBy((entry) => entry.source);
const FAMILY_COUNTS = countBy((entry) => entry.family);
const SURFACE_COUNTS = countBy((entry) => entry.surface);

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    value === 'all' || (values as readonly string[]).includes(value);
const isIntent = oneOf<IntentFilter>(SLB_INTENTS);
const isProduct = oneOf<ProductFilter>(CATALOG_PRODUCTS);
const isAction = oneOf<string>(CATALOG_ACTIONS);
const isSource = oneOf<SourceFilter>(CATALOG_SOURCES);
const isFamily = oneOf<FamilyFilter>(CATALOG_FAMILIES);
const isSurface = oneOf<SurfaceFilter>(CATALOG_SURFACES);
const toStatus = (value: string): StatusFilter => (value === 'all' ? 'all' : Number(value));

export interface GalleryFiltersProps {
  readonly filters: CatalogFilters;
  readonly onChange: (patch: Partial<CatalogFilters>) => void;
  /** The search landmark's name; one per page. */
  readonly label: string;
  /** What the search box looks through, said under it. */
  readonly searchHint: string;
}

/** Search box and filters over the catalog. Every control has a visible label; the query's hint is its description. */
export function GalleryFilters({ filters, onChange, label, searchHint }: GalleryFiltersProps) {
  const id = useId();
  const select = <T extends string | number>(
    name: string,
    title: string,
    value: T,
    options: readonly (readonly [value: string | number, label: string])[],
    change: (value: string) => void,
  ) => (
    <div className="catalog-filters__field">
      <label htmlFor={`${id}-${name}`}>{title}</label>
      <select
        id={`${id}-${name}`}
        className="review-field"
        value={String(value)}
        onChange={(event) => change(event.target.value)}
      >
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      role="search"
      aria-label={label}
      className="catalog-filters"
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <div className="catalog-filters__field catalog-filters__field--wide">
        <label htmlFor={`${id}-query`}>Search</label>
        <input
          id={`${id}-query`}
          className="review-field"
          type="search"
          value={filters.query}
          onChange={(event) => onChange({ query: event.target.value })}
          aria-describedby={`${id}-query-hint`}
          autoComplete="off"
          spellCheck={false}
        />
        <span id={`${id}-query-hint`} className="catalog-filters__hint">
          {searchHint}
        </span>
      </div>
      {select(
        'product',
        'Product',
        filters.product,
        [
          ['all', `All products (${TOTAL})`],
          ...CATALOG_PRODUCTS.map(
            (product) => [product, `${PRODUCT_TITLE[product]} (${PRODUCT_COUNTS.get(product) ?? 0})`] as const,
          ),
        ],
        (value) => isProduct(value) && onChange({ product: value }),
      )}
      {select(
        'action',
        'API action',
        filters.action,
        [
          ['all', 'Any action'],
          ...CATALOG_ACTIONS.map((action) => [action, `${action} (${ACTION_COUNTS.get(action) ?? 0})`] as const),
        ],
        (value) => isAction(value) && onChange({ action: value }),
      )}
      {select(
        'intent',
        'Intent',
        filters.intent,
        [
          ['all', `All intents (${TOTAL})`],
          ...SLB_INTENTS.map((intent) => [intent, `${intent} (${INTENT_COUNTS.get(intent) ?? 0})`] as const),
        ],
        (value) => isIntent(value) && onChange({ intent: value }),
      )}
      {select(
        'status',
        'HTTP status',
        filters.status,
        [
          ['all', 'All statuses'],
          ...CATALOG_STATUSES.map((status) => [status, `${status} (${STATUS_COUNTS.get(status) ?? 0})`] as const),
        ],
        (value) => onChange({ status: toStatus(value) }),
      )}
      {select(
        'source',
        'Source',
        filters.source,
        [
          ['all', 'All sources'],
          ...CATALOG_SOURCES.map(
            (source) => [source, `${SOURCE_TITLE[source]} (${SOURCE_COUNTS.get(source) ?? 0})`] as const,
          ),
        ],
        (value) => isSource(value) && onChange({ source: value }),
      )}
      {select(
        'family',
        'Family',
        filters.family,
        [
          ['all', 'All families'],
          ...CATALOG_FAMILIES.map((family) => [family, `${family} (${FAMILY_COUNTS.get(family) ?? 0})`] as const),
        ],
        (value) => isFamily(value) && onChange({ family: value }),
      )}
      {select(
        'surface',
        'Surface',
        filters.surface,
        [
          ['all', 'All surfaces'],
          ...CATALOG_SURFACES.map((surface) => [surface, `${surface} (${SURFACE_COUNTS.get(surface) ?? 0})`] as const),
        ],
        (value) => isSurface(value) && onChange({ surface: value }),
      )}
      <button
        type="button"
        className="slb-button catalog-filters__reset"
        onClick={() => onChange(NO_FILTERS)}
        disabled={!hasFilters(filters)}
      >
        Clear filters
      </button>
    </form>
  );
}
