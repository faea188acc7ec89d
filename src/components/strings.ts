'use client';
import { useMemo } from 'react';
import type { SlbUiStrings } from '../core/locale.js';
import { EN_UI } from '../core/ui.en.generated.js';
import { useSlbErrorContext } from '../hooks/context.js';

/** English component strings: the defaults every locale and app override falls back to. */
export const SLB_UI_STRINGS_EN: SlbUiStrings = EN_UI;

/**
 * Fills `{name}` placeholders from `vars`; unknown placeholders stay as written, so a
 * translation with a typo shows the typo instead of an empty gap.
 */
export function formatString(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = Object.hasOwn(vars, name) ? vars[name] : undefined;
    return value === undefined ? match : String(value);
  });
}

/** Component strings: English, then the provider's locale, then the provider's `ui` overrides. */
export function useSlbStrings(): SlbUiStrings {
  const { localeUi, ui } = useSlbErrorContext();
  return useMemo(() => ({ ...EN_UI, ...localeUi, ...ui }), [localeUi, ui]);
}
