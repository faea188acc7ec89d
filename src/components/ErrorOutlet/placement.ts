'use client';
import { useMemo } from 'react';
import { useSlbErrorContext } from '../../hooks/context.js';
import type { SlbErrorEntry } from '../../hooks/queue.js';
import { useSlbErrorQueue } from '../../hooks/useSlbErrorQueue.js';
import { ANY_OWNER, type SlbInlineHomes, useRegisteredFields } from '../InlineError/registry.js';

/** The queue split by where each entry is shown, each part oldest first. */
export interface SlbPlacement {
  readonly banner: readonly SlbErrorEntry[];
  readonly toast: readonly SlbErrorEntry[];
  /** Entries a mounted InlineError shows (its own hook's, or any when it was handed a report). */
  readonly inline: readonly SlbErrorEntry[];
}

/** The form field an inline entry belongs to, after the provider's `fieldMap`. */
export function inlineFieldOf(entry: SlbErrorEntry, fieldMap: Readonly<Record<string, string>>): string | null {
  const { field } = entry.report;
  return field === null ? null : (fieldMap[field] ?? field);
}

/** Whether a mounted InlineError will render this entry: one for its field, showing its owner's errors. */
function hasInlineHome(entry: SlbErrorEntry, field: string | null, homes: SlbInlineHomes): boolean {
  const owners = field === null ? undefined : homes.get(field);
  return owners !== undefined && (owners.has(ANY_OWNER) || entry.owners.some((owner) => owners.has(owner)));
}

/**
 * Places each entry where its `report.surface` says; an inline entry that no mounted
 * InlineError will render (no field, or another hook's error) becomes a toast, so no error goes unseen.
 */
export function placeSlbEntries(
  entries: readonly SlbErrorEntry[],
  inlineHomes: SlbInlineHomes,
  fieldMap: Readonly<Record<string, string>> = {},
): SlbPlacement {
  const banner: SlbErrorEntry[] = [];
  const toast: SlbErrorEntry[] = [];
  const inline: SlbErrorEntry[] = [];
  for (const entry of entries) {
    const { surface } = entry.report;
    switch (surface) {
      case 'banner':
        banner.push(entry);
        break;
      case 'toast':
        toast.push(entry);
        break;
      case 'inline': {
        (hasInlineHome(entry, inlineFieldOf(entry, fieldMap), inlineHomes) ? inline : toast).push(entry);
        break;
      }
      default:
        surface satisfies never;
    }
  }
  return { banner, toast, inline };
}

/** The provider's queue, placed; re-renders when the queue or the mounted InlineErrors change. */
export function useSlbPlacement(): SlbPlacement {
  const entries = useSlbErrorQueue();
  const fields = useRegisteredFields();
  const { fieldMap } = useSlbErrorContext();
  return useMemo(() => placeSlbEntries(entries, fields, fieldMap), [entries, fields, fieldMap]);
}
