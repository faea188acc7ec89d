'use client';
import type { SlbRetryProgress } from '../../engine/queue.js';
import { useNow } from '../shared/clock.js';
import { formatString, useSlbStrings } from '../strings.js';

export interface RetryProgressProps {
  /** A retry the kit has scheduled (`waiting`) or is making (`running`). */
  readonly status: SlbRetryProgress;
  /** Stops retrying; the error stays with a Retry button. */
  readonly onCancel?: (() => void) | undefined;
}

/**
 * What the kit is doing by itself: "Retrying automatically in 28 s", then "Retrying…", in
 * full-contrast text, with Cancel. Not a live region: a ticking count would be read every second.
 */
export function RetryProgress({ status, onCancel }: RetryProgressProps) {
  const strings = useSlbStrings();
  const waiting = status.state === 'waiting' && status.nextRetryAt !== null;
  const now = useNow(waiting);
  const msLeft = waiting && now !== null ? (status.nextRetryAt ?? 0) - now : 0;
  // When the time is up the owner is about to call again: say so rather than "in 0 s".
  const text = msLeft > 0 ? formatString(strings.retryingIn, { seconds: Math.ceil(msLeft / 1000) }) : strings.retrying;
  return (
    <>
      <span className="slb-retry-progress" data-slb-retry-state={status.state}>
        <bdi>{text}</bdi>
      </span>
      {onCancel && (
        <button type="button" className="slb-button slb-button--quiet" onClick={onCancel}>
          {strings.cancel}
        </button>
      )}
    </>
  );
}
