import { COMMON_ROWS, FAMILY_KEYS, OBSERVED_ROWS, SLB_ROWS } from './entries.generated.js';
import type { SlbCatalogRow, SlbCatalogSource, SlbErrorFamily, SlbIntent, SlbSeverity, SlbSurface } from './types.js';

/** Every error code of the SLB error list. */
export type SlbErrorCode = (typeof SLB_ROWS)[number][1];
/** Every common gateway error code the catalog knows. */
export type SlbCommonErrorCode = (typeof COMMON_ROWS)[number][1];
/** Every SLB code seen in the field that the error list does not have. */
export type SlbObservedErrorCode = (typeof OBSERVED_ROWS)[number][1];

type Row = readonly [number, string, string, string, SlbIntent, string | null, SlbErrorFamily, string | null];

/** Every error family. */
export const SLB_ERROR_FAMILIES: readonly SlbErrorFamily[] = FAMILY_KEYS;

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

function toEntry(row: Row, id: string, source: SlbCatalogSource): SlbCatalogRow {
  const [status, code, message, description, intent, field, family, quota] = row;
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
    family,
    quota,
  });
}

/** One entry per row of the SLB error list, in the list's order (`slb-001` … `slb-205`). */
export const SLB_ERROR_CATALOG: readonly SlbCatalogRow[] = Object.freeze(
  SLB_ROWS.map((row, index) => toEntry(row, `slb-${String(index + 1).padStart(3, '0')}`, 'slb')),
);

/** Alibaba Cloud's common gateway errors (throttling, signature, AccessKey, RAM, balance …), kept apart. */
export const SLB_COMMON_ERRORS: readonly SlbCatalogRow[] = Object.freeze(
  COMMON_ROWS.map((row) => toEntry(row, `common-${row[1]}`, 'common')),
);

/**
 * SLB codes seen in the field that the error list never had (`InvalidLoadBalancerId.NotFound`,
 * `DomainExtensionProcessing` …), each decided from what real clients do with it. Ids are
 * `observed-<code>`, with `-2`, `-3` for further meanings of one code.
 */
export const SLB_OBSERVED_ERRORS: readonly SlbCatalogRow[] = Object.freeze(
  OBSERVED_ROWS.map((row, index) => {
    const repeat = OBSERVED_ROWS.slice(0, index).filter((earlier) => earlier[1] === row[1]).length;
    return toEntry(row, `observed-${row[1]}${repeat === 0 ? '' : `-${repeat + 1}`}`, 'observed');
  }),
);
