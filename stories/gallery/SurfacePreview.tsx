// A report on the surface the kit picks for it (`report.surface`), drawn by the kit's own
// components: a Toast in a notification region of its own, a Banner, or an InlineError under a
// labelled field.
import { useId, useRef, useState } from 'react';
import { labelOf } from '../support/locale.ts';
import { useSlbErrorContext } from '../../src/hooks/index.ts';
import '../support/controls.css';
import { Banner, InlineError, type SlbErrorReport, Toast, ToastViewport } from '../../src/index.ts';

export interface SurfacePreviewProps {
  readonly report: SlbErrorReport;
  /** Names the toast's notification region, which must differ from every other one on the page. */
  readonly name: string;
  /** Gives `retry` reports their Retry button, as a hook with an operation does. */
  readonly onRetry: () => void;
}

export function SurfacePreview({ report, name, onRetry }: SurfacePreviewProps) {
  switch (report.surface) {
    case 'toast':
      return <ToastPreview report={report} name={name} onRetry={onRetry} />;
    case 'banner':
      // Level 3: the row's own heading is level 2.
      return <Banner report={report} onRetry={onRetry} headingLevel={3} />;
    case 'inline':
      return <InlinePreview report={report} />;
    default:
      return report.surface satisfies never;
  }
}

/**
 * A toast in a notification region of its own, laid out where it stands (CatalogGallery.css):
 * Radix portals each toast into its provider's one viewport, so a toast beside its row needs a
 * viewport beside its row, each named apart (`label`) and with no hotkey. It stays until
 * dismissed (no timer, no announcement: the list is for reading), and can be shown again.
 */
function ToastPreview({ report, name, onRetry }: SurfacePreviewProps) {
  const [open, setOpen] = useState(true);
  const [shown, setShown] = useState(true);
  const [round, setRound] = useState(0);
  const toast = useRef<HTMLLIElement>(null);
  const again = useRef<HTMLButtonElement>(null);
  return (
    <div className="catalog-gallery__toast">
      <ToastViewport entries={[]} hotkey={[]} label={name}>
        {shown && (
          <Toast
            key={round}
            ref={toast}
            report={report}
            onRetry={onRetry}
            announce={false}
            duration={Infinity}
            open={open}
            onOpenChange={setOpen}
            onDismiss={() => {
              setShown(false);
              // Keyboard users land on the way back, not on the page's top.
              requestAnimationFrame(() => {
                if (!toast.current && (document.activeElement === document.body || document.activeElement === null))
                  again.current?.focus();
              });
            }}
          />
        )}
      </ToastViewport>
      {!shown && (
        <p className="catalog-gallery__dismissed">
          Toast dismissed.{' '}
          <button
            ref={again}
            type="button"
            className="slb-button"
            onClick={() => {
              setRound(round + 1);
              setOpen(true);
              setShown(true);
            }}
          >
            Show it again
          </button>
        </p>
      )}
    </div>
  );
}

/** The field error under a sample field labelled the way the kit names the field. */
function InlinePreview({ report }: { readonly report: SlbErrorReport }) {
  const id = useId();
  const { classifyOptions } = useSlbErrorContext();
  const field = report.field ?? '';
  const label = classifyOptions.fieldLabels?.[field] ?? labelOf(classifyOptions.locale, field);
  return (
    <div className="catalog-gallery__field-sample">
      <label htmlFor={`${id}-input`}>{label.charAt(0).toUpperCase() + label.slice(1)}</label>
      <input
        id={`${id}-input`}
        className="review-field"
        aria-invalid="true"
        aria-describedby={`${id}-error`}
        data-slb-invalid=""
        autoComplete="off"
      />
      <InlineError report={report} id={`${id}-error`} />
    </div>
  );
}
