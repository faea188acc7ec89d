import { type RefObject, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { baseOf } from '../support/locale.ts';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { SlbErrorProvider } from '../../src/index.ts';
import { LANGUAGE_NAME } from '../copydeck/deck.ts';
import { ImportWording, type WordingPreview } from '../copydeck/ImportWording.tsx';
import { useArgsState } from './argsState.ts';
import './CatalogGallery.css';
import { GalleryEntry } from './GalleryEntry.tsx';
import { GalleryFilters } from './GalleryFilters.tsx';
import { paginate } from './pages.ts';
import { PageSize, Pager } from './Pager.tsx';
import {
  CATALOG_ENTRIES,
  type CatalogFilters,
  buildGalleryRows,
  filterRows,
  filtersFromArgs,
  filtersToArgs,
} from './rows.ts';

/** The rows a page may hold. */
export const PAGE_SIZES = [10, 20, 50] as const;

export interface GalleryState {
  readonly filters: CatalogFilters;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: (typeof PAGE_SIZES)[number];
}

/** The gallery's state as story args: the filters (search text encoded for the URL), the page and its size. */
export type CatalogGalleryArgs = ReturnType<typeof filtersToArgs> & {
  readonly page: number;
  readonly pageSize: number;
};

export interface CatalogGalleryProps extends Partial<Readonly<Record<keyof CatalogFilters, unknown>>> {
  /** The page to open, from 1. @defaultValue 1 */
  readonly page?: unknown;
  /** Rows a page holds (10, 20 or 50). @defaultValue 10 */
  readonly pageSize?: unknown;
  /** The Retry button of `retry` rows. */
  readonly onRetry?: () => void;
  /** The Refresh button of `refresh` rows (the kit's default would reload the page). */
  readonly onRefresh?: () => void;
  /** Writes changed filters and paging back to the story's args (and so the URL). */
  readonly onArgsChange?: ((args: CatalogGalleryArgs) => void) | undefined;
}

const noop = () => {};

/** The gallery's state for a story's args (a URL's strings included); unknown values fall back to the defaults. */
export function galleryStateFromArgs(args: Readonly<Record<string, unknown>>): GalleryState {
  const number = (value: unknown) => (typeof value === 'string' ? Number(value) : value);
  const size = number(args['pageSize']);
  const page = number(args['page']);
  return {
    filters: filtersFromArgs(args),
    pageSize: PAGE_SIZES.find((option) => option === size) ?? PAGE_SIZES[0],
    page: typeof page === 'number' && Number.isInteger(page) && page > 0 ? page : 1,
  };
}

const stateToArgs = (state: GalleryState): CatalogGalleryArgs => ({
  ...filtersToArgs(state.filters),
  page: state.page,
  pageSize: state.pageSize,
});

const stateKey = (state: GalleryState) => JSON.stringify(stateToArgs(state));

/**
 * Every catalog row, classified from its own response body and shown on the surface the kit picks,
 * by the kit's own Toast, Banner and InlineError, a page at a time, with a search box and filters.
 * The text follows the surrounding provider's locale (the toolbar's); its site, links and text
 * overrides are kept.
 */
export function CatalogGallery({ onRefresh = noop, ...props }: CatalogGalleryProps) {
  const outer = useSlbErrorContext();
  const { site, links, text } = outer.classifyOptions;
  return (
    <SlbErrorProvider
      locale={outer.classifyOptions.locale}
      products={outer.classifyOptions.products}
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
      const sticky = getComputedStyle(node).position === 'sticky';
      root.style.scrollPaddingBlockStart = sticky ? `${node.offsetHeight + 8}px` : '';
    });
    observer.observe(node);
    return () => {
      observer.disconnect();
      root.style.scrollPaddingBlockStart = '';
    };
  }, [bar]);
}

function Gallery({ onRetry = noop, onArgsChange, ...args }: Omit<CatalogGalleryProps, 'onRefresh'>) {
  const { classifyOptions } = useSlbErrorContext();
  const locale = baseOf(classifyOptions.locale);
  const [state, setState] = useArgsState(
    galleryStateFromArgs(args),
    onArgsChange && ((next) => onArgsChange(stateToArgs(next))),
    stateKey,
  );
  const [preview, setPreview] = useState<WordingPreview | null>(null);
  const rows = useMemo(() => buildGalleryRows(classifyOptions, preview?.text), [classifyOptions, preview]);
  const changedRows = useMemo(() => rows.filter((row) => row.was !== null).length, [rows]);
  // Typing stays responsive while the page re-renders.
  const deferredFilters = useDeferredValue(state.filters);
  const matches = useMemo(() => filterRows(rows, deferredFilters), [rows, deferredFilters]);
  const pages = useMemo(() => paginate(matches, state.pageSize), [matches, state.pageSize]);
  const pageCount = Math.max(1, pages.length);
  const page = Math.min(state.page, pageCount);
  const shown = pages[page - 1] ?? [];
  const first = pages.slice(0, page - 1).reduce((sum, earlier) => sum + earlier.length, 0);

  const bar = useRef<HTMLDivElement>(null);
  useStickyScrollPadding(bar);

  // The bottom pager hands focus to the new page's first row, where the reader goes on.
  const entryRefs = useRef<(HTMLElement | null)[]>([]);
  const [focusFirst, setFocusFirst] = useState(0);
  useEffect(() => {
    if (focusFirst > 0) entryRefs.current[0]?.focus();
  }, [focusFirst]);

  // The top pager stays in view (the bar is sticky): the new page starts at its top.
  const list = useRef<HTMLOListElement>(null);
  const goTo = (next: number, focus: boolean) => {
    setState({ ...state, page: Math.min(Math.max(1, next), pageCount) });
    if (focus) setFocusFirst((count) => count + 1);
    else if (bar.current && list.current && list.current.getBoundingClientRect().top < bar.current.offsetHeight)
      list.current.scrollIntoView({ block: 'start' });
  };

  const pager = (where: 'top' | 'bottom') => (
    <Pager
      label={`Pages (${where})`}
      page={page}
      pageCount={pageCount}
      onPage={(next) => goTo(next, where === 'bottom')}
    />
  );

  return (
    <div className="catalog-gallery" lang="en">
      <h1 className="catalog-gallery__title">SLB error catalog</h1>
      <p className="catalog-gallery__intro">
        Every catalog row (the SLB error list, the common gateway errors and the codes observed in the field), read from
        its own response body and shown on the surface the kit picks: a toast, a banner, or an error under its field,
        drawn by the kit&apos;s own components. The language follows the toolbar.
      </p>
      <ImportWording
        language={LANGUAGE_NAME[locale.tag]}
        preview={preview}
        changedRows={changedRows}
        onPreview={setPreview}
      />
      <div ref={bar} className="catalog-gallery__bar">
        <GalleryFilters
          label="Filter the catalog"
          searchHint="Code, id, server message, title or description"
          filters={state.filters}
          onChange={(patch) => setState({ ...state, filters: { ...state.filters, ...patch }, page: 1 })}
        />
        <div className="catalog-gallery__nav">
          <p role="status" className="catalog-gallery__count">
            {matches.length} of {CATALOG_ENTRIES.length} errors
            {shown.length > 0 && (
              <>
                {' '}
                · rows {first + 1}–{first + shown.length}
              </>
            )}
          </p>
          {pager('top')}
          <PageSize
            value={state.pageSize}
            options={PAGE_SIZES}
            onChange={(pageSize) => setState({ ...state, pageSize, page: 1 })}
          />
        </div>
      </div>
      {matches.length === 0 ? (
        <p className="catalog-gallery__empty">No error matches these filters.</p>
      ) : (
        <ol ref={list} className="catalog-gallery__list" start={first + 1}>
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
      {pageCount > 1 && <div className="catalog-gallery__bottom">{pager('bottom')}</div>}
    </div>
  );
}
