'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { useSlbErrorContext } from './context.js';
import type { SlbErrorEntry } from './queue.js';

/** The provider's error queue, oldest first; re-renders when it changes. */
export function useSlbErrorQueue(): readonly SlbErrorEntry[] {
  const { queue } = useSlbErrorContext();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/** Epoch ms until which a throttling cooldown holds (0 when none), shared by every hook. */
export function useSlbCooldown(): number {
  const { coordinator } = useSlbErrorContext();
  const subscribe = useCallback((listener: () => void) => coordinator.subscribe(listener), [coordinator]);
  return useSyncExternalStore(
    subscribe,
    () => coordinator.cooldownUntil,
    () => 0,
  );
}
