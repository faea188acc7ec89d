'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, type MouseEvent, forwardRef } from 'react';
import type { SlbRetryProgress } from '../../engine/queue.js';
import { useSlbCooldown } from '../../hooks/useSlbErrorQueue.js';
import { useNow } from '../shared/clock.js';
import { formatString, useSlbStrings } from '../strings.js';

export interface RetryButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children' | 'disabled'> {
  readonly onRetry: () => void;
  readonly status: SlbRetryProgress | null;
}

/**
 * Retry, unavailable while a retry is scheduled or running or a throttling cooldown holds.
 * It stays focusable (`aria-disabled`) so focus is not thrown to the page when it locks.
 */
export const RetryButton = forwardRef<HTMLButtonElement, RetryButtonProps>(function RetryButton(
  { onRetry, status, className, onClick, ...rest },
  ref,
) {
  const strings = useSlbStrings();
  const cooldownEnd = useSlbCooldown();
  // A cooldown that already ended needs no ticking clock (the server snapshot is 0, so hydration agrees).
  const cooldownUntil = cooldownEnd > Date.now() ? cooldownEnd : 0;
  const running = status?.state === 'running';
  const scheduled = status?.state === 'waiting';
  // After a failure, a server hint (Retry-After) still says when retrying makes sense.
  const hint = status?.state === 'failed' && (status.nextRetryAt ?? 0) > Date.now() ? (status.nextRetryAt ?? 0) : 0;
  const until = Math.max(scheduled ? (status.nextRetryAt ?? 0) : 0, hint, cooldownUntil);
  const now = useNow(!running && until > 0);
  const msLeft = now === null ? null : until - now;
  const counting = msLeft !== null && msLeft > 0;
  const locked = running || scheduled || counting || (until > 0 && now === null);

  let label = strings.retry;
  if (running) label = strings.retrying;
  else if (counting) label = formatString(strings.retryIn, { seconds: Math.ceil(msLeft / 1000) });
  else if (scheduled && now !== null) label = strings.retrying;

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    // Inside a toast this also keeps Radix from closing it: the toast shows the retry's progress.
    event.preventDefault();
    if (!locked) onRetry();
    onClick?.(event);
  };
  return (
    <button
      ref={ref}
      {...rest}
      type="button"
      className={clsx('slb-button', 'slb-button--primary', className)}
      aria-disabled={locked || undefined}
      data-slb-retry-state={running ? 'running' : locked ? 'waiting' : 'ready'}
      onClick={handleClick}
    >
      {label}
    </button>
  );
});
