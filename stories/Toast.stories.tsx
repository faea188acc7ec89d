import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { type SlbRetryStatus, Toast, type ToastProps, ToastViewport, classifySlbError } from '../src/index.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import { HOSTILE_BODY, reportFor } from './reports.ts';

/** A retry scheduled `ms` from when the story mounts, so the countdown is live. */
function ScheduledRetryToast({ ms, ...props }: ToastProps & { readonly ms: number }) {
  const [retry] = useState<SlbRetryStatus>(() => ({
    state: 'waiting',
    attempt: 1,
    maxAttempts: 3,
    nextRetryAt: Date.now() + ms,
  }));
  return <Toast {...props} retry={retry} />;
}

const meta = {
  title: 'Components/Toast',
  component: Toast,
  // A toast lives in the notification region (a Radix provider + viewport).
  decorators: [
    (Story) => (
      <ToastViewport>
        <Story />
      </ToastViewport>
    ),
  ],
  args: { report: reportFor('retry'), onRetry: fn(), onDismiss: fn() },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Toast>;

export default meta;
type Story = StoryObj<typeof meta>;

// One story per intent; severities follow: retry → warning, refresh → info, none → warning, the rest → error.
export const Retry: Story = { args: { report: reportFor('retry') } };
export const FixInput: Story = { args: { report: reportFor('fix-input') } };
export const Billing: Story = { args: { report: reportFor('billing') } };
export const Quota: Story = { args: { report: reportFor('quota') } };
export const Ticket: Story = { args: { report: reportFor('ticket') } };
export const Permission: Story = { args: { report: reportFor('permission') } };
export const VerifyAccount: Story = { args: { report: reportFor('verify-account') } };
export const SignIn: Story = { args: { report: reportFor('sign-in') } };
export const Refresh: Story = { args: { report: reportFor('refresh') } };
export const None: Story = { args: { report: reportFor('none') } };

/** Severity `info` (a refresh) is polite; severity `error` is assertive. */
export const SeverityInfo: Story = { args: { report: reportFor('refresh') } };
export const SeverityWarning: Story = { args: { report: reportFor('none') } };
export const SeverityError: Story = { args: { report: reportFor('billing') } };

/** The same error three times: one toast, ×3, announced once. */
export const Repeated: Story = { args: { report: reportFor('retry'), count: 3 } };

/** A retry is scheduled: the kit says it retries by itself, counts down, and offers Cancel. */
export const RetryScheduled: Story = {
  args: { onCancel: fn() },
  render: (args) => <ScheduledRetryToast {...args} ms={30_000} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const progress = await canvas.findByText(/^Retrying automatically in \d+ s$/);
    // The toast fades in: visible once its entrance is over.
    await waitFor(() => expect(progress).toBeVisible());
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Retry/ })).toBeNull();
  },
};

/** Automatic retrying stopped while the server's hint still runs: Retry counts down, locked, in full contrast. */
export const RetryLocked: Story = {
  args: { retry: { state: 'failed', attempt: 3, maxAttempts: 3, nextRetryAt: Date.now() + 600_000 } },
};

/** The operation worked on a retry: the toast says so before it leaves. */
export const Succeeded: Story = { args: { resolved: true } };

/** Details open: the code, the request ID with Copy, "Copy details", the Error Center and diagnosis links. */
export const DetailsOpen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Details' }));
    await expect(canvas.getByRole('button', { name: 'Copy details' })).toBeVisible();
  },
};

export const Retrying: Story = {
  args: { retry: { state: 'running', attempt: 2, maxAttempts: 3, nextRetryAt: null } },
};

/** The server's message is HTML: it shows as text. */
export const HostileMessage: Story = {
  args: { report: classifySlbError(HOSTILE_BODY) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Details' }));
    await canvas.findByText('<img src=x onerror=alert(1)>');
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

export const Chinese: Story = {
  args: { report: reportFor('retry', { locale: zhCN }) },
  globals: { locale: 'zh-CN' },
};

export const RightToLeft: Story = { globals: { dir: 'rtl' } };
export const Dark: Story = { args: { report: reportFor('billing') }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { report: reportFor('billing') }, globals: { theme: 'high-contrast' } };

/** Retry keeps the toast open (it shows the retry); Dismiss closes it. */
export const RetryThenDismiss: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: 'Dismiss' }));
    // It leaves after its exit animation (a headless browser may run that late).
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull(), { timeout: 5000 });
    await expect(args.onDismiss).toHaveBeenCalledWith('dismiss');
  },
};
