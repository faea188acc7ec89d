// What a runner's transitions mean outside it: its errors on the queue (one entry per run,
// updated while it retries, left when the run succeeds, is dismissed or unmounts) and its
// final reports in telemetry. The runner knows nothing of queues, owners or telemetry.
import type { SlbErrorReport } from '../core/types.js';
import type { SlbEntryOutcome, SlbErrorActions, SlbErrorQueue, SlbRetryProgress } from './queue.js';
import type { SlbOperationRunner, SlbRunnerState } from './runner.js';

export interface SlbRunnerLinkTarget {
  /** Where the runner's errors are shown; `null` keeps them local to it. */
  readonly queue: SlbErrorQueue | null;
  /** Who the runner is on the queue (the hook's id); entries it sends carry it. */
  readonly owner: string;
  /** Telemetry: every final report (a run that stopped retrying, a captured error). */
  readonly onReport?: ((report: SlbErrorReport) => void) | undefined;
}

export interface SlbRunnerLink {
  /** Points the link somewhere else (the provider's client or the hook's `surface` changed); the run's entry leaves the old queue. */
  retarget(target: SlbRunnerLinkTarget): void;
  /** Stops listening to the runner. */
  unlink(): void;
}

function progressOf(state: SlbRunnerState, phase: SlbRetryProgress['state']): SlbRetryProgress {
  return { state: phase, attempt: state.attempt, maxAttempts: state.maxAttempts, nextRetryAt: state.nextRetryAt };
}

/** The app's telemetry must not break the UI: a throwing `onReport` is logged, not rethrown. */
export function tellTelemetry(
  target: { readonly onReport?: ((report: SlbErrorReport) => void) | undefined },
  report: SlbErrorReport,
): void {
  try {
    target.onReport?.(report);
  } catch (error) {
    console.error('slb-error-kit: onReport threw', error);
  }
}

/** Publishes `runner`'s errors to `target.queue` and its final reports to `target.onReport`. */
export function linkRunner(runner: SlbOperationRunner, initial: SlbRunnerLinkTarget): SlbRunnerLink {
  let target = initial;
  let entryId: string | null = null;
  // The queue the entry is on (the target's queue may change while the entry stays).
  let entryQueue: SlbErrorQueue | null = null;

  const actions = (queue: SlbErrorQueue): SlbErrorActions => ({
    retry: runner.hasOperation
      ? () => {
          void runner.retry();
        }
      : undefined,
    cancel: () => runner.cancel(),
    onDismiss: () => {
      // The queue already removed the entry. One left behind on an earlier queue is not this run's.
      if (entryQueue !== queue) return;
      entryId = null;
      entryQueue = null;
      runner.dismiss();
    },
  });

  /** A run's first failure adds (or bumps) an entry; later attempts of the run update it. */
  const publish = (report: SlbErrorReport, progress: SlbRetryProgress | null, isNew: boolean): void => {
    const { queue } = target;
    if (!queue) return;
    const current = entryId !== null && entryQueue === queue ? queue.get(entryId) : undefined;
    if (current && !isNew) {
      queue.update(current.id, { report, retryProgress: progress });
      return;
    }
    // A new failure replaces this runner's previous entry, or bumps the count of an equal one.
    if (current && current.report.fingerprint !== report.fingerprint) queue.release(current.id, target.owner);
    entryId = queue.push(report, actions(queue), progress, target.owner);
    entryQueue = queue;
  };

  /** Leaves the entry; it goes unless another owner stands behind it, or `keep`. */
  const leave = (keep = false, outcome?: SlbEntryOutcome): void => {
    if (entryId !== null && entryQueue) entryQueue.release(entryId, target.owner, { keep, outcome });
    entryId = null;
    entryQueue = null;
  };

  const unlink = runner.onTransition((transition, state) => {
    switch (transition.type) {
      case 'attempt':
        if (entryId !== null && state.report) publish(state.report, progressOf(state, 'running'), false);
        return;
      case 'wait':
        publish(transition.report, progressOf(state, 'waiting'), transition.attempt === 1);
        return;
      case 'fail':
        publish(transition.report, progressOf(state, 'failed'), transition.attempt === 1);
        tellTelemetry(target, transition.report);
        return;
      case 'capture':
        publish(transition.report, null, true);
        tellTelemetry(target, transition.report);
        return;
      case 'succeed':
        // An error that was shown and now worked leaves as a success: a toast confirms it briefly.
        leave(false, 'succeeded');
        return;
      case 'dismiss':
        leave();
        return;
      case 'dispose':
        // Nothing is left to retry: a retry error goes; any other stays for the user to read.
        leave(state.report !== null && !state.report.retryable);
        return;
      case 'cancel':
        // Automatic retrying stopped: the entry offers Retry instead of "Retrying…".
        if (entryId !== null && state.report && state.stopReason === 'cancelled')
          publish(state.report, progressOf(state, 'failed'), false);
        return;
      default:
        transition satisfies never;
    }
  });

  return {
    retarget(next) {
      // A run's entry stays on the queue it was sent to only while that is still the target.
      if (next.queue !== target.queue) leave();
      target = next;
    },
    unlink,
  };
}
