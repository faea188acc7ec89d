import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { type SlbRetryProgress, Toast, type ToastProps, ToastViewport } from '../src/index.ts';
import { kitText } from './kitText.ts';
import { FAMILY_BODIES, HOSTILE_BODY } from './reports.ts';
import { StateMatrix } from './support/Matrix.tsx';
import { ERROR_ARG_TYPE, type StoryError, useStoryReport } from './support/report.ts';

/** A toast of the story's `error`, reported in the toolbar's language when it renders. */
type ToastStoryProps = Omit<ToastProps, 'report'> & { readonly error: StoryError };

function ToastStory({ error, ...props }: ToastStoryProps) {
  return <Toast {...props} report={useStoryReport(error)} />;
}

/** A retry scheduled `ms` from when the story mounts, so the countdown is live. */
function ScheduledRetryToast({ ms, ...props }: ToastStoryProps & { readonly ms: number }) {
  const [retry] = useState<SlbRetryProgress>(() => ({
    state: 'waiting',
    attempt: 1,
    maxAttempts: 3,
    nextRetryAt: Date.now() + ms,
  }));
  return <ToastStory {...props} retryProgress={retry} />;
}

const meta = {
  title: 'Components/Toast',
  component: ToastStory,
  // A toast lives in the notification region (a Radix provider + viewport).
  render: (args) => (
    <ToastViewport>
      <ToastStory {...args} />
    </ToastViewport>
  ),
  args: { error: 'retry', onRetry: fn(), onDismiss: fn() },
  argTypes: { error: ERROR_ARG_TYPE },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ToastStory>;

export default meta;
type Story = StoryObj<typeof meta>;

// One story per intent; severities follow: retry → warning, refresh → info, none → warning, the rest → error.
export const Retry: Story = { args: { error: 'retry' } };
export const FixInput: Story = { args: { error: 'fix-input' } };
export const Billing: Story = { args: { error: 'billing' } };
export const Quota: Story = { args: { error: 'quota' } };
export const Ticket: Story = { args: { error: 'ticket' } };
export const Permission: Story = { args: { error: 'permission' } };
export const VerifyAccount: Story = { args: { error: 'verify-account' } };
export const SignIn: Story = { args: { error: 'sign-in' } };
export const Refresh: Story = { args: { error: 'refresh' } };
export const None: Story = { args: { error: 'none' } };

/** Every intent and severity, at rest and with the details open. */
export const Matrix: Story = {
  render: (args) => (
    <StateMatrix
      caption="Toast: every intent, at rest and with details open"
      cell={(intent, detailsOpen) => (
        // Each cell is its own notification region, named apart from the others.
        <ToastViewport hotkey={[]} label={`${intent}${detailsOpen ? ', details open' : ''}`}>
          <ToastStory {...args} error={intent} defaultDetailsOpen={detailsOpen} />
        </ToastViewport>
      )}
    />
  ),
};

/** Severity `info` (a refresh) is polite; severity `error` is assertive. */
export const SeverityInfo: Story = { args: { error: 'refresh' } };
export const SeverityWarning: Story = { args: { error: 'none' } };
export const SeverityError: Story = { args: { error: 'billing' } };

/** The same error three times: one toast, ×3, announced once. */
export const Repeated: Story = { args: { error: 'retry', count: 3 } };

/** A retry is scheduled: the kit says it retries by itself, counts down, and offers Cancel. */
export const RetryScheduled: Story = {
  args: { onCancel: fn() },
  render: (args) => (
    <ToastViewport>
      <ScheduledRetryToast {...args} ms={30_000} />
    </ToastViewport>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, pattern } = kitText(globals);
    const canvas = within(canvasElement);
    const progress = await canvas.findByText(pattern(ui.retryingIn));
    // The toast fades in: visible once its entrance is over.
    await waitFor(() => expect(progress).toBeVisible());
    await expect(canvas.getByRole('button', { name: ui.cancel })).toBeVisible();
    await expect(canvas.queryByRole('button', { name: new RegExp(`^${ui.retry}`) })).toBeNull();
  },
};

/** Automatic retrying stopped while the server's hint still runs: Retry counts down, locked, in full contrast. */
export const RetryLocked: Story = {
  args: { retryProgress: { state: 'failed', attempt: 3, maxAttempts: 3, nextRetryAt: Date.now() + 600_000 } },
};

/** The operation worked on a retry: the toast says so before it leaves. */
export const Succeeded: Story = { args: { resolved: true } };

/** Details open: the code, the request ID with Copy, "Copy details", the Error Center and diagnosis links. */
export const DetailsOpen: Story = { args: { defaultDetailsOpen: true } };

/** The Details button opens them: "Copy details" is one activation away. */
export const OpenDetails: Story = {
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    const details = await canvas.findByRole('button', { name: ui.details });
    await userEvent.click(details);
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    // The toast may still be fading in.
    await waitFor(() => expect(canvas.getByRole('button', { name: ui.copyDetails })).toBeVisible());
  },
};

export const Retrying: Story = {
  args: { retryProgress: { state: 'running', attempt: 2, maxAttempts: 3, nextRetryAt: null } },
};

/** The server's message is HTML: it shows as text. */
export const HostileMessage: Story = {
  args: { error: HOSTILE_BODY, defaultDetailsOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('<img src=x onerror=alert(1)>');
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** Chinese whatever the toolbar says. */
/** An ALB ACL still changing: ALB's row decides retry, with the Retry button. */
export const AlbBusy: Story = {
  args: { error: FAMILY_BODIES.albBusy },
  play: async ({ canvasElement, args, globals }) => {
    await userEvent.click(await within(canvasElement).findByRole('button', { name: kitText(globals).ui.retry }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
export const Dark: Story = { args: { error: 'billing' }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { error: 'billing' }, globals: { theme: 'high-contrast' } };

/** Retry keeps the toast open (it shows the retry); Dismiss closes it. */
export const RetryThenDismiss: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: ui.retry }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await userEvent.click(canvas.getByRole('button', { name: ui.dismiss }));
    // It leaves after its exit animation (a headless browser may run that late).
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull(), { timeout: 5000 });
    await expect(args.onDismiss).toHaveBeenCalledWith('dismiss');
  },
};
