// The one way engine objects publish state: a value, replaced whole, and the listeners that
// hear each replacement. Shaped for React's useSyncExternalStore (stable `get` and `subscribe`).

export interface SlbStore<T> {
  /** The current value; its identity changes only when `set` replaces it. */
  readonly get: () => T;
  /** Calls `listener` after each replacement; returns the function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
  /** Replaces the value and tells the listeners; an identical value is ignored. */
  readonly set: (next: T) => void;
}

export function createStore<T>(initial: T): SlbStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
