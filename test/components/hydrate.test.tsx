import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { NOW, Page, filledClient } from './ssr-tree.tsx';

/**
 * The server's HTML, rendered by a separate copy of every module (React included) loaded while
 * `document` does not exist, as on a real server: Radix and the kit pick their layout-effect
 * hooks when they load. The copies imported above are the client's.
 */
async function renderOnServer(): Promise<string> {
  vi.resetModules();
  vi.stubGlobal('document', undefined);
  try {
    const { renderToString } = await import('react-dom/server');
    const server = await import('./ssr-tree.tsx');
    return renderToString(<server.Page client={server.filledClient()} />);
  } finally {
    vi.unstubAllGlobals();
    vi.resetModules();
  }
}

it('hydrates the server HTML without mismatches, then starts the countdowns', async () => {
  const html = await renderOnServer();
  expect(html).toContain('Insufficient balance');
  // No clock on the server: what the kit does is said without a countdown.
  expect(html).not.toMatch(/in \d+ s/);
  expect(html).toContain('Retrying…');
  vi.useFakeTimers({ shouldAdvanceTime: true, now: NOW });
  const container = document.createElement('div');
  try {
    container.innerHTML = html;
    document.body.appendChild(container);
    const recoverable: unknown[] = [];
    const root = await act(async () =>
      hydrateRoot(container, <Page client={filledClient()} />, {
        onRecoverableError: (error) => recoverable.push(error),
      }),
    );
    expect(recoverable).toEqual([]);
    // Once mounted, the clock runs: the scheduled retries count down.
    expect((await screen.findAllByText('Retrying automatically in 5 s')).length).toBeGreaterThan(0);
    // And the Radix toasts, client-only, appear in the viewport.
    expect(container.querySelectorAll('[data-slb-toast]').length).toBeGreaterThan(0);
    act(() => root.unmount());
  } finally {
    container.remove();
    vi.useRealTimers();
  }
});
