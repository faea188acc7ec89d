'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SlbErrorEntry, SlbErrorQueue } from '../../engine/queue.js';
import type { SlbPoliteness } from './announce.js';

/** How long "Succeeded on retry" shows before the toast leaves. */
export const CONFIRM_SUCCESS_MS = 1600;

/** A toast whose entry left the queue, still on screen until it has confirmed or animated out. */
export interface SlbLeavingToast {
  readonly entry: SlbErrorEntry;
  /** Its operation worked on a retry: the toast says so before it goes. */
  readonly succeeded: boolean;
  /** Closing: the exit transition runs, then the toast is gone. */
  readonly closing: boolean;
}

interface Tracked {
  readonly entries: readonly SlbErrorEntry[];
  readonly leaving: readonly SlbLeavingToast[];
}

/**
 * Entries that left the queue without the user closing their toast (an operation succeeded, an
 * owner went away) leave with an exit transition instead of vanishing in one frame; one that
 * succeeded on a retry first says so. Worked out while rendering, so the toast's element stays
 * the same from the last frame with its entry to the first frame without.
 */
export function useLeavingEntries(
  entries: readonly SlbErrorEntry[],
  queue: SlbErrorQueue,
  say: (text: string, politeness: SlbPoliteness) => void,
  successText: string,
) {
  // Toasts this viewport closed itself (dismissed, expired): already off screen.
  const [closedHere] = useState(() => new Set<string>());
  const [tracked, setTracked] = useState<Tracked>({ entries, leaving: [] });
  if (tracked.entries !== entries) {
    const current = new Set(entries.map((entry) => entry.id));
    const gone = tracked.entries.filter((entry) => !current.has(entry.id) && !closedHere.has(entry.id));
    const added = gone.map((entry) => {
      const succeeded = queue.outcomeOf(entry.id) === 'succeeded';
      return { entry, succeeded, closing: !succeeded };
    });
    setTracked({ entries, leaving: added.length > 0 ? [...tracked.leaving, ...added] : tracked.leaving });
  }
  const { leaving } = tracked;

  // A success is said once and shown for a moment, then the toast closes.
  const confirmed = useRef(new Set<string>());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    for (const { entry, succeeded } of leaving) {
      if (!succeeded || confirmed.current.has(entry.id)) continue;
      confirmed.current.add(entry.id);
      say(`${successText}: ${entry.report.title}`, 'polite');
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        setTracked((state) => ({
          ...state,
          leaving: state.leaving.map((item) => (item.entry.id === entry.id ? { ...item, closing: true } : item)),
        }));
      }, CONFIRM_SUCCESS_MS);
      timers.current.add(timer);
    }
  }, [leaving, say, successText]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  const settle = useCallback((id: string) => {
    confirmed.current.delete(id);
    setTracked((state) => ({ ...state, leaving: state.leaving.filter((item) => item.entry.id !== id) }));
  }, []);
  return { leaving, closedHere, settle };
}
