'use client';
import { useSyncExternalStore } from 'react';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorQueue } from '../../hooks/queue.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

/** Field name → who shows errors there: hook ids, or `*` for an InlineError given its report directly. */
export type SlbInlineHomes = ReadonlyMap<string, ReadonlySet<string>>;

/** The owner of an InlineError that renders whatever report the app hands it. */
export const ANY_OWNER = '*';

const EMPTY: SlbInlineHomes = new Map();

/**
 * Which form fields have a mounted InlineError, and whose errors it shows, so the outlet sends
 * an inline error there only when that InlineError will render it (else it becomes a toast).
 * Counted, because two InlineErrors may share a name and an owner.
 */
export class SlbFieldRegistry {
  private readonly counts = new Map<string, number>();
  private homes: SlbInlineHomes = EMPTY;
  private readonly listeners = new Set<() => void>();

  readonly getSnapshot = (): SlbInlineHomes => this.homes;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

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
    this.homes = homes;
    for (const listener of this.listeners) listener();
  }
}

// One registry per provider, keyed by the provider's queue: `<SlbErrorProvider>` alone is enough,
// and the outlet and the fields find each other wherever they sit under it.
const registries = new WeakMap<SlbErrorQueue, SlbFieldRegistry>();

/** The field registry of the nearest SlbErrorProvider (or of the default context). */
export function useSlbFieldRegistry(): SlbFieldRegistry {
  const { queue } = useSlbErrorContext();
  let registry = registries.get(queue);
  if (!registry) {
    registry = new SlbFieldRegistry();
    registries.set(queue, registry);
  }
  return registry;
}

/** The fields that have a mounted InlineError, with whose errors each shows; empty on the server. */
export function useRegisteredFields(): SlbInlineHomes {
  const registry = useSlbFieldRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot, () => EMPTY);
}

/** Registers `name` for `owner` while the calling component is mounted (before paint, so no toast flashes first). */
export function useRegisterField(name: string | null | undefined, owner?: string): void {
  const registry = useSlbFieldRegistry();
  useIsomorphicLayoutEffect(() => (name ? registry.register(name, owner) : undefined), [registry, name, owner]);
}
