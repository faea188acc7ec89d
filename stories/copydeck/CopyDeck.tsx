import { Fragment, memo, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { baseOf } from '../support/locale.ts';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import { useArgsState } from '../gallery/argsState.ts';
import { GalleryFilters } from '../gallery/GalleryFilters.tsx';
import { PageSize, Pager } from '../gallery/Pager.tsx';
import {
  CATALOG_ENTRIES,
  type CatalogFilters,
  SOURCE_LABEL,
  filterRows,
  filtersFromArgs,
  filtersToArgs,
} from '../gallery/rows.ts';
import './CopyDeck.css';
import {
  DECK_LANGUAGES,
  type DeckLanguage,
  type DeckRow,
  type DeckWording,
  LANGUAGE_NAME,
  buildDeckRows,
  isChanged,
} from './deck.ts';
import { ExportLinks } from './ExportLinks.tsx';
import { ImportWording, type WordingPreview } from './ImportWording.tsx';

/** Rows a page holds: a page keeps the table quick to render and to check; "all" is one long table. */
export const DECK_PAGE_SIZES = [50, 100, 'all'] as const;
type DeckPageSize = (typeof DECK_PAGE_SIZES)[number];

export interface DeckState {
  readonly filters: CatalogFilters;
  /** 1-based. */
  readonly page: number;
  readonly pageSize: DeckPageSize;
}

/** The deck's state as story args: the filters (the search text encoded for the URL), the page and its size. */
export type CopyDeckArgs = ReturnType<typeof filtersToArgs> & {
  readonly page: number;
  readonly pageSize: DeckPageSize;
};

export interface CopyDeckProps extends Partial<Readonly<Record<keyof CatalogFilters, unknown>>> {
  /** The page to open, from 1. @defaultValue 1 */
  readonly page?: unknown;
  /** Rows a page holds: 50, 100 or 'all'. @defaultValue 50 */
  readonly pageSize?: unknown;
  /** Writes changed filters and paging back to the story's args (and so the URL). */
  readonly onArgsChange?: ((args: CopyDeckArgs) => void) | undefined;
}

/** The deck's state for a story's args (a URL's strings included); unknown values fall back to the defaults. */
export function deckStateFromArgs(args: Readonly<Record<string, unknown>>): DeckState {
  const size =
    typeof args['pageSize'] === 'string' && args['pageSize'] !== 'all' ? Number(args['pageSize']) : args['pageSize'];
  const page = typeof args['page'] === 'string' ? Number(args['page']) : args['page'];
  return {
    filters: filtersFromArgs(args),
    pageSize: DECK_PAGE_SIZES.find((option) => option === size) ?? DECK_PAGE_SIZES[0],
    page: typeof page === 'number' && Number.isInteger(page) && page > 0 ? page : 1,
  };
}

const stateToArgs = (state: DeckState): CopyDeckArgs => ({
  ...filtersToArgs(state.filters),
  page: state.page,
  pageSize: state.pageSize,
});

const stateKey = (state: DeckState) => JSON.stringify(stateToArgs(state));

/**
 * Every catalog row in one table: its facts, and the kit's title, description and action label
 * in English and Simplified Chinese, searchable, filterable, exportable, with changed wording
 * previewed in the toolbar's language.
 */
export function CopyDeck({ onArgsChange, ...args }: CopyDeckProps) {
  const context = useSlbErrorContext();
  const language: DeckLanguage = baseOf(context.classifyOptions.locale).tag;
  const [state, setState] = useArgsState(
    deckStateFromArgs(args),
    onArgsChange && ((next) => onArgsChange(stateToArgs(next))),
    stateKey,
  );
  const { filters } = state;
  const [preview, setPreview] = useState<WordingPreview | null>(null);
  const { site, links, text } = context.classifyOptions;
  const allRows = useMemo(
    () =>
      buildDeckRows({
        classify: { site, links, text },
        preview: preview?.text,
        previewLanguage: language,
      }),
    [site, links, text, preview, language],
  );
  // Typing stays responsive while the table re-renders.
  const deferredFilters = useDeferredValue(filters);
  const rows = useMemo(() => filterRows(allRows, deferredFilters), [allRows, deferredFilters]);
  const changedRows = useMemo(() => allRows.filter(isChanged).length, [allRows]);
  const [changedOnly, setChangedOnly] = useState(false);
  const matches = preview !== null && changedOnly ? rows.filter(isChanged) : rows;
  const size = state.pageSize === 'all' ? Math.max(1, matches.length) : state.pageSize;
  const pageCount = Math.max(1, Math.ceil(matches.length / size));
  const page = Math.min(state.page, pageCount);
  const first = (page - 1) * size;
  const shown = matches.slice(first, first + size);
  const captionId = useId();
  const changedId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const goTo = (next: number) => {
    setState({ ...state, page: next });
    scroller.current?.scrollTo({ top: 0 });
  };

  return (
    <div className="copy-deck" lang="en">
      <h1 className="copy-deck__title">SLB error copy deck</h1>
      <p className="copy-deck__intro">
        Every catalog row with the words the kit shows for it, in English and Simplified Chinese: the title, the
        description and the label of the action its surface offers. Search and filters stay in the URL; export what you
        see as CSV or JSON.
      </p>
      <GalleryFilters
        label="Filter the copy deck"
        searchHint="Code, id, server message, or any English or Chinese title or description"
        filters={filters}
        onChange={(patch) => setState({ ...state, filters: { ...filters, ...patch }, page: 1 })}
      />
      <div className="copy-deck__bar">
        <p role="status" className="copy-deck__count">
          {matches.length} of {CATALOG_ENTRIES.length} rows
          {shown.length > 0 && shown.length < matches.length && (
            <>
              {' '}
              · rows {first + 1}–{first + shown.length}
            </>
          )}
        </p>
        <Pager label="Pages" page={page} pageCount={pageCount} onPage={goTo} />
        <PageSize
          value={state.pageSize}
          options={DECK_PAGE_SIZES}
          onChange={(pageSize) => setState({ ...state, pageSize, page: 1 })}
        />
      </div>
      <ExportLinks rows={matches} allRows={allRows} language={language} />
      <ImportWording
        language={LANGUAGE_NAME[language]}
        preview={preview}
        changedRows={changedRows}
        onPreview={(next) => {
          setPreview(next);
          if (next === null) setChangedOnly(false);
        }}
      />
      {preview !== null && (
        <p className="copy-deck__changed-only">
          <input
            id={changedId}
            type="checkbox"
            checked={changedOnly}
            onChange={(event) => {
              setChangedOnly(event.target.checked);
              goTo(1);
            }}
          />{' '}
          <label htmlFor={changedId}>Only the rows the preview changes ({changedRows})</label>
        </p>
      )}
      {/* A region of its own: it scrolls both ways, and the keyboard must reach it (WCAG 2.1.1). */}
      <div ref={scroller} className="copy-deck__scroller" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="copy-deck__table">
          <caption id={captionId} className="slb-visually-hidden">
            Copy deck: rows {first + 1} to {first + shown.length} of {matches.length}, the kit&apos;s words in English
            and Simplified Chinese
          </caption>
          <thead>
            <tr>
              <th scope="col">ID</th>
              <th scope="col">Product</th>
              <th scope="col">Code</th>
              <th scope="col">HTTP</th>
              <th scope="col">Source</th>
              <th scope="col">Intent</th>
              <th scope="col">Family</th>
              <th scope="col">Surface</th>
              <LanguageHeader name="Title" />
              <LanguageHeader name="Description" />
              <LanguageHeader name="Action" />
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <DeckTableRow key={row.entry.id} row={row} />
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="copy-deck__empty">No row matches these filters.</p>}
      </div>
    </div>
  );
}

function LanguageHeader({ name }: { readonly name: string }) {
  return (
    <th scope="col" className="copy-deck__words">
      {name}
      <span className="copy-deck__languages">
        {DECK_LANGUAGES.map((language) => (
          <span key={language} lang={language}>
            {LANGUAGE_NAME[language]}
          </span>
        ))}
      </span>
    </th>
  );
}

/** Rows are built once per wording, so a filter change re-renders only the table's list. */
const DeckTableRow = memo(function DeckTableRow({ row }: { readonly row: DeckRow }) {
  const { entry, report } = row;
  const changed = isChanged(row);
  return (
    <tr data-id={entry.id} data-changed={changed ? '' : undefined}>
      <th scope="row" className="copy-deck__id">
        <span translate="no">
          <Breakable text={entry.id} />
        </span>
        {changed && <span className="copy-deck__mark">changed</span>}
      </th>
      <td>{entry.product.toUpperCase()}</td>
      <td className="copy-deck__code" translate="no">
        <Breakable text={entry.code} />
      </td>
      <td>{entry.status}</td>
      <td>{SOURCE_LABEL[entry.source]}</td>
      <td>{report.intent}</td>
      <td>{report.family}</td>
      <td>{report.surface}</td>
      <WordsCell row={row} pick={(words) => words.title} />
      <WordsCell row={row} pick={(words) => words.description} wide />
      <WordsCell row={row} pick={(words) => words.action} />
    </tr>
  );
});

/** One kind of words, English above Chinese; previewed words over the kit's own, struck through. */
function WordsCell({
  row,
  pick,
  wide = false,
}: {
  readonly row: DeckRow;
  readonly pick: (words: DeckWording) => string | null;
  readonly wide?: boolean;
}) {
  return (
    <td className={wide ? 'copy-deck__words copy-deck__words--wide' : 'copy-deck__words'}>
      {DECK_LANGUAGES.map((language) => {
        const value = pick(row.wording[language]);
        const before = row.was[language];
        const old = before === undefined ? null : pick(before);
        const differs = before !== undefined && old !== value;
        return (
          <div key={language} lang={language} className="copy-deck__line" data-changed={differs ? '' : undefined}>
            {value ?? <None />}
            {differs && (
              <span className="copy-deck__was" lang="en">
                {' '}
                was <del lang={language}>{old ?? <None />}</del>
              </span>
            )}
          </div>
        );
      })}
    </td>
  );
}

/** An empty cell, said as such. */
function None() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="slb-visually-hidden" lang="en">
        none
      </span>
    </>
  );
}

/** A code or id that may break after its dots, dashes and underscores (`PAY.INVALID_<wbr>CREDIT_<wbr>CARD`), not inside a word. */
function Breakable({ text }: { readonly text: string }) {
  const parts = text.split(/(?<=[._-])/);
  return parts.map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
