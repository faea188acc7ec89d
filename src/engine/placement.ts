// Where each queue entry is shown: a pure function of the entries, the mounted InlineErrors
// and the provider's field map.
import { ANY_OWNER, type SlbInlineHomes } from './fields.js';
import type { SlbErrorEntry } from './queue.js';

/** The queue split by where each entry is shown, each part oldest first. */
export interface SlbPlacement {
  readonly banner: readonly SlbErrorEntry[];
  readonly toast: readonly SlbErrorEntry[];
  /** Entries a mounted InlineError shows (its own hook's, or any when it was handed a report). */
  readonly inline: readonly SlbErrorEntry[];
}

/** The form field an inline entry belongs to, after the provider's `fieldMap`. */
function inlineFieldOf(entry: SlbErrorEntry, fieldMap: Readonly<Record<string, string>>): string | null {
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
