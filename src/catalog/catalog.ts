import { COMMON_ROWS, SLB_ROWS } from './entries.generated.js';
import type { SlbCatalogEntry, SlbCatalogSource, SlbIntent, SlbSeverity, SlbSurface } from './types.js';

/** Every error code of the SLB error list. */
export type SlbErrorCode = (typeof SLB_ROWS)[number][1];
/** Every common gateway error code the catalog knows. */
export type SlbCommonErrorCode = (typeof COMMON_ROWS)[number][1];

type Row = readonly [number, string, string, string, SlbIntent, string | null];

/** Severity follows from the intent: what blocks the user is an error, what passes is a warning or a notice. */
export const SEVERITY_BY_INTENT: Readonly<Record<SlbIntent, SlbSeverity>> = {
  retry: 'warning',
  'fix-input': 'error',
  billing: 'error',
  quota: 'error',
  ticket: 'error',
  permission: 'error',
  'verify-account': 'error',
  'sign-in': 'error',
  refresh: 'info',
  none: 'warning',
};

/** Where each intent is shown; `fix-input` goes inline only when it names a field. */
export function surfaceFor(intent: SlbIntent, field: string | null): SlbSurface {
  switch (intent) {
    case 'fix-input':
      return field ? 'inline' : 'toast';
    case 'billing':
    case 'quota':
    case 'ticket':
    case 'permission':
    case 'verify-account':
    case 'sign-in':
      return 'banner';
    case 'retry':
    case 'refresh':
    case 'none':
      return 'toast';
    default:
      return intent satisfies never;
  }
}

function toEntry(row: Row, id: string, source: SlbCatalogSource): SlbCatalogEntry {
  const [status, code, message, description, intent, field] = row;
  return Object.freeze({
    id,
    source,
    status,
    code,
    message,
    description,
    intent,
    field,
    severity: SEVERITY_BY_INTENT[intent],
    surface: surfaceFor(intent, field),
  });
}

/** One entry per row of the SLB error list, in the list's order (`slb-001` … `slb-205`). */
export const SLB_ERROR_CATALOG: readonly SlbCatalogEntry[] = Object.freeze(
  SLB_ROWS.map((row, index) => toEntry(row, `slb-${String(index + 1).padStart(3, '0')}`, 'slb')),
);

/** Alibaba Cloud's common gateway errors (throttling, signature, AccessKey, RAM, balance …), kept apart. */
export const SLB_COMMON_ERRORS: readonly SlbCatalogEntry[] = Object.freeze(
  COMMON_ROWS.map((row) => toEntry(row, `common-${row[1]}`, 'common')),
);
