'use client';
import { clsx } from 'clsx';
import { useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard.js';

export interface CopyButtonProps {
  /** What goes to the clipboard. */
  readonly text: string;
  /** Visible button text. */
  readonly children: string;
  /** Accessible name; must contain the visible text. */
  readonly label: string;
  /** Said politely (and shown) after a successful copy. */
  readonly copiedMessage: string;
  readonly className?: string | undefined;
}

const SHOW_COPIED_MS = 2500;

/** A copy button with its own polite status region, present before anything is announced in it. */
export function CopyButton({ text, children, label, copiedMessage, className }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const onClick = async () => {
    if (!(await copyText(text))) return;
    setCopied(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), SHOW_COPIED_MS);
  };
  return (
    <span className={clsx('slb-copy', className)}>
      <button type="button" className="slb-button slb-button--quiet" aria-label={label} onClick={() => void onClick()}>
        {children}
      </button>
      <span role="status" className="slb-copy__status">
        {copied ? copiedMessage : ''}
      </span>
    </span>
  );
}
