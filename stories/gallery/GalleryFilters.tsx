import { type FormEvent, useId } from 'react';
import { SLB_INTENTS } from '../../src/index.ts';
import {
  GALLERY_STATUSES,
  type GalleryFilters as Filters,
  type IntentFilter,
  NO_FILTERS,
  type SourceFilter,
  type StatusFilter,
  countBy,
} from './rows.ts';

const INTENT_COUNTS = countBy((entry) => entry.intent);
const STATUS_COUNTS = countBy((entry) => entry.status);
const SOURCE_COUNTS = countBy((entry) => entry.source);
const TOTAL = [...SOURCE_COUNTS.values()].reduce((sum, count) => sum + count, 0);

const isIntent = (value: string): value is IntentFilter =>
  value === 'all' || (SLB_INTENTS as readonly string[]).includes(value);
const isSource = (value: string): value is SourceFilter => value === 'all' || value === 'slb' || value === 'common';
const toStatus = (value: string): StatusFilter => (value === 'all' ? 'all' : Number(value));

export interface GalleryFiltersProps {
  readonly filters: Filters;
  readonly onChange: (patch: Partial<Filters>) => void;
}

/** Search box and filters. Every control has a visible label; the query's hint is its description. */
export function GalleryFilters({ filters, onChange }: GalleryFiltersProps) {
  const id = useId();
  const changed =
    filters.query !== NO_FILTERS.query ||
    filters.intent !== NO_FILTERS.intent ||
    filters.status !== NO_FILTERS.status ||
    filters.source !== NO_FILTERS.source;
  return (
    <form
      role="search"
      aria-label="Filter the catalog"
      className="catalog-gallery__filters"
      onSubmit={(event: FormEvent) => event.preventDefault()}
    >
      <div className="catalog-gallery__field catalog-gallery__field--wide">
        <label htmlFor={`${id}-query`}>Search</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filters.query}
          onChange={(event) => onChange({ query: event.target.value })}
          aria-describedby={`${id}-query-hint`}
          autoComplete="off"
          spellCheck={false}
        />
        <span id={`${id}-query-hint`} className="catalog-gallery__hint">
          Code, server message, title or description
        </span>
      </div>
      <div className="catalog-gallery__field">
        <label htmlFor={`${id}-intent`}>Intent</label>
        <select
          id={`${id}-intent`}
          value={filters.intent}
          onChange={(event) => isIntent(event.target.value) && onChange({ intent: event.target.value })}
        >
          <option value="all">All intents ({TOTAL})</option>
          {SLB_INTENTS.map((intent) => (
            <option key={intent} value={intent}>
              {intent} ({INTENT_COUNTS.get(intent) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div className="catalog-gallery__field">
        <label htmlFor={`${id}-status`}>HTTP status</label>
        <select
          id={`${id}-status`}
          value={String(filters.status)}
          onChange={(event) => onChange({ status: toStatus(event.target.value) })}
        >
          <option value="all">All statuses</option>
          {GALLERY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status} ({STATUS_COUNTS.get(status) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <div className="catalog-gallery__field">
        <label htmlFor={`${id}-source`}>Source</label>
        <select
          id={`${id}-source`}
          value={filters.source}
          onChange={(event) => isSource(event.target.value) && onChange({ source: event.target.value })}
        >
          <option value="all">All sources</option>
          <option value="slb">SLB error list ({SOURCE_COUNTS.get('slb') ?? 0})</option>
          <option value="common">Common gateway errors ({SOURCE_COUNTS.get('common') ?? 0})</option>
        </select>
      </div>
      <button
        type="button"
        className="slb-button catalog-gallery__reset"
        onClick={() => onChange(NO_FILTERS)}
        disabled={!changed}
      >
        Clear filters
      </button>
    </form>
  );
}
