// Helpers for the real-browser component tests (*.browser.test.tsx): Chromium, real layout,
// real focus and real timers. Nothing here fakes the DOM.
import type { ReactElement } from 'react';
import { render } from 'vitest-browser-react';
import '../../src/styles.css';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, type SlbErrorProviderProps } from '../../src/hooks/index.ts';

/** Renders `ui` under a provider whose queue the test holds. */
export async function renderKit(ui: ReactElement, props: Omit<SlbErrorProviderProps, 'children' | 'client'> = {}) {
  const client = createSlbErrorClient();
  const { queue } = client;
  const screen = await render(
    <SlbErrorProvider {...props} client={client}>
      {ui}
    </SlbErrorProvider>,
  );
  return { ...screen, queue };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every toast `<li>` on the page, shown or closing. */
export const toastNodes = () => [...document.querySelectorAll<HTMLElement>('[data-slb-toast]')];

/** Waits until `element` (and everything in it) has no running CSS animation or transition. */
export async function settled(element: Element): Promise<void> {
  await Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => {})));
}

/** A short description of the focused element, for readable assertion failures. */
export function describeFocus(): string {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || active === document.body) return 'body';
  if (active.hasAttribute('data-slb-toast')) return `toast ${active.dataset['slbIntent']}`;
  if (active.classList.contains('slb-toast-list')) return 'toast list';
  const name = active.getAttribute('aria-label') ?? active.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `${active.tagName.toLowerCase()} ${name}`;
}
