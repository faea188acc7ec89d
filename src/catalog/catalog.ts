import type { SlbErrorFamily, SlbIntent, SlbSeverity, SlbSurface } from './types.js';

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

/** The severity of a decision: a passed dry run is a notice whatever its intent. */
export const severityOf = (intent: SlbIntent, family: SlbErrorFamily): SlbSeverity =>
  family === 'dry-run' ? 'info' : SEVERITY_BY_INTENT[intent];

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
