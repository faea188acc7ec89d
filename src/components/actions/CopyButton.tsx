'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type MouseEvent, forwardRef, useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard.js';

export interface CopyButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'type'> {
  /** What goes to the clipboard. */
  readonly text: string;
  /** Visible button text. */
  readonly children: string;
  /** Accessible name; must contain the visible text. */
  readonly label: string;
  /** Said politely (and shown) after a successful copy. */
  readonly copiedMessage: string;
}

const SHOW_COPIED_MS = 2500;

/**
 * A copy button with its own polite status region, present before anything is announced in
 * it. Quiet by default; `className` styles the button itself (`slb-button--primary`).
 */
export const CopyButton = forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { text, children, label, copiedMessage, className, onClick, ...rest },
  ref,
) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const copy = async () => {
    if (!(await copyText(text))) return;
    setCopied(true);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), SHOW_COPIED_MS);
  };
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    void copy();
  };
  return (
    <span className="slb-copy">
      <button
        ref={ref}
        type="button"
        {...rest}
        className={clsx('slb-button', className ?? 'slb-button--quiet')}
        aria-label={label === children ? undefined : label}
        onClick={handleClick}
      >
        {children}
      </button>
      <span role="status" className="slb-copy__status">
        {copied ? copiedMessage : ''}
      </span>
    </span>
  );
});
