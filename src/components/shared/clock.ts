'use client';
import { useSyncExternalStore } from 'react';

// One shared ticking clock for every countdown on the page. The time lives in a store that
// the server and the hydrating client both read as `null`, so no render output depends on
// Date.now() until the component is mounted.
let now: number | null = null;
let timer: ReturnType<typeof setInterval> | null = null;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(tick, 250);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
      now = null;
    }
  };
}

const read = (): number | null => (timer === null ? null : now);
const readNothing = (): null => null;
const subscribeNothing = (): (() => void) => () => {};

/** Epoch ms, updated four times a second while `active`; `null` on the server, while hydrating and when inactive. */
export function useNow(active: boolean): number | null {
  return useSyncExternalStore(active ? subscribe : subscribeNothing, active ? read : readNothing, readNothing);
}
