'use client';
import { useSyncExternalStore } from 'react';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorQueue } from '../../hooks/queue.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Which form fields have a mounted InlineError, so the outlet knows an inline error has a home
 * (and shows it as a toast when it has none). Counted, because two InlineErrors may share a name.
 */
export class SlbFieldRegistry {
  private readonly counts = new Map<string, number>();
  private names: ReadonlySet<string> = EMPTY;
  private readonly listeners = new Set<() => void>();

  readonly getSnapshot = (): ReadonlySet<string> => this.names;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Registers a field name; returns the function that unregisters it. */
  register(name: string): () => void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    this.publish();
    let registered = true;
    return () => {
      if (!registered) return;
      registered = false;
      const left = (this.counts.get(name) ?? 1) - 1;
      if (left > 0) this.counts.set(name, left);
      else this.counts.delete(name);
      this.publish();
    };
  }

  private publish(): void {
    const names = new Set(this.counts.keys());
    if (names.size === this.names.size && [...names].every((name) => this.names.has(name))) return;
    this.names = names;
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

/** The names of the fields that have a mounted InlineError; empty on the server. */
export function useRegisteredFields(): ReadonlySet<string> {
  const registry = useSlbFieldRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot, () => EMPTY);
}

/** Registers `name` while the calling component is mounted (before paint, so no toast flashes first). */
export function useRegisterField(name: string | null | undefined): void {
  const registry = useSlbFieldRegistry();
  useIsomorphicLayoutEffect(() => (name ? registry.register(name) : undefined), [registry, name]);
}
