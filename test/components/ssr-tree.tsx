// One page with every component, rendered on the server by ssr.test.tsx and hydrated by
// hydrate.test.tsx. The queue is filled before rendering, as a server might do.
import { Banner, BannerStack, ErrorOutlet, InlineError, Toast, ToastViewport } from '../../src/components/index.ts';
import { SlbErrorProvider, SlbErrorQueue } from '../../src/hooks/index.ts';
import { INTENTS, reportFor } from '../../stories/reports.ts';

export const NOW = Date.UTC(2026, 0, 1);

export function filledQueue(): SlbErrorQueue {
  const queue = new SlbErrorQueue({ now: () => NOW });
  for (const intent of INTENTS) queue.push(reportFor(intent), { retry: () => {}, onDismiss: () => {} });
  return queue;
}

export function Page({ queue }: { readonly queue: SlbErrorQueue }) {
  const waiting = { state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: NOW + 5000 } as const;
  return (
    <SlbErrorProvider queue={queue} fieldMap={{ ServerCertificate: 'certificate' }}>
      <ErrorOutlet />
      <BannerStack />
      {INTENTS.map((intent) => (
        <Banner key={intent} report={reportFor(intent)} retry={waiting} onRetry={() => {}} onDismiss={() => {}} />
      ))}
      <label htmlFor="certificate">Certificate</label>
      <textarea id="certificate" aria-invalid="true" aria-describedby="certificate-error" />
      <InlineError report={reportFor('fix-input')} id="certificate-error" name="certificate" live />
      <ToastViewport entries={[]}>
        <Toast report={reportFor('retry')} retry={waiting} onRetry={() => {}} />
      </ToastViewport>
    </SlbErrorProvider>
  );
}
