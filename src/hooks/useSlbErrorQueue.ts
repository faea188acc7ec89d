'use client';
import { useCallback, useSyncExternalStore } from 'react';
import { useSlbErrorContext } from './context.js';
import type { SlbErrorEntry } from '../engine/queue.js';

/** The provider's error queue, oldest first; re-renders when it changes. */
export function useSlbErrorQueue(): readonly SlbErrorEntry[] {
  const { queue } = useSlbErrorContext();
  return useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
}

/**
 * Epoch ms the shared throttling cooldown ends at (0 when there never was one); compare it with
 * the current time. The value changes only when a cooldown starts, so renders stay consistent.
 */
export function useSlbCooldown(): number {
  const { coordinator } = useSlbErrorContext();
  const subscribe = useCallback((listener: () => void) => coordinator.subscribe(listener), [coordinator]);
  return useSyncExternalStore(
    subscribe,
    () => coordinator.cooldownEnd,
    () => 0,
  );
}
