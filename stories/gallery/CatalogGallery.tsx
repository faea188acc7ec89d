import { type RefObject, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { SlbErrorProvider, useSlbErrorContext } from '../../src/index.ts';
import './CatalogGallery.css';
import { GalleryEntry } from './GalleryEntry.tsx';
import { GalleryFilters } from './GalleryFilters.tsx';
import {
  GALLERY_ENTRIES,
  type GalleryFilters as Filters,
  type IntentFilter,
  type SourceFilter,
  type StatusFilter,
  buildGalleryRows,
  filterGalleryRows,
} from './rows.ts';

export interface CatalogGalleryProps {
  /** Search text to start with. @defaultValue '' */
  readonly query?: string;
  /** @defaultValue 'all' */
  readonly intent?: IntentFilter;
  /** @defaultValue 'all' */
  readonly status?: StatusFilter;
  /** @defaultValue 'all' */
  readonly source?: SourceFilter;
  /** Entries rendered at first, and added by "Show more". @defaultValue 40 */
  readonly pageSize?: number;
  /** The Retry button of `retry` entries. */
  readonly onRetry?: () => void;
  /** The Refresh button of `refresh` entries (the kit's default would reload the page). */
  readonly onRefresh?: () => void;
}

const noop = () => {};

/**
 * Every catalog entry, classified from its own response body and shown the way the kit shows it,
 * with a search box and filters. The text follows the surrounding provider's locale (the toolbar's);
 * its site, links and text overrides are kept.
 */
export function CatalogGallery({ onRefresh = noop, ...props }: CatalogGalleryProps) {
  const outer = useSlbErrorContext();
  const { site, links, text } = outer.classifyOptions;
  return (
    <SlbErrorProvider
      locale={outer.locale}
      site={site}
      links={links}
      text={text}
      ui={outer.ui}
      onSignIn={outer.onSignIn}
      onRefresh={onRefresh}
    >
      <Gallery {...props} />
    </SlbErrorProvider>
  );
}

/**
 * Keeps the page's scroll padding as tall as the sticky bar, so the browser scrolls a focused
 * element clear of it (WCAG 2.4.11: focus not hidden under a sticky header).
 */
function useStickyScrollPadding(bar: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const node = bar.current;
    if (!node) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.scrollPaddingBlockStart = `${node.offsetHeight + 8}px`;
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBlockStart = '';
    };
  }, [bar]);
}

function Gallery({
  query = '',
  intent = 'all',
  status = 'all',
  source = 'all',
  pageSize = 40,
  onRetry = noop,
}: Omit<CatalogGalleryProps, 'onRefresh'>) {
  const { classifyOptions } = useSlbErrorContext();
  const rows = useMemo(() => buildGalleryRows(classifyOptions), [classifyOptions]);
  const [filters, setFilters] = useState<Filters>({ query, intent, status, source });
  const [limit, setLimit] = useState(pageSize);
  // Typing stays responsive while a long list re-renders.
  const deferredFilters = useDeferredValue(filters);
  const matches = useMemo(() => filterGalleryRows(rows, deferredFilters), [rows, deferredFilters]);
  const shown = matches.slice(0, limit);
  const left = matches.length - shown.length;

  const onChange = (patch: Partial<Filters>) => {
    setFilters((previous) => ({ ...previous, ...patch }));
    setLimit(pageSize);
  };

  const bar = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(bar);

  // "Show more" hands focus to the first entry it revealed, where the reader goes on.
  const entryRefs = useRef<(HTMLElement | null)[]>([]);
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    const index = focusIndex.current;
    focusIndex.current = null;
    if (index !== null) entryRefs.current[index]?.focus();
  }, [limit]);
  const showMore = (count: number) => {
    focusIndex.current = shown.length;
    setLimit(shown.length + count);
  };

  return (
    <div className="catalog-gallery" lang="en">
      <h1 className="catalog-gallery__title">SLB error catalog</h1>
      <p className="catalog-gallery__intro">
        Every documented error, read from its own response body: the title, description, action and details the kit
        shows, drawn as a banner. <em>Surface</em> says where the kit puts it: a toast, a banner, or under the field.
        The language follows the toolbar.
      </p>
      <div ref={bar} className="catalog-gallery__bar">
        <GalleryFilters filters={filters} onChange={onChange} />
        <p role="status" className="catalog-gallery__count">
          {matches.length} of {GALLERY_ENTRIES.length} errors
        </p>
      </div>
      {matches.length === 0 ? (
        <p className="catalog-gallery__empty">No error matches these filters.</p>
      ) : (
        <ol className="catalog-gallery__list">
          {shown.map((row, index) => (
            <li key={row.entry.id}>
              <GalleryEntry
                row={row}
                onRetry={onRetry}
                ref={(node) => {
                  entryRefs.current[index] = node;
                }}
              />
            </li>
          ))}
        </ol>
      )}
      {left > 0 && (
        <div className="catalog-gallery__more">
          <span>
            Showing {shown.length} of {matches.length}.
          </span>
          <button type="button" className="slb-button" onClick={() => showMore(pageSize)}>
            Show {Math.min(pageSize, left)} more
          </button>
          <button type="button" className="slb-button" onClick={() => showMore(left)}>
            Show all {matches.length}
          </button>
        </div>
      )}
    </div>
  );
}
