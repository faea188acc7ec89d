import { QueryClient, QueryClientProvider, QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Suspense, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SlbErrorBoundary } from '../src/index.ts';
import { nextRequestId } from './flows/slbCall.ts';
import { kitText } from './kitText.ts';
import { BODIES } from './reports.ts';

const UNAVAILABLE = (): unknown => ({
  Code: 'ServiceUnavailable',
  Message: 'The request has failed due to a temporary failure of the server.',
  RequestId: nextRequestId(),
  statusCode: 503,
});

interface ListenersProps {
  readonly failures: number;
  readonly error: () => unknown;
  /** Counts fetches: kept by the panel, since a reset mounts the list anew. */
  readonly countFetch: () => number;
}

function Listeners({ failures, error, countFetch }: ListenersProps) {
  const { data } = useSuspenseQuery({
    queryKey: ['listeners'],
    queryFn: async () => {
      const fetches = countFetch();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (fetches <= failures) throw error();
      return ['TCP:80', 'HTTPS:443'];
    },
  });
  return <p>Listeners: {data.join(', ')}</p>;
}

interface ListenersPanelProps {
  /** How many fetches fail before one works. */
  readonly failures: number;
  /** What a failing fetch throws. */
  readonly error: () => unknown;
}

/** A panel whose suspense query throws; the boundary shows the error in its place. */
function ListenersPanel({ failures, error }: ListenersPanelProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const fetchesRef = useRef(0);
  const countFetch = () => (fetchesRef.current += 1);
  return (
    <QueryClientProvider client={client}>
      <section aria-labelledby="listeners-heading" style={{ display: 'grid', gap: 8, maxWidth: 720 }}>
        <h2 id="listeners-heading">Listeners of lb-bp1o94dp5i6earr9g6d1l</h2>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <SlbErrorBoundary onReset={reset} headingLevel={3}>
              <Suspense fallback={<p>Loading listeners…</p>}>
                <Listeners failures={failures} error={error} countFetch={countFetch} />
              </Suspense>
            </SlbErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </section>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Components/SlbErrorBoundary',
  component: ListenersPanel,
  args: { failures: 1, error: UNAVAILABLE },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ListenersPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The query failed with a temporary server error: a banner in place of the list, with Retry. */
export const AtError: Story = {
  args: { failures: 99 },
  play: async ({ canvasElement, globals }) => {
    const { heading, report } = kitText(globals);
    const title = await within(canvasElement).findByRole('heading', { level: 3 });
    await expect(title).toHaveTextContent(heading(report(UNAVAILABLE())));
  },
};

/** Retry resets the boundary and TanStack's error state: the query fetches again and the list shows. */
export const RetryRefetches: Story = {
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: ui.retry }));
    await waitFor(() => expect(canvas.getByText('Listeners: TCP:80, HTTPS:443')).toBeVisible());
  },
};

/** A billing error: the banner blocks with the way to Billing instead of Retry. */
export const Billing: Story = {
  args: { failures: 99, error: () => BODIES.billing },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert.closest('section')).toContainElement(
      within(canvasElement).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` }),
    );
  },
};
