'use client';
import type { SlbSeverity } from '../../catalog/types.js';

// Decorative: every icon sits next to text that says the same thing.
const PATHS: Readonly<Record<SlbSeverity, string>> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3.5h1.5v5h-1.5v-5Zm0 6h1.5V12h-1.5v-1.5Z',
  warning: 'M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5v1.5h1.5V11h-1.5Z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.75 3h1.5v1.5h-1.5V4Zm0 3h1.5v5h-1.5V7Z',
};

interface GlyphProps {
  readonly className: string;
  /** Rendered width and height in px; the drawing is 16 × 16. */
  readonly size: number;
  readonly d: string;
  readonly evenOdd?: boolean;
}

/** One decorative 16 × 16 glyph, hidden from assistive technology. */
function Glyph({ className, size, d, evenOdd = false }: GlyphProps) {
  return (
    <svg className={className} viewBox="0 0 16 16" width={size} height={size} aria-hidden="true" focusable="false">
      <path fill="currentColor" fillRule={evenOdd ? 'evenodd' : undefined} d={d} />
    </svg>
  );
}

export function SeverityIcon({ severity }: { readonly severity: SlbSeverity }) {
  return <Glyph className="slb-icon slb-icon--severity" size={16} d={PATHS[severity]} evenOdd />;
}

export function CloseIcon() {
  return (
    <Glyph
      className="slb-icon"
      size={14}
      d="m4.1 3 3.9 3.9L11.9 3 13 4.1 9.1 8l3.9 3.9-1.1 1.1L8 9.1 4.1 13 3 11.9 6.9 8 3 4.1 4.1 3Z"
    />
  );
}

export function ExternalIcon() {
  return (
    <Glyph
      className="slb-icon slb-icon--external"
      size={12}
      d="M9 2h5v5h-1.5V4.6L7.5 9.6 6.4 8.5l5-5H9V2ZM3 4h4v1.5H3.5v7h7V9H12v5H2V4h1Z"
    />
  );
}

/** Points down; turned by CSS when its disclosure is open. */
export function ChevronIcon() {
  return (
    <Glyph
      className="slb-icon slb-icon--chevron"
      size={12}
      d="M3.2 5.6 4.3 4.5 8 8.2l3.7-3.7 1.1 1.1L8 10.4 3.2 5.6Z"
    />
  );
}

export function SuccessIcon() {
  return (
    <Glyph
      className="slb-icon slb-icon--severity slb-icon--success"
      size={16}
      d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm3.3 4.7 1.1 1.1L7 12.2 3.6 8.8l1.1-1.1L7 10l4.3-4.3Z"
      evenOdd
    />
  );
}
