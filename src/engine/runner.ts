// The state machine behind useSlbError: runs an operation, classifies its failure and retries
// by the one retry decision (policy.ts). Its state changes are named transitions; what they
// mean for the error queue and telemetry is link.ts's business. Plain TypeScript.
import type { SlbProductKey } from '../catalog/types.js';
import type { SlbErrorReport } from '../core/types.js';
import type { SlbRetryCoordinator } from './coordinator.js';
import { type SlbRetryPolicy, type SlbStopReason, attemptsOf, decideRetry } from './policy.js';
import { createStore } from './store.js';

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
  /**
   * The API action the operation calls (`CreateLoadBalancer`): the rows its error table documents
   * decide its errors first. @defaultValue the hook's `action`
   */
  readonly action?: string | undefined;
  /** The product the operation calls, when its errors do not say. @defaultValue the hook's `product` */
  readonly product?: SlbProductKey | undefined;
}

/** How one `run` ended, in the runner's own status words. */
export type SlbRunResult<T> =
  | { readonly status: 'succeeded'; readonly value: T }
  /** A `DryRun=true` call whose checks passed (the API answers `DryRunOperation`): nothing was changed, nothing failed. */
  | { readonly status: 'checked'; readonly report: SlbErrorReport }
  | { readonly status: 'failed'; readonly report: SlbErrorReport }
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
  /** Classifies an attempt's failure; `run` holds the run's options (its action and product). */
  readonly classify: (caught: unknown, run?: SlbRunOptions) => SlbErrorReport;
  readonly policy: SlbRetryPolicy;
  readonly coordinator: SlbRetryCoordinator;
  readonly write: boolean;
  /** Writes pass the ClientToken, so repeating one after an unknown outcome is safe. @defaultValue false */
  readonly idempotent?: boolean | undefined;
  readonly now?: () => number;
  readonly createToken?: () => string;
}

/**
 * Every way the runner's state changes, by name. `reduceRunner` gives the state each one
 * leads to; subscribers of `onTransition` (the queue link, telemetry) act on the names.
 */
export type SlbRunnerTransition =
  | { readonly type: 'attempt'; readonly attempt: number; readonly maxAttempts: number }
  | { readonly type: 'succeed'; readonly attempt: number; readonly maxAttempts: number }
  | {
      readonly type: 'wait';
      readonly report: SlbErrorReport;
      readonly attempt: number;
      readonly maxAttempts: number;
      readonly nextRetryAt: number;
    }
  | {
      readonly type: 'fail';
      readonly report: SlbErrorReport;
      readonly attempt: number;
      readonly maxAttempts: number;
      readonly nextRetryAt: number | null;
      readonly stopReason: SlbStopReason;
    }
  | { readonly type: 'capture'; readonly report: SlbErrorReport }
  /** The attempt in flight or the scheduled retry stopped (cancel, an abort); the error stays. */
  | { readonly type: 'cancel' }
  | { readonly type: 'dismiss' }
  /** The component unmounted: cancelled like `cancel`, and the queue link lets go of its entry. */
  | { readonly type: 'dispose' };

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

/** The state a transition leads to. Pure. */
export function reduceRunner(state: SlbRunnerState, transition: SlbRunnerTransition): SlbRunnerState {
  switch (transition.type) {
    case 'attempt':
      return {
        ...state,
        status: 'running',
        attempt: transition.attempt,
        maxAttempts: transition.maxAttempts,
        nextRetryAt: null,
        stopReason: null,
      };
    case 'succeed':
      return { ...IDLE, status: 'succeeded', attempt: transition.attempt, maxAttempts: transition.maxAttempts };
    case 'wait': {
      const { report, attempt, maxAttempts, nextRetryAt } = transition;
      return { status: 'waiting', report, attempt, maxAttempts, nextRetryAt, stopReason: null };
    }
    case 'fail': {
      const { report, attempt, maxAttempts, nextRetryAt, stopReason } = transition;
      return { status: 'failed', report, attempt, maxAttempts, nextRetryAt, stopReason };
    }
    case 'capture':
      return {
        status: 'failed',
        report: transition.report,
        attempt: 1,
        maxAttempts: 1,
        nextRetryAt: null,
        stopReason: 'not-retryable',
      };
    case 'cancel':
    case 'dispose':
      if (state.status !== 'running' && state.status !== 'waiting') return state;
      return { ...state, status: state.report ? 'failed' : 'idle', nextRetryAt: null, stopReason: 'cancelled' };
    case 'dismiss':
      return IDLE;
    default:
      return transition satisfies never;
  }
}

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

/** A ClientToken: a UUID where the platform has one (36 ASCII characters, within SLB's 64). */
export function createClientToken(): string {
  const crypto = globalThis.crypto;
  if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  fallbackTokenSequence += 1;
  return `slb-${Date.now().toString(36)}-${fallbackTokenSequence.toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

type TransitionListener = (transition: SlbRunnerTransition, state: SlbRunnerState) => void;

export class SlbOperationRunner {
  private readonly store = createStore<SlbRunnerState>(IDLE);
  private readonly transitionListeners = new Set<TransitionListener>();
  private config: SlbRunnerConfig;
  private generation = 0;
  private controller: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private wake: (() => void) | null = null;
  private lastRun: LastRun | null = null;
  private disposed = false;

  constructor(config: SlbRunnerConfig) {
    this.config = config;
  }

  /** Settings may change between renders (provider props); the next attempt uses them. */
  configure(config: SlbRunnerConfig): void {
    this.config = config;
  }

  readonly getSnapshot = this.store.get;

  readonly subscribe = this.store.subscribe;

  /** Hears every transition with the state it leads to, before the state's own subscribers do. */
  onTransition(listener: TransitionListener): () => void {
    this.transitionListeners.add(listener);
    return () => {
      this.transitionListeners.delete(listener);
    };
  }

  /** Whether `retry()` has an operation to run again (a `capture` has none). */
  get hasOperation(): boolean {
    return this.lastRun !== null;
  }

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
    if (report.origin !== 'aborted') this.dispatch({ type: 'capture', report });
    return report;
  }

  /** Clears the error and stops any scheduled retry. */
  dismiss(): void {
    this.stopCurrent();
    this.dispatch({ type: 'dismiss' });
  }

  /** Cancels the run in flight and any scheduled retry; the error, if any, stays. */
  cancel(): void {
    this.stopCurrent();
    this.dispatch({ type: 'cancel' });
  }

  /** The component unmounted: abort, and schedule nothing more. */
  dispose(): void {
    this.stopCurrent();
    this.dispatch({ type: 'dispose' });
    this.disposed = true;
  }

  private async execute<T>(
    operation: SlbOperation<T>,
    options: SlbRunOptions,
    clientToken: string,
  ): Promise<SlbRunResult<T>> {
    const generation = this.generation;
    const { policy, coordinator } = this.config;
    const maxAttempts = attemptsOf(policy);
    const stopped = () => this.disposed || generation !== this.generation;
    for (let attempt = 1; ; attempt++) {
      if (stopped()) return { status: 'cancelled' };
      const controller = new AbortController();
      this.controller = controller;
      this.dispatch({ type: 'attempt', attempt, maxAttempts });
      const context: SlbOperationContext = { signal: controller.signal, clientToken, attempt };
      try {
        const value = await untilAborted(operation(context), controller.signal);
        if (stopped()) return { status: 'cancelled' };
        coordinator.recordSuccess();
        this.dispatch({ type: 'succeed', attempt, maxAttempts });
        return { status: 'succeeded', value };
      } catch (caught) {
        if (stopped()) return { status: 'cancelled' };
        const report = this.config.classify(caught, options);
        if (report.origin === 'aborted') {
          this.dispatch({ type: 'cancel' });
          return { status: 'cancelled' };
        }
        // A dry run that passed its checks answers with an error code; it is no failure.
        if (report.family === 'dry-run') {
          coordinator.recordSuccess();
          this.dispatch({ type: 'succeed', attempt, maxAttempts });
          return { status: 'checked', report };
        }
        const write = options.write ?? this.config.write;
        const idempotent = options.idempotent ?? this.config.idempotent ?? false;
        coordinator.recordFailure(report);
        const decision = decideRetry({ report, attempt, policy, coordinator, unsafeWrite: write && !idempotent });
        // The Retry button stays disabled while a throttle's cooldown holds.
        if (decision.holdMs > 0) coordinator.holdFor(decision.holdMs);
        if (!decision.retry) {
          // A server hint still tells when a retry makes sense: the Retry button counts down to it.
          const nextRetryAt = report.retryAfterMs !== null ? this.now() + report.retryAfterMs : null;
          this.dispatch({ type: 'fail', report, attempt, maxAttempts, nextRetryAt, stopReason: decision.stopReason });
          return { status: 'failed', report };
        }
        const nextRetryAt = this.now() + decision.delayMs;
        this.dispatch({ type: 'wait', report, attempt, maxAttempts, nextRetryAt });
        if (!(await this.sleep(decision.delayMs, generation))) return { status: 'cancelled' };
      }
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

  private dispatch(transition: SlbRunnerTransition): void {
    const state = reduceRunner(this.store.get(), transition);
    // The queue first, then the runner's own subscribers: whoever hears that a run failed finds its
    // entry already there, and whoever hears that it succeeded finds the entry already gone.
    for (const listener of [...this.transitionListeners]) listener(transition, state);
    this.store.set(state);
  }
}
