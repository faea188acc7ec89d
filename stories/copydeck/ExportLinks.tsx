import { type ReactNode, useCallback, useId, useMemo, useState } from 'react';
import { type DeckLanguage, type DeckRow, LANGUAGE_NAME, toCsv, toJson, toTextOption } from './deck.ts';

/**
 * A download link for `content`, through a Blob URL made when the link mounts (or its content
 * changes) and revoked when it goes, so the link is a real link with a real `href` before anyone
 * presses it.
 */
function BlobLink({
  content,
  type,
  filename,
  children,
}: {
  readonly content: string;
  readonly type: string;
  readonly filename: string;
  readonly children: ReactNode;
}) {
  const attach = useCallback(
    (node: HTMLAnchorElement | null) => {
      if (node === null) return;
      const url = URL.createObjectURL(new Blob([content], { type }));
      node.href = url;
      return () => URL.revokeObjectURL(url);
    },
    [content, type],
  );
  return (
    <a ref={attach} download={filename} className="copy-deck__download">
      {children}
    </a>
  );
}

export interface ExportLinksProps {
  /** The rows the filters let through. */
  readonly rows: readonly DeckRow[];
  readonly allRows: readonly DeckRow[];
  /** The toolbar's language, for the import-shaped JSON. */
  readonly language: DeckLanguage;
}

/** CSV and JSON of the filtered rows, or of every row. */
export function ExportLinks({ rows, allRows, language }: ExportLinksProps) {
  const id = useId();
  const [scope, setScope] = useState<'filtered' | 'all'>('filtered');
  const chosen = scope === 'all' ? allRows : rows;
  const csv = useMemo(() => toCsv(chosen), [chosen]);
  const json = useMemo(() => toJson(chosen), [chosen]);
  const text = useMemo(() => toTextOption(chosen, language), [chosen, language]);
  const suffix = scope === 'all' ? 'all' : 'filtered';
  const count = `${chosen.length} ${chosen.length === 1 ? 'row' : 'rows'}`;
  return (
    <div className="copy-deck__export" role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="copy-deck__export-title">
        Export
      </span>
      <span className="copy-deck__scope">
        {(['filtered', 'all'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-scope`}
              value={value}
              checked={scope === value}
              onChange={() => setScope(value)}
            />{' '}
            {value === 'filtered' ? `Filtered rows (${rows.length})` : `All rows (${allRows.length})`}
          </label>
        ))}
      </span>
      <BlobLink content={csv} type="text/csv;charset=utf-8" filename={`slb-copy-deck-${suffix}.csv`}>
        CSV, {count}
      </BlobLink>
      <BlobLink content={json} type="application/json" filename={`slb-copy-deck-${suffix}.json`}>
        JSON, {count}
      </BlobLink>
      <BlobLink content={text} type="application/json" filename={`slb-copy-deck-${suffix}-text-${language}.json`}>
        {LANGUAGE_NAME[language]} wording as <code>text</code> JSON, to edit and import
      </BlobLink>
    </div>
  );
}
