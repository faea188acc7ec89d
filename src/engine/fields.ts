// Which form fields have a mounted InlineError, and whose errors each shows, so placement sends
// an inline error there only when that InlineError will render it (else it becomes a toast).
import { createStore } from './store.js';

/** Field name → who shows errors there: hook ids, or `*` for an InlineError given its report directly. */
export type SlbInlineHomes = ReadonlyMap<string, ReadonlySet<string>>;

/** The owner of an InlineError that renders whatever report the app hands it. */
export const ANY_OWNER = '*';

export const NO_INLINE_HOMES: SlbInlineHomes = new Map();

/** Registrations are counted, because two InlineErrors may share a name and an owner. */
export class SlbFieldRegistry {
  private readonly counts = new Map<string, number>();
  private readonly store = createStore(NO_INLINE_HOMES);

  readonly getSnapshot = this.store.get;

  readonly subscribe = this.store.subscribe;

  /** Registers a field name for an owner; returns the function that unregisters it. */
  register(name: string, owner: string = ANY_OWNER): () => void {
    const key = `${owner}\n${name}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.publish();
    let registered = true;
    return () => {
      if (!registered) return;
      registered = false;
      const left = (this.counts.get(key) ?? 1) - 1;
      if (left > 0) this.counts.set(key, left);
      else this.counts.delete(key);
      this.publish();
    };
  }

  private publish(): void {
    const homes = new Map<string, Set<string>>();
    for (const key of this.counts.keys()) {
      const [owner = ANY_OWNER, name = ''] = key.split('\n');
      const owners = homes.get(name) ?? new Set<string>();
      owners.add(owner);
      homes.set(name, owners);
    }
    this.store.set(homes);
  }
}
