'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorEntry } from '../../engine/queue.js';
import { mergeRefs } from '../shared/refs.js';
import { BLOCKING_INTENT, SEVERITY_LABEL, SEVERITY_RANK } from '../shared/tables.js';
import { formatString, useSlbStrings } from '../strings.js';
import { Banner, type BannerProps } from './Banner.js';

export interface BannerStackProps extends ComponentPropsWithoutRef<'div'> {
  /** The queue entries to show as banners: `ErrorOutlet` passes `useSlbPlacement().banner`. */
  readonly entries: readonly SlbErrorEntry[];
  /** Level of each banner's title. @defaultValue 2 */
  readonly headingLevel?: BannerProps['headingLevel'];
  /**
   * Banners shown before the rest fold behind "Show N more"; banners that block the page always show.
   * @defaultValue 2
   */
  readonly max?: number | undefined;
}

/**
 * Banner order: blocking first, then error > warning > info, then oldest first (so banners do
 * not jump). Ties keep the input's order (Array#sort is stable).
 */
export function compareBannerEntries(a: SlbErrorEntry, b: SlbErrorEntry): number {
  const blocking = Number(BLOCKING_INTENT[b.report.intent]) - Number(BLOCKING_INTENT[a.report.intent]);
  if (blocking !== 0) return blocking;
  const severity = SEVERITY_RANK[a.report.severity] - SEVERITY_RANK[b.report.severity];
  if (severity !== 0) return severity;
  return a.createdAt - b.createdAt;
}

/**
 * Several banners in a predictable order, blocking ones first; past `max`, the rest fold behind
 * "Show N more" so a burst of errors does not push the page away. Non-blocking banners are not
 * alerts, so the stack says each new one's title once through a polite status region that
 * exists before they arrive; a repeat only bumps its count.
 */
export const BannerStack = forwardRef<HTMLDivElement, BannerStackProps>(function BannerStack(
  { entries: source, headingLevel, max = 2, className, ...rest },
  ref,
) {
  const { queue } = useSlbErrorContext();
  const strings = useSlbStrings();
  const entries = useMemo(() => [...source].sort(compareBannerEntries), [source]);
  const [showAll, setShowAll] = useState(false);
  const blockingCount = entries.filter((entry) => BLOCKING_INTENT[entry.report.intent]).length;
  const limit = Math.max(Math.max(1, Math.floor(max)), blockingCount);
  const folded = showAll ? 0 : Math.max(0, entries.length - limit);
  if (showAll && entries.length <= limit) setShowAll(false);

  const [announcement, setAnnouncement] = useState('');
  const announced = useRef(new Set<string>());
  useEffect(() => {
    const fresh = entries.filter((entry) => !announced.current.has(entry.id));
    // Remember only the banners still shown, so the set does not grow with every error ever seen.
    announced.current = new Set(entries.map((entry) => entry.id));
    const visible = new Set(entries.slice(0, entries.length - folded).map((entry) => entry.id));
    const said = fresh.filter((entry) => !BLOCKING_INTENT[entry.report.intent] && visible.has(entry.id));
    const unseen = fresh.filter((entry) => !visible.has(entry.id)).length;
    const parts = said.map(
      (entry) => `${strings[SEVERITY_LABEL[entry.report.severity]]}${strings.labelSeparator}${entry.report.title}`,
    );
    if (unseen > 0) parts.push(formatString(strings.moreNotifications, { count: unseen }));
    const text = parts.join('. ');
    // The same words twice would not be read again; a trailing no-break space makes them new.
    if (text !== '') setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));
  }, [entries, folded, strings]);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const rootRefs = useMemo(() => mergeRefs(rootRef, ref), [ref]);
  const sectionRefs = useRef(new Map<string, HTMLElement>());
  const dismiss = (id: string) => {
    const index = entries.findIndex((entry) => entry.id === id);
    const neighbour = entries[index + 1] ?? entries[index - 1];
    const section = sectionRefs.current.get(id);
    const hadFocus = section?.contains(document.activeElement) ?? false;
    queue.dismiss(id);
    // Focus must not fall to the page: hand it to the next banner, as the user reads on, or
    // to the stack itself after the last one, so that Tab goes on from where the banner was.
    if (hadFocus) (neighbour ? sectionRefs.current.get(neighbour.id) : rootRef.current)?.focus();
  };

  return (
    <div ref={rootRefs} tabIndex={-1} {...rest} className={clsx('slb-banner-stack', className)}>
      <div role="status" className="slb-visually-hidden">
        {announcement}
      </div>
      {entries.map((entry, index) => (
        <Banner
          hidden={index >= entries.length - folded}
          key={entry.id}
          ref={(node) => {
            if (node) sectionRefs.current.set(entry.id, node);
            else sectionRefs.current.delete(entry.id);
          }}
          report={entry.report}
          count={entry.count}
          retryProgress={entry.retryProgress}
          onRetry={entry.actions.retry}
          onCancel={entry.actions.cancel}
          time={entry.updatedAt}
          onDismiss={() => dismiss(entry.id)}
          headingLevel={headingLevel}
          data-slb-entry-id={entry.id}
        />
      ))}
      {entries.length > limit && (
        <button
          type="button"
          className="slb-button slb-button--quiet slb-banner-stack__more"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          <bdi>{showAll ? strings.fewerBanners : formatString(strings.moreBanners, { count: folded })}</bdi>
        </button>
      )}
    </div>
  );
});
