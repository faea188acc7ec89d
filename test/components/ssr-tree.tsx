// One page with every component, rendered on the server by ssr.test.tsx and hydrated by
// hydrate.test.tsx. The queue is filled before rendering, as a server might do.
import { Banner, ErrorOutlet, InlineError, Toast, ToastViewport } from '../../src/components/index.ts';
import { type SlbErrorClient, createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider } from '../../src/hooks/index.ts';
import { INTENTS, reportFor } from '../../stories/reports.ts';
import { QueueBanners } from './placed.tsx';

export const NOW = Date.UTC(2026, 0, 1);

export function filledClient(): SlbErrorClient {
  const client = createSlbErrorClient({ now: () => NOW });
  for (const intent of INTENTS) client.queue.push(reportFor(intent), { retry: () => {}, onDismiss: () => {} });
  return client;
}

export function Page({ client }: { readonly client: SlbErrorClient }) {
  const waiting = { state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: NOW + 5000 } as const;
  return (
    <SlbErrorProvider client={client} fieldMap={{ ServerCertificate: 'certificate' }}>
      <ErrorOutlet />
      <QueueBanners />
      {INTENTS.map((intent) => (
        <Banner
          key={intent}
          report={reportFor(intent)}
          retryProgress={waiting}
          onRetry={() => {}}
          onDismiss={() => {}}
        />
      ))}
      <label htmlFor="certificate">Certificate</label>
      <textarea id="certificate" aria-invalid="true" aria-describedby="certificate-error" />
      <InlineError report={reportFor('fix-input')} id="certificate-error" name="certificate" live />
      <ToastViewport entries={[]}>
        <Toast report={reportFor('retry')} retryProgress={waiting} onRetry={() => {}} />
      </ToastViewport>
    </SlbErrorProvider>
  );
}
