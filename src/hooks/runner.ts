// The state machine behind useSlbError: runs an operation, classifies its failure, retries
// by the policy, and publishes to the queue. Plain TypeScript; the hook subscribes to it.
import type { SlbErrorReport } from '../core/types.js';
import type { SlbRetryCoordinator } from './coordinator.js';
import { type SlbRetryPolicy, type SlbStopReason, decideRetry } from './policy.js';
import type { SlbEntryOutcome, SlbErrorQueue, SlbRetryStatus } from './queue.js';

/** What an operation receives on each attempt. */
export interface SlbOperationContext {
  /** Aborted when the run is cancelled, replaced, dismissed or the component unmounts. */
  readonly signal: AbortSignal;
  /** One token per run, the same on every retry of that run: pass it as SLB's `ClientToken`. */
  readonly clientToken: string;
  /** 1 for the first call. */
  readonly attempt: number;
}

export type SlbOperation<T> = (context: SlbOperationContext) => Promise<T>;

export interface SlbRunOptions {
  /** The operation changes something (create, delete, set). @defaultValue the hook's `write` */
  readonly write?: boolean | undefined;
  /** The write is safe to repeat: it passes `clientToken` as SLB's `ClientToken`. @defaultValue the hook's `idempotent` */
  readonly idempotent?: boolean | undefined;
}

export type SlbRunResult<T> =
  | { readonly status: 'success'; readonly value: T }
  | { readonly status: 'error'; readonly report: SlbErrorReport }
  | { readonly status: 'cancelled' };

export type SlbRunStatus = 'idle' | 'running' | 'waiting' | 'failed' | 'succeeded';

export interface SlbRunnerState {
  readonly status: SlbRunStatus;
  /** The current error: set while waiting to retry and after failing; cleared by a success. */
  readonly report: SlbErrorReport | null;
  /** Attempt of the current run, 1 for the first call; 0 before any. */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Epoch ms of the next automatic retry while waiting; after failing, when the server's hint allows a retry. */
  readonly nextRetryAt: number | null;
  readonly stopReason: SlbStopReason | null;
}

export interface SlbRunnerConfig {
  readonly classify: (caught: unknown) => SlbErrorReport;
  readonly policy: SlbRetryPolicy;
  readonly coordinator: SlbRetryCoordinator;
  /** Where reports are shown; `null` keeps them local to the hook. */
  readonly queue: SlbErrorQueue | null;
  readonly write: boolean;
  /** Writes pass the ClientToken, so repeating one after an unknown outcome is safe. @defaultValue false */
  readonly idempotent?: boolean | undefined;
  /** Who this runner is in the queue (the hook's id); entries it sends carry it. */
  readonly owner?: string | undefined;
  readonly onReport?: ((report: SlbErrorReport) => void) | undefined;
  readonly now?: () => number;
  readonly createToken?: () => string;
}

interface LastRun {
  readonly operation: SlbOperation<unknown>;
  readonly options: SlbRunOptions;
  readonly clientToken: string;
}

const IDLE: SlbRunnerState = {
  status: 'idle',
  report: null,
  attempt: 0,
  maxAttempts: 0,
  nextRetryAt: null,
  stopReason: null,
};

const RUN_STOPPED = new Error('slb-error-kit: the run was stopped');

/**
 * The operation's promise, or a rejection as soon as the run is stopped: a cancelled run
 * resolves at once even when the operation ignores its signal.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(RUN_STOPPED);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(RUN_STOPPED);
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

let fallbackTokenSequence = 0;
let runnerSequence = 0;

/** A ClientToken: a UUID where the platform has one (36 ASCII characters, within SLB's 64). */
export function createClientToken(): string {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  fallbackTokenSequence += 1;
  return `slb-${Date.now().toString(36)}-${fallbackTokenSequence.toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export class SlbOperationRunner {
  private state: SlbRunnerState = IDLE;
  private readonly listeners = new Set<() => void>();
  private config: SlbRunnerConfig;
  private generation = 0;
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wake: (() => void) | null = null;
  private lastRun: LastRun | null = null;
  private entryId: string | null = null;
  private disposed = false;
  private readonly owner: string;

  constructor(config: SlbRunnerConfig) {
    this.config = config;
    this.owner = config.owner ?? `slb-runner-${++runnerSequence}`;
  }

  /** Settings may change between renders (provider props); the next attempt uses them. */
  configure(config: SlbRunnerConfig): void {
    this.config = config;
  }

  readonly getSnapshot = (): SlbRunnerState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** After an unmount in StrictMode the component mounts again with the same runner. */
  revive(): void {
    this.disposed = false;
  }

  /** Runs `operation` with retries; resolves with its value, its error report, or a cancellation. Never rejects. */
  run<T>(operation: SlbOperation<T>, options: SlbRunOptions = {}): Promise<SlbRunResult<T>> {
    // A call after an unmount means the component is mounted again (StrictMode, or a parent's
    // effect running before the child's): the runner comes back to life.
    this.disposed = false;
    this.stopCurrent();
    const clientToken = (this.config.createToken ?? createClientToken)();
    this.lastRun = { operation, options, clientToken };
    return this.execute(operation, options, clientToken);
  }

  /** Runs the last operation again with the same ClientToken (the user pressed Retry). */
  retry(): Promise<SlbRunResult<unknown>> {
    const run = this.lastRun;
    if (!run) return Promise.resolve({ status: 'cancelled' });
    this.disposed = false;
    this.stopCurrent();
    return this.execute(run.operation, run.options, run.clientToken);
  }

  /** Records an error from elsewhere (no operation to retry). */
  capture(caught: unknown): SlbErrorReport {
    this.disposed = false;
    this.stopCurrent();
    this.lastRun = null;
    const report = this.config.classify(caught);
    if (report.origin === 'aborted') return report;
    this.setState({
      status: 'failed',
      report,
      attempt: 1,
      maxAttempts: 1,
      nextRetryAt: null,
      stopReason: 'not-retryable',
    });
    this.publish(report, null, true);
    this.tellTelemetry(report);
    return report;
  }

  /** Clears the error, stops any scheduled retry and removes the report from the queue. */
  dismiss(): void {
    this.stopCurrent();
    this.removeEntry();
    this.setState(IDLE);
  }

  /** Cancels the run in flight and any scheduled retry; the error, if any, stays. */
  cancel(): void {
    const waiting = this.state.status === 'waiting' || this.state.status === 'running';
    this.stopCurrent();
    if (waiting)
      this.setState({
        ...this.state,
        status: this.state.report ? 'failed' : 'idle',
        nextRetryAt: null,
        stopReason: 'cancelled',
      });
  }

  /**
   * The component unmounted: abort, schedule nothing more. A retry report goes (nothing is left
   * to retry); any other stays on the queue for the user to read, without this runner's actions.
   */
  dispose(): void {
    const active = this.state.status === 'running' || this.state.status === 'waiting';
    this.stopCurrent();
    this.removeEntry(this.state.report !== null && !this.state.report.retryable);
    if (active)
      this.setState({
        ...this.state,
        status: this.state.report ? 'failed' : 'idle',
        nextRetryAt: null,
        stopReason: 'cancelled',
      });
    this.disposed = true;
  }

  private async execute<T>(
    operation: SlbOperation<T>,
    options: SlbRunOptions,
    clientToken: string,
  ): Promise<SlbRunResult<T>> {
    const generation = this.generation;
    const { policy, coordinator } = this.config;
    const maxAttempts = Number.isFinite(policy.maxAttempts) ? Math.max(1, Math.floor(policy.maxAttempts)) : 1;
    for (let attempt = 1; ; attempt++) {
      if (this.disposed || generation !== this.generation) return { status: 'cancelled' };
      const controller = new AbortController();
      this.controller = controller;
      this.setState({ ...this.state, status: 'running', attempt, maxAttempts, nextRetryAt: null, stopReason: null });
      if (this.entryId && this.state.report) this.publish(this.state.report, this.retryStatus('running'), false);
      const context: SlbOperationContext = { signal: controller.signal, clientToken, attempt };
      try {
        const value = await untilAborted(operation(context), controller.signal);
        if (this.disposed || generation !== this.generation) return { status: 'cancelled' };
        coordinator.recordSuccess();
        // An error that was shown and now worked leaves as a success: a toast confirms it briefly.
        this.removeEntry(false, 'succeeded');
        this.setState({ ...IDLE, status: 'succeeded', attempt, maxAttempts });
        return { status: 'success', value };
      } catch (caught) {
        if (this.disposed || generation !== this.generation) return { status: 'cancelled' };
        const report = this.config.classify(caught);
        if (report.origin === 'aborted') {
          this.setState({ ...this.state, status: this.state.report ? 'failed' : 'idle', stopReason: 'cancelled' });
          return { status: 'cancelled' };
        }
        const write = options.write ?? this.config.write;
        const idempotent = options.idempotent ?? this.config.idempotent ?? false;
        coordinator.recordFailure(report);
        const decision = decideRetry({ report, attempt, policy, coordinator, unsafeWrite: write && !idempotent });
        // The Retry button stays disabled while a throttle's cooldown holds.
        if (decision.holdMs > 0) coordinator.holdFor(decision.holdMs);
        if (!decision.retry) {
          // A server hint still tells when a retry makes sense: the Retry button counts down to it.
          const notBefore = report.retryAfterMs !== null ? this.now() + report.retryAfterMs : null;
          this.setState({
            status: 'failed',
            report,
            attempt,
            maxAttempts,
            nextRetryAt: notBefore,
            stopReason: decision.stopReason,
          });
          this.publish(report, this.retryStatus('failed'), attempt === 1);
          this.tellTelemetry(report);
          return { status: 'error', report };
        }
        const delay = decision.delayMs;
        const nextRetryAt = this.now() + delay;
        this.setState({ status: 'waiting', report, attempt, maxAttempts, nextRetryAt, stopReason: null });
        this.publish(report, this.retryStatus('waiting'), attempt === 1);
        if (!(await this.sleep(delay, generation))) return { status: 'cancelled' };
      }
    }
  }

  private retryStatus(state: SlbRetryStatus['state']): SlbRetryStatus {
    return {
      state,
      attempt: this.state.attempt,
      maxAttempts: this.state.maxAttempts,
      nextRetryAt: this.state.nextRetryAt,
    };
  }

  /** First failure of a run adds (or bumps) a queue entry; later attempts update it. */
  private publish(report: SlbErrorReport, retry: SlbRetryStatus | null, isNew: boolean): void {
    const { queue } = this.config;
    if (!queue || this.disposed) return;
    const current = this.entryId ? queue.get(this.entryId) : undefined;
    if (current && !isNew) {
      queue.update(current.id, { report, retry });
      return;
    }
    // A new failure replaces this hook's previous entry, or bumps the count of an equal one.
    if (current && current.report.fingerprint !== report.fingerprint) queue.release(current.id, this.owner);
    this.entryId = queue.push(report, this.actions(), retry, this.owner);
  }

  private actions() {
    return {
      retry: this.lastRun
        ? () => {
            void this.retry();
          }
        : undefined,
      cancel: () => this.cancel(),
      onDismiss: () => {
        this.entryId = null;
        this.dismiss();
      },
    };
  }

  /** This runner leaves its queue entry; the entry goes unless another owner stands behind it, or `keep`. */
  private removeEntry(keep = false, outcome?: SlbEntryOutcome): void {
    if (this.entryId && this.config.queue) this.config.queue.release(this.entryId, this.owner, { keep, outcome });
    this.entryId = null;
  }

  /** The app's telemetry must not break the UI: a throwing `onReport` is logged, not rethrown. */
  private tellTelemetry(report: SlbErrorReport): void {
    try {
      this.config.onReport?.(report);
    } catch (error) {
      console.error('slb-error-kit: onReport threw', error);
    }
  }

  /** Waits `ms` unless the run is stopped first; resolves `false` when stopped. */
  private sleep(ms: number, generation: number): Promise<boolean> {
    return new Promise((resolve) => {
      this.wake = () => resolve(false);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.wake = null;
        resolve(!this.disposed && generation === this.generation);
      }, ms);
    });
  }

  private stopCurrent(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  private now(): number {
    return (this.config.now ?? Date.now)();
  }

  private setState(next: SlbRunnerState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
