import { render, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { expect } from 'vitest';
import type { ReactElement } from 'react';
import type { SlbIntent } from '../../src/core/index.ts';
import { en } from '../../src/locales/en.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import {
  type SlbErrorContextValue,
  SlbErrorProvider,
  type SlbErrorProviderProps,
  useSlbErrorContext,
} from '../../src/hooks/index.ts';

/** Renders `ui` under a provider with a queue the test holds, in English unless `props` name a locale. */
export function renderWithQueue(ui: ReactElement, props: Omit<SlbErrorProviderProps, 'children' | 'client'> = {}) {
  const client = createSlbErrorClient();
  const { queue } = client;
  const result = render(
    <SlbErrorProvider locale={en} {...props} client={client}>
      {ui}
    </SlbErrorProvider>,
  );
  return { ...result, queue };
}

/** axe violations in `container` (colour contrast needs layout, which jsdom has not). */
export async function axeViolations(container: Element) {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

/** Sets `document.visibilityState` and tells listeners, as a browser does on switching tabs. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Every href in `root` (anchors and anything else carrying one). */
export function hrefsIn(root: ParentNode): string[] {
  return [...root.querySelectorAll('[href]')].map((element) => element.getAttribute('href') ?? '');
}

/** A component that hands the test the provider's context (its coordinator, its queue). */
export function contextProbe() {
  let captured: SlbErrorContextValue | null = null;
  function Probe() {
    captured = useSlbErrorContext();
    return null;
  }
  return {
    Probe,
    context(): SlbErrorContextValue {
      if (!captured) throw new Error('Probe is not rendered');
      return captured;
    },
  };
}

/** The primary action each intent offers (no onSignIn/onRefresh in the provider). */
export const PRIMARY: Readonly<Record<SlbIntent, readonly ['button' | 'link', RegExp] | null>> = {
  retry: ['button', /^Retry$/],
  'fix-input': null,
  billing: ['link', /^Go to Billing/],
  quota: ['link', /^Increase quota/],
  ticket: ['link', /^Open a ticket/],
  // A RAM user cannot grant themselves anything: they copy a request for an administrator.
  permission: ['button', /^Copy access request$/],
  'verify-account': ['link', /^Verify account/],
  'sign-in': ['link', /^Sign in again/],
  refresh: ['button', /^Refresh$/],
  none: null,
};

/** Opens the "Details" disclosure inside `scope` and returns the panel it controls. */
export async function openDetails(user: UserEvent, scope: HTMLElement): Promise<HTMLElement> {
  const toggle = within(scope).getByRole('button', { name: 'Details' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  if (!panel) throw new Error('the Details button controls no element');
  return panel;
}

/** What the toast viewport's live region of `politeness` says now. */
export function liveText(politeness: 'polite' | 'assertive'): string {
  return document.querySelector(`[data-slb-live="${politeness}"]`)?.textContent ?? '';
}
