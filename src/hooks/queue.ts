// The error queue the components render: bounded, and collapsing repeats of one
// fingerprint into a single entry with a count. No React inside; components subscribe with
// useSyncExternalStore.
import type { SlbErrorReport } from '../core/types.js';

/** Live retry state of the hook that owns an entry, for the Retry button's countdown. */
export interface SlbRetryStatus {
  readonly state: 'running' | 'waiting' | 'failed';
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Epoch ms of the next automatic retry, while waiting. */
  readonly nextRetryAt: number | null;
}

/** What the user can do from the entry, wired by whoever sent it. */
export interface SlbErrorActions {
  /** Runs the failed operation again. Absent when there is nothing to run again. */
  readonly retry?: (() => void) | undefined;
  /** Called after the entry is dismissed. */
  readonly onDismiss?: (() => void) | undefined;
}

export interface SlbErrorEntry {
  readonly id: string;
  readonly report: SlbErrorReport;
  /** How many times this error arrived; a repeat bumps it instead of adding an entry. */
  readonly count: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly retry: SlbRetryStatus | null;
  readonly actions: SlbErrorActions;
}

export interface SlbErrorQueueOptions {
  /** Most entries kept; the oldest go first. @defaultValue 50 */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

type Listener = () => void;

export class SlbErrorQueue {
  private entries: readonly SlbErrorEntry[] = [];
  private readonly listeners = new Set<Listener>();
  private sequence = 0;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: SlbErrorQueueOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 50);
    this.now = options.now ?? Date.now;
  }

  /** The entries, oldest first. The array changes identity only when something changed. */
  readonly getSnapshot = (): readonly SlbErrorEntry[] => this.entries;

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Adds a report, or bumps the count of the entry with the same fingerprint (its report,
   * actions and time are refreshed). Returns the entry's id.
   */
  push(report: SlbErrorReport, actions: SlbErrorActions = {}, retry: SlbRetryStatus | null = null): string {
    const now = this.now();
    const index = this.entries.findIndex((entry) => entry.report.fingerprint === report.fingerprint);
    const existing = this.entries[index];
    if (existing) {
      const updated = { ...existing, report, actions, retry, count: existing.count + 1, updatedAt: now };
      this.entries = [...this.entries.slice(0, index), ...this.entries.slice(index + 1), updated];
      this.emit();
      return existing.id;
    }
    const entry: SlbErrorEntry = {
      id: `slb-error-${++this.sequence}`,
      report,
      count: 1,
      createdAt: now,
      updatedAt: now,
      retry,
      actions,
    };
    const next = [...this.entries, entry];
    this.entries = next.length > this.maxEntries ? next.slice(next.length - this.maxEntries) : next;
    this.emit();
    return entry.id;
  }

  /** Changes an entry in place (the owner's retry state, a newer report of the same run). */
  update(id: string, patch: Partial<Pick<SlbErrorEntry, 'report' | 'retry' | 'actions'>>): void {
    const index = this.entries.findIndex((entry) => entry.id === id);
    const existing = this.entries[index];
    if (!existing) return;
    const updated = { ...existing, ...patch, updatedAt: this.now() };
    this.entries = [...this.entries.slice(0, index), updated, ...this.entries.slice(index + 1)];
    this.emit();
  }

  get(id: string): SlbErrorEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  /** Removes an entry without telling its owner (the owner's own success or reset). */
  remove(id: string): void {
    const next = this.entries.filter((entry) => entry.id !== id);
    if (next.length === this.entries.length) return;
    this.entries = next;
    this.emit();
  }

  /** The user dismissed the entry: remove it and tell its owner. */
  dismiss(id: string): void {
    const entry = this.get(id);
    if (!entry) return;
    this.remove(id);
    entry.actions.onDismiss?.();
  }

  clear(): void {
    if (this.entries.length === 0) return;
    this.entries = [];
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
