'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SlbErrorEntry } from '../../engine/queue.js';
import { SEVERITY_LABEL } from '../shared/tables.js';
import { formatString, useSlbStrings } from '../strings.js';

/** How long an announcement stays in its live region before the region is emptied. */
const CLEAR_AFTER_MS = 3000;

export type SlbPoliteness = 'polite' | 'assertive';

interface Announcement {
  readonly polite: string;
  readonly assertive: string;
}

const SILENCE: Announcement = { polite: '', assertive: '' };

/** Two live regions' text, and a way to say something in one of them. */
export function useLiveAnnouncer(): readonly [Announcement, (text: string, politeness: SlbPoliteness) => void] {
  const [announcement, setAnnouncement] = useState<Announcement>(SILENCE);
  const say = useCallback((text: string, politeness: SlbPoliteness) => {
    // The same words again would not be read: a trailing no-break space makes them new.
    setAnnouncement((previous) => {
      const next = previous[politeness] === text ? `${text}\u00a0` : text;
      return politeness === 'assertive' ? { polite: '', assertive: next } : { polite: next, assertive: '' };
    });
  }, []);
  useEffect(() => {
    if (announcement === SILENCE) return;
    const timer = setTimeout(() => setAnnouncement(SILENCE), CLEAR_AFTER_MS);
    return () => clearTimeout(timer);
  }, [announcement]);
  return [announcement, say] as const;
}

/**
 * Says each new error once, in the region its severity asks for: errors assertively, the rest
 * politely. A repeat of an error already shown (the same entry, its count bumped) says nothing;
 * errors that arrive together are one announcement, the newest in full and the others counted,
 * since only the newest is on top of the stack.
 */
export function useAnnounceNewEntries(
  entries: readonly SlbErrorEntry[],
  say: (text: string, politeness: SlbPoliteness) => void,
): void {
  const strings = useSlbStrings();
  const seen = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const before = seen.current;
    seen.current = new Set(entries.map((entry) => entry.id));
    const fresh = entries.filter((entry) => !before.has(entry.id));
    const newest = fresh[fresh.length - 1];
    if (newest === undefined) return;
    const { report } = newest;
    const parts = [
      `${strings[SEVERITY_LABEL[report.severity]]}${strings.labelSeparator}${report.title}`,
      report.description,
    ];
    if (fresh.length > 1) parts.push(formatString(strings.moreNotifications, { count: fresh.length - 1 }));
    say(parts.join(' '), fresh.some((entry) => entry.report.severity === 'error') ? 'assertive' : 'polite');
  }, [entries, strings, say]);
}

/** The two live regions, present before anything is said in them. */
export function LiveRegions({ announcement }: { readonly announcement: Announcement }) {
  return (
    <>
      <div className="slb-visually-hidden" aria-live="polite" aria-atomic="true" data-slb-live="polite">
        {announcement.polite}
      </div>
      <div className="slb-visually-hidden" aria-live="assertive" aria-atomic="true" data-slb-live="assertive">
        {announcement.assertive}
      </div>
    </>
  );
}
