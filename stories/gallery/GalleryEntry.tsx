import { type Ref, useId } from 'react';
import type { GalleryRow } from './rows.ts';
import { SOURCE_LABEL } from './rows.ts';
import { SurfacePreview } from './SurfacePreview.tsx';

export interface GalleryEntryProps {
  readonly row: GalleryRow;
  readonly onRetry: () => void;
  readonly ref?: Ref<HTMLElement>;
}

/** One catalog row: what the server sends and what the kit decides, beside what the user sees. */
export function GalleryEntry({ row, onRetry, ref }: GalleryEntryProps) {
  const { entry, report, was } = row;
  const headingId = useId();
  const other = report.row?.id !== entry.id;
  return (
    <article
      ref={ref}
      className="catalog-gallery__entry"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-changed={was ? '' : undefined}
    >
      <div className="catalog-gallery__facts">
        <h2 id={headingId} className="catalog-gallery__heading">
          <span className="catalog-gallery__id">{entry.id}</span> <code translate="no">{entry.code}</code>
        </h2>
        <dl className="catalog-gallery__meta">
          <div>
            <dt>HTTP</dt>
            <dd>{entry.status}</dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd>{SOURCE_LABEL[entry.source]}</dd>
          </div>
          <div>
            <dt>Intent</dt>
            <dd>
              <span className="catalog-gallery__tag" data-slb-severity={report.severity}>
                {report.intent}
              </span>
            </dd>
          </div>
          <div>
            <dt>Family</dt>
            <dd>{report.family}</dd>
          </div>
          <div>
            <dt>Surface</dt>
            <dd>{report.surface}</dd>
          </div>
          <div>
            <dt>Field</dt>
            <dd>{report.field === null ? '—' : <code translate="no">{report.field}</code>}</dd>
          </div>
          <div className="catalog-gallery__meta-wide">
            <dt>Server message</dt>
            <dd className="catalog-gallery__message" translate="no">
              {entry.message}
            </dd>
          </div>
          {was && (
            <div className="catalog-gallery__meta-wide catalog-gallery__was">
              <dt>Changed by the preview; the kit says</dt>
              <dd lang={report.locale}>
                <del>{was.title}</del>
              </dd>
              <dd lang={report.locale}>
                <del>{was.description}</del>
              </dd>
            </div>
          )}
        </dl>
        {other && (
          <p className="catalog-gallery__warning">
            The kit reads this body as {report.row?.id ?? 'no catalog entry'}: this row&apos;s text is never shown.
          </p>
        )}
      </div>
      <div className="catalog-gallery__preview" lang={report.locale}>
        <SurfacePreview report={report} name={`Toast of ${entry.id}`} onRetry={onRetry} />
      </div>
    </article>
  );
}
