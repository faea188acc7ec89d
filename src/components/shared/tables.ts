import type { SlbIntent, SlbSeverity } from '../../catalog/types.js';
import type { SlbUiStrings } from '../../core/locale.js';

/** Errors that stop the whole page until the user acts: announced with `role="alert"`. */
export const BLOCKING_INTENT: Readonly<Record<SlbIntent, boolean>> = {
  retry: false,
  'fix-input': false,
  billing: true,
  quota: false,
  ticket: false,
  permission: false,
  'verify-account': true,
  'sign-in': true,
  refresh: false,
  none: false,
};

/** The text that names a severity, so it is never told by colour alone. */
export const SEVERITY_LABEL: Readonly<Record<SlbSeverity, keyof SlbUiStrings>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** Most severe first. */
export const SEVERITY_RANK: Readonly<Record<SlbSeverity, number>> = {
  error: 0,
  warning: 1,
  info: 2,
};
