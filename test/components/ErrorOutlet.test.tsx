import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { en } from '../../src/locales/en.ts';
import { describe, expect, it, vi } from 'vitest';
import { placeSlbEntries, type SlbErrorEntry, createSlbErrorClient } from '../../src/engine/index.ts';
import { ErrorOutlet } from '../../src/components/index.ts';
import type { SlbSurface } from '../../src/core/index.ts';
import { SlbErrorProvider, useSlbError } from '../../src/hooks/index.ts';
import { INTENTS, reportFor } from '../../stories/reports.ts';
import { axeViolations } from './helpers.tsx';

/** Where the outlet puts each intent's report when no InlineError is mounted. */
const PLACED: Readonly<Record<SlbSurface, 'banner' | 'toast'>> = { banner: 'banner', toast: 'toast', inline: 'toast' };

describe('ErrorOutlet × intent', () => {
  it.each(INTENTS)('%s: shown on the surface its report names; no axe violations', async (intent) => {
    const report = reportFor(intent);
    const client = createSlbErrorClient();
    const { queue } = client;
    const { container } = render(
      <SlbErrorProvider client={client}>
        <ErrorOutlet />
      </SlbErrorProvider>,
    );
    act(() => void queue.push(report, { retry: () => {} }));
    if (PLACED[report.surface] === 'banner') {
      expect(container.querySelector('section.slb-banner')).toHaveAttribute('data-slb-intent', intent);
      expect(container.querySelector('[data-slb-toast]')).toBeNull();
    } else {
      const toast = await screen.findByRole('listitem');
      expect(toast).toHaveAttribute('data-slb-intent', intent);
      expect(container.querySelector('section.slb-banner')).toBeNull();
    }
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('placeSlbEntries', () => {
  const entry = (intent: (typeof INTENTS)[number], id: string, owners: string[] = []): SlbErrorEntry => ({
    id,
    report: reportFor(intent),
    count: 1,
    createdAt: 0,
    updatedAt: 0,
    retryProgress: null,
    actions: {},
    owners,
  });

  it('splits by surface and leaves inline errors to a mounted InlineError (after fieldMap)', () => {
    const entries = [entry('billing', 'a'), entry('retry', 'b'), entry('fix-input', 'c')];
    const none = placeSlbEntries(entries, new Map());
    expect(none.banner.map((e) => e.id)).toEqual(['a']);
    expect(none.toast.map((e) => e.id)).toEqual(['b', 'c']);
    const mapped = placeSlbEntries(entries, new Map([['certificate', new Set(['*'])]]), {
      ServerCertificate: 'certificate',
    });
    expect(mapped.toast.map((e) => e.id)).toEqual(['b']);
    expect(mapped.inline.map((e) => e.id)).toEqual(['c']);
  });

  it("sends another hook's field error to a toast: the field's InlineError would not show it", () => {
    const homes = new Map([['ServerCertificate', new Set(['hook-a'])]]);
    const own = placeSlbEntries([entry('fix-input', 'mine', ['hook-a'])], homes);
    expect(own.inline.map((e) => e.id)).toEqual(['mine']);
    const foreign = placeSlbEntries([entry('fix-input', 'theirs', ['hook-b'])], homes);
    expect(foreign.inline).toEqual([]);
    expect(foreign.toast.map((e) => e.id)).toEqual(['theirs']);
  });
});

describe('ErrorOutlet with useSlbError', () => {
  it('needs only the provider: a failed call shows a toast; Retry succeeds and the toast goes', async () => {
    const user = userEvent.setup();
    let fail = true;
    function Saver() {
      const error = useSlbError({ retryPolicy: false });
      return (
        <button
          type="button"
          onClick={() =>
            void error.run(() =>
              fail
                ? Promise.reject({
                    Code: 'ServiceUnavailable',
                    Message: 'The request has failed due to a temporary failure of the server.',
                    RequestId: 'R-1',
                  })
                : Promise.resolve('saved'),
            )
          }
        >
          Save
        </button>
      );
    }
    render(
      <SlbErrorProvider>
        <ErrorOutlet />
        <Saver />
      </SlbErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const toast = await screen.findByRole('listitem');
    expect(within(toast).getByText(en.families['server-error'].title)).toBeInTheDocument();
    fail = false;
    await user.click(within(toast).getByRole('button', { name: 'Retry' }));
    // The toast confirms the success briefly, then goes.
    expect(await within(toast).findByText('Succeeded on retry')).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.queryByRole('listitem')).toBeNull(), { timeout: 4000 });
  });

  it('a repeated failure is one toast with a count', async () => {
    const user = userEvent.setup();
    function Saver() {
      const error = useSlbError({ retryPolicy: false });
      return (
        <button
          type="button"
          onClick={() =>
            void error.capture({ Code: 'RuleNotSupport', Message: 'Rule is not support in the tcp type listener.' })
          }
        >
          Save
        </button>
      );
    }
    render(
      <SlbErrorProvider>
        <ErrorOutlet />
        <Saver />
      </SlbErrorProvider>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await user.click(save);
    await user.click(save);
    await user.click(save);
    const toast = await screen.findByRole('listitem');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(within(toast).getByText('×3')).toBeInTheDocument();
  });

  it('can leave toasts to a viewport the app mounts itself', () => {
    const client = createSlbErrorClient();
    const { queue } = client;
    const { container } = render(
      <SlbErrorProvider client={client}>
        <ErrorOutlet toasts={false} />
      </SlbErrorProvider>,
    );
    act(() => void queue.push(reportFor('retry')));
    expect(container.querySelector('[role="region"]')).toBeNull();
  });
});
