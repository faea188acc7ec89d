// SlbErrorBoundary: errors thrown while rendering, from a real TanStack suspense query.
import { QueryClient, QueryClientProvider, QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode, Suspense, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SlbErrorBoundary } from '../../src/components/index.ts';
import { classifySlbError } from '../../src/core/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { BODIES } from '../../stories/reports.ts';
import { axeViolations } from './helpers.tsx';

const UNAVAILABLE = {
  Code: 'ServiceUnavailable',
  Message: 'The request has failed due to a temporary failure of the server.',
  RequestId: '0F1E2D3C-4B5A-4968-8776-5A4B3C2D1E0F',
  statusCode: 503,
};

function Listeners({ fetchListeners }: { readonly fetchListeners: () => Promise<string[]> }) {
  const { data } = useSuspenseQuery({ queryKey: ['listeners'], queryFn: fetchListeners });
  return <p>Listeners: {data.join(', ')}</p>;
}

function App({ fetchListeners, onReport }: { fetchListeners: () => Promise<string[]>; onReport?: () => void }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <SlbErrorProvider onReport={onReport}>
      <QueryClientProvider client={client}>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <SlbErrorBoundary onReset={reset}>
              <Suspense fallback={<p>Loading…</p>}>
                <Listeners fetchListeners={fetchListeners} />
              </Suspense>
            </SlbErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </QueryClientProvider>
    </SlbErrorProvider>
  );
}

/** The next boundary up, to see what the kit's boundary throws on. */
class Outer extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <p>Outer caught: {this.state.error instanceof Error ? this.state.error.message : 'something'}</p>
    );
  }
}

function Throws({ error }: { readonly error: unknown }): ReactNode {
  throw error;
}

describe('SlbErrorBoundary', () => {
  it('shows a suspense query’s SLB error as a banner in place; Retry fetches again', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReport = vi.fn();
    const fetchListeners = vi
      .fn<() => Promise<string[]>>()
      .mockRejectedValueOnce(UNAVAILABLE)
      .mockResolvedValueOnce(['TCP:80', 'HTTPS:443']);
    const { container } = render(<App fetchListeners={fetchListeners} onReport={onReport} />);
    const report = classifySlbError(UNAVAILABLE);
    const banner = await screen.findByRole('region', { name: new RegExp(report.title) });
    expect(banner).toHaveTextContent(report.description);
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ code: 'ServiceUnavailable' }));
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Listeners: TCP:80, HTTPS:443')).toBeInTheDocument();
    expect(fetchListeners).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows the intent’s action: a billing error gets the billing link', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<App fetchListeners={() => Promise.reject(BODIES.billing)} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(classifySlbError(BODIES.billing).title);
    expect(screen.getByRole('link', { name: /Go to Billing/ })).toHaveAttribute(
      'href',
      expect.stringContaining('https://'),
    );
  });

  it('throws on what is not from a call: a bug reaches the next boundary up, unchanged', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = new TypeError('listeners.map is not a function');
    render(
      <SlbErrorProvider>
        <Outer>
          <SlbErrorBoundary>
            <Throws error={bug} />
          </SlbErrorBoundary>
        </Outer>
      </SlbErrorProvider>,
    );
    expect(screen.getByText('Outer caught: listeners.map is not a function')).toBeInTheDocument();
  });

  it('resets when a reset key changes, and takes a custom fallback', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Page({ id }: { readonly id: string }) {
      return (
        <SlbErrorProvider>
          <SlbErrorBoundary resetKeys={[id]} fallback={({ report }) => <p>Failed: {report.code}</p>}>
            {id === 'lb-gone' ? <Throws error={BODIES.refresh} /> : <p>Load balancer {id}</p>}
          </SlbErrorBoundary>
        </SlbErrorProvider>
      );
    }
    const { rerender } = render(<Page id="lb-gone" />);
    expect(screen.getByText(`Failed: ${String(BODIES.refresh['Code'])}`)).toBeInTheDocument();
    rerender(<Page id="lb-1" />);
    expect(screen.getByText('Load balancer lb-1')).toBeInTheDocument();
  });

  it('classifies in the provider’s language', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { zhCN } = await import('../../src/locales/zh-CN.ts');
    render(
      <SlbErrorProvider locale={zhCN}>
        <SlbErrorBoundary>
          <Throws error={UNAVAILABLE} />
        </SlbErrorBoundary>
      </SlbErrorProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      classifySlbError(UNAVAILABLE, { locale: zhCN }).title,
    );
  });
});
