import { type ChangeEvent, type FormEvent, useId, useRef, useState } from 'react';
import { CATALOG_TEXT_KEYS } from '../gallery/rows.ts';
import './ImportWording.css';
import { MAX_WORDING_CHARS, WORDING_EXAMPLE, type WordingOverrides, parseWording } from './wording.ts';

/** Changed wording being previewed. */
export interface WordingPreview {
  readonly text: WordingOverrides;
  /** Keys that match no catalog code or entry id. */
  readonly unknownKeys: readonly string[];
}

export interface ImportWordingProps {
  /** The toolbar's language, by name: the preview applies to it. */
  readonly language: string;
  readonly preview: WordingPreview | null;
  /** How many rows the preview changes (on this page's terms), once it applies. */
  readonly changedRows: number;
  readonly onPreview: (preview: WordingPreview | null) => void;
}

/**
 * A JSON of changed wording, pasted or read from a file, checked and previewed: the surfaces and
 * the deck show it in place of the kit's words, in the toolbar's language only (the kit's `text`
 * option is per locale). Kept in component state, never in the URL.
 */
export function ImportWording({ language, preview, changedRows, onPreview }: ImportWordingProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const apply = (source: string) => {
    const result = parseWording(source, CATALOG_TEXT_KEYS);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onPreview({ text: result.text, unknownKeys: result.unknownKeys });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_WORDING_CHARS * 4) {
      setError(`${chosen.name} is too large for wording (${chosen.size} bytes).`);
      return;
    }
    try {
      const source = await chosen.text();
      setDraft(source);
      apply(source);
    } catch (caught) {
      setError(`Could not read ${chosen.name}: ${caught instanceof Error ? caught.message : String(caught)}`);
    }
  };

  const clear = () => {
    setDraft('');
    setError(null);
    if (file.current) file.current.value = '';
    onPreview(null);
  };

  const keys = preview === null ? 0 : Object.keys(preview.text).length;
  return (
    <details className="import-wording" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Preview changed wording
        {preview !== null && (
          <span className="import-wording__badge">
            {' '}
            · previewing, {changedRows} {changedRows === 1 ? 'row' : 'rows'} changed
          </span>
        )}
      </summary>
      <form
        className="import-wording__form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          apply(draft);
        }}
      >
        <p className="import-wording__intro" id={`${id}-hint`}>
          A JSON in the shape of the kit&apos;s <code>text</code> option, keyed by error code or entry id:{' '}
          <code translate="no">{WORDING_EXAMPLE}</code>. It previews in <strong>{language}</strong>, the toolbar&apos;s
          language, because the <code>text</code> option belongs to one locale: switch the toolbar&apos;s language to
          preview the other.
        </p>
        <div className="import-wording__inputs">
          <div className="import-wording__field import-wording__field--wide">
            <label htmlFor={`${id}-json`}>Wording JSON</label>
            <textarea
              id={`${id}-json`}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              aria-describedby={`${id}-hint`}
              aria-invalid={error !== null || undefined}
              aria-errormessage={error !== null ? `${id}-error` : undefined}
              rows={4}
              spellCheck={false}
              translate="no"
            />
          </div>
          <div className="import-wording__field">
            <label htmlFor={`${id}-file`}>Or a JSON file</label>
            <input
              ref={file}
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              onChange={(event) => void onFile(event)}
            />
          </div>
        </div>
        <div className="import-wording__actions">
          <button type="submit" className="slb-button slb-button--primary">
            Preview
          </button>
          <button type="button" className="slb-button" onClick={clear} disabled={preview === null && draft === ''}>
            Clear
          </button>
        </div>
        {error !== null && (
          <p id={`${id}-error`} role="alert" className="import-wording__error">
            {error}
          </p>
        )}
        <p role="status" className="import-wording__status">
          {preview !== null &&
            `Previewing ${keys} ${keys === 1 ? 'key' : 'keys'} in ${language}: ${changedRows} ${
              changedRows === 1 ? 'row' : 'rows'
            } changed.${
              preview.unknownKeys.length > 0
                ? ` Not a code or entry id in the catalog, so changing nothing here: ${preview.unknownKeys.join(', ')}.`
                : ''
            }`}
        </p>
      </form>
    </details>
  );
}
