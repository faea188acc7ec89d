// The error queue the components render: bounded, and collapsing repeats of one
// fingerprint into a single entry with a count. No React inside; components subscribe with
// useSyncExternalStore.
import type { SlbErrorReport } from '../core/types.js';
import { createStore } from './store.js';

/** How far the owning hook's automatic retrying has got, for the Retry button's countdown. */
export interface SlbRetryProgress {
  readonly state: 'running' | 'waiting' | 'failed';
  readonly attempt: number;
  readonly maxAttempts: number;
  /** Epoch ms of the next automatic retry while waiting; after failing, when the server's hint allows a retry. */
  readonly nextRetryAt: number | null;
}

/** What the user can do from the entry, wired by whoever sent it. */
export interface SlbErrorActions {
  /** Runs the failed operation again. Absent when there is nothing to run again. */
  readonly retry?: (() => void) | undefined;
  /** Stops an automatic retry that is scheduled or in flight. */
  readonly cancel?: (() => void) | undefined;
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
  /** The owning hook's retrying; `null` when nothing retries this entry by itself. */
  readonly retryProgress: SlbRetryProgress | null;
  /** Actions of the latest sender (its Retry runs the operation again). */
  readonly actions: SlbErrorActions;
  /** Who sent this error and still stands behind it (hook ids); empty for anonymous senders. */
  readonly owners: readonly string[];
}

export interface SlbErrorQueueOptions {
  /** Most entries kept; the oldest go first. @defaultValue 50 */
  readonly maxEntries?: number;
  readonly now?: () => number;
}

/** How an entry ended when its owner took it away: `succeeded` means its operation worked on a retry. */
export type SlbEntryOutcome = 'succeeded';

const OUTCOMES_KEPT = 50;

export class SlbErrorQueue {
  private readonly store = createStore<readonly SlbErrorEntry[]>([]);
  // Each owner's actions, so a dismiss tells every owner and not only the latest sender.
  private readonly ownerActions = new Map<string, Map<string, SlbErrorActions>>();
  // Outcomes of recently removed entries, for surfaces that confirm a success on the way out.
  private readonly outcomes = new Map<string, SlbEntryOutcome>();
  private sequence = 0;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: SlbErrorQueueOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 50);
    this.now = options.now ?? Date.now;
  }

  /** The entries, oldest first. The array changes identity only when something changed. */
  readonly getSnapshot = this.store.get;

  readonly subscribe = this.store.subscribe;

  private get entries(): readonly SlbErrorEntry[] {
    return this.store.get();
  }

  private set entries(next: readonly SlbErrorEntry[]) {
    this.store.set(next);
  }

  /**
   * Adds a report, or bumps the count of the entry with the same fingerprint (its report,
   * actions and time are refreshed, and `owner` joins its owners). Returns the entry's id.
   */
  push(
    report: SlbErrorReport,
    actions: SlbErrorActions = {},
    retryProgress: SlbRetryProgress | null = null,
    owner?: string,
  ): string {
    const now = this.now();
    const index = this.entries.findIndex((entry) => entry.report.fingerprint === report.fingerprint);
    const existing = this.entries[index];
    if (existing) {
      const owners =
        owner === undefined || existing.owners.includes(owner) ? existing.owners : [...existing.owners, owner];
      const updated = {
        ...existing,
        report,
        actions,
        retryProgress,
        owners,
        count: existing.count + 1,
        updatedAt: now,
      };
      this.rememberOwner(existing.id, owner, actions);
      this.entries = [...this.entries.slice(0, index), ...this.entries.slice(index + 1), updated];
      return existing.id;
    }
    const entry: SlbErrorEntry = {
      id: `slb-error-${++this.sequence}`,
      report,
      count: 1,
      createdAt: now,
      updatedAt: now,
      retryProgress,
      actions,
      owners: owner === undefined ? [] : [owner],
    };
    this.rememberOwner(entry.id, owner, actions);
    const next = [...this.entries, entry];
    const dropped = next.length > this.maxEntries ? next.slice(0, next.length - this.maxEntries) : [];
    for (const old of dropped) this.ownerActions.delete(old.id);
    this.entries = dropped.length > 0 ? next.slice(dropped.length) : next;
    return entry.id;
  }

  /** Changes an entry in place (the owner's retry state, a newer report of the same run). */
  update(id: string, patch: Partial<Pick<SlbErrorEntry, 'report' | 'retryProgress' | 'actions'>>): void {
    const index = this.entries.findIndex((entry) => entry.id === id);
    const existing = this.entries[index];
    if (!existing) return;
    const updated = { ...existing, ...patch, updatedAt: this.now() };
    this.entries = [...this.entries.slice(0, index), updated, ...this.entries.slice(index + 1)];
  }

  get(id: string): SlbErrorEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  /**
   * An owner no longer stands behind the entry (its operation succeeded, or it was reset).
   * The entry goes when its last owner leaves; with `keep`, it stays for the user to read
   * and dismiss, without the owner's Retry. `outcome` tells surfaces how it ended (`outcomeOf`).
   */
  release(
    id: string,
    owner: string,
    options: { readonly keep?: boolean; readonly outcome?: SlbEntryOutcome | undefined } = {},
  ): void {
    const index = this.entries.findIndex((entry) => entry.id === id);
    const entry = this.entries[index];
    if (!entry || !entry.owners.includes(owner)) return;
    this.ownerActions.get(id)?.delete(owner);
    const owners = entry.owners.filter((candidate) => candidate !== owner);
    if (owners.length === 0 && !options.keep) {
      if (options.outcome !== undefined) this.rememberOutcome(id, options.outcome);
      this.remove(id);
      return;
    }
    // The entry keeps the actions of an owner still behind it (the latest), never the leaver's.
    const remaining = [...(this.ownerActions.get(id)?.values() ?? [])];
    const updated =
      owners.length > 0
        ? { ...entry, owners, actions: remaining.at(-1) ?? {} }
        : { ...entry, owners, actions: {}, retryProgress: null };
    this.entries = [...this.entries.slice(0, index), updated, ...this.entries.slice(index + 1)];
  }

  /** Removes an entry without telling its owners. */
  remove(id: string): void {
    const next = this.entries.filter((entry) => entry.id !== id);
    if (next.length === this.entries.length) return;
    this.ownerActions.delete(id);
    this.entries = next;
  }

  /** The user dismissed the entry: remove it and tell every owner. */
  dismiss(id: string): void {
    const entry = this.get(id);
    if (!entry) return;
    const owners = [...(this.ownerActions.get(id)?.values() ?? [])];
    this.remove(id);
    if (owners.length === 0) entry.actions.onDismiss?.();
    for (const actions of owners) actions.onDismiss?.();
  }

  /** How a removed entry ended, when its last owner said so; `undefined` for anything else. */
  outcomeOf(id: string): SlbEntryOutcome | undefined {
    return this.outcomes.get(id);
  }

  private rememberOwner(id: string, owner: string | undefined, actions: SlbErrorActions): void {
    if (owner === undefined) return;
    const owners = this.ownerActions.get(id) ?? new Map<string, SlbErrorActions>();
    owners.set(owner, actions);
    this.ownerActions.set(id, owners);
  }

  private rememberOutcome(id: string, outcome: SlbEntryOutcome): void {
    this.outcomes.set(id, outcome);
    if (this.outcomes.size > OUTCOMES_KEPT) this.outcomes.delete(this.outcomes.keys().next().value ?? id);
  }
}
