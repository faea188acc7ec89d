'use client';
import { useSyncExternalStore } from 'react';
import { NO_INLINE_HOMES, type SlbFieldRegistry, type SlbInlineHomes } from '../../engine/fields.js';
import { useSlbErrorContext } from '../../hooks/context.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';

/**
 * The field registry of the nearest SlbErrorProvider's client (or of the default context): the
 * outlet and the fields find each other wherever they sit under it.
 */
export function useSlbFieldRegistry(): SlbFieldRegistry {
  return useSlbErrorContext().client.fields;
}

/** The fields that have a mounted InlineError, with whose errors each shows; empty on the server. */
export function useRegisteredFields(): SlbInlineHomes {
  const registry = useSlbFieldRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot, () => NO_INLINE_HOMES);
}

/** Registers `name` for `owner` while the calling component is mounted (before paint, so no toast flashes first). */
export function useRegisterField(name: string | null | undefined, owner?: string): void {
  const registry = useSlbFieldRegistry();
  useIsomorphicLayoutEffect(() => (name ? registry.register(name, owner) : undefined), [registry, name, owner]);
}
