import { type Ref, useId } from 'react';
import { BannerPreview } from './BannerPreview.tsx';
import type { GalleryRow } from './rows.ts';

export interface GalleryEntryProps {
  readonly row: GalleryRow;
  readonly onRetry: () => void;
  readonly ref?: Ref<HTMLElement>;
}

/** One catalog entry: what the server sends and what the kit decides, beside what the user sees. */
export function GalleryEntry({ row, onRetry, ref }: GalleryEntryProps) {
  const { entry, report } = row;
  const headingId = useId();
  const other = report.entry?.id !== entry.id;
  return (
    <article ref={ref} className="catalog-gallery__entry" aria-labelledby={headingId} tabIndex={-1}>
      <div className="catalog-gallery__facts">
        <h2 id={headingId} className="catalog-gallery__heading">
          <span className="catalog-gallery__id">{entry.id}</span> <code>{entry.code}</code>
        </h2>
        <dl className="catalog-gallery__meta">
          <div>
            <dt>HTTP status</dt>
            <dd>{report.status ?? '—'}</dd>
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
            <dt>Surface</dt>
            <dd>{report.surface}</dd>
          </div>
          <div>
            <dt>Severity</dt>
            <dd>{report.severity}</dd>
          </div>
          <div>
            <dt>Field</dt>
            <dd>{report.field === null ? '—' : <code>{report.field}</code>}</dd>
          </div>
          <div className="catalog-gallery__meta-wide">
            <dt>Server message</dt>
            <dd className="catalog-gallery__message">{entry.message}</dd>
          </div>
          {report.locale !== 'en' && (
            <div className="catalog-gallery__meta-wide">
              <dt>English description</dt>
              <dd>{entry.description}</dd>
            </div>
          )}
        </dl>
        {other && (
          <p className="catalog-gallery__warning">
            The kit reads this body as {report.entry?.id ?? 'no catalog entry'}: this entry&apos;s text is never shown.
          </p>
        )}
      </div>
      <div className="catalog-gallery__preview" lang={report.locale}>
        <BannerPreview report={report} onRetry={onRetry} />
      </div>
    </article>
  );
}
