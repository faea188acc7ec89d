import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import {
  Banner,
  BannerStack,
  type SlbErrorEntry,
  type SlbIntent,
  classifySlbError,
  useSlbErrorContext,
} from '../src/index.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import { HOSTILE_BODY, reportFor } from './reports.ts';

const meta = {
  title: 'Components/Banner',
  component: Banner,
  args: { report: reportFor('billing'), onDismiss: fn(), onRetry: fn() },
} satisfies Meta<typeof Banner>;

export default meta;
type Story = StoryObj<typeof meta>;

// Blocking intents (billing, verify-account, sign-in) are alerts; the others are labelled regions.
export const Retry: Story = { args: { report: reportFor('retry') } };
export const FixInput: Story = { args: { report: reportFor('fix-input') } };
export const Billing: Story = { args: { report: reportFor('billing') } };
export const Quota: Story = { args: { report: reportFor('quota') } };
export const Ticket: Story = { args: { report: reportFor('ticket') } };
export const Permission: Story = { args: { report: reportFor('permission') } };

/** Details open: the code, the request ID with Copy, "Copy details", and the links support uses. */
export const DetailsOpen: Story = {
  args: { report: reportFor('quota') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await expect(canvas.getByRole('button', { name: 'Copy details' })).toBeVisible();
  },
};

/** A RAM denial with its policy shown ("View policy"), and the RAM console for administrators. */
export const PermissionPolicyOpen: Story = {
  args: { report: reportFor('permission') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await userEvent.click(canvas.getByRole('button', { name: 'View policy' }));
    await expect(canvas.getByRole('figure', { name: 'Least-privilege RAM policy' })).toHaveTextContent(
      'slb:CreateLoadBalancer',
    );
  },
};

/** A long server message is cut, with "Show all". */
export const LongServerMessage: Story = {
  args: {
    report: classifySlbError({
      Code: 'Unknown.Verbose',
      Message: `The backend rejected the request because ${'a very long explanation, '.repeat(12)}and more.`,
      RequestId: '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D',
      statusCode: 400,
    }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Details' }));
    await expect(canvas.getByRole('button', { name: 'Show all' })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** While the kit retries by itself: the countdown in full-contrast text, and Cancel. */
export const Retrying: Story = {
  args: {
    report: reportFor('retry'),
    retry: { state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: Date.now() + 600_000 },
    onCancel: fn(),
  },
};
export const VerifyAccount: Story = { args: { report: reportFor('verify-account') } };
export const SignIn: Story = { args: { report: reportFor('sign-in') } };
export const Refresh: Story = { args: { report: reportFor('refresh') } };
export const None: Story = { args: { report: reportFor('none') } };

export const SeverityError: Story = { args: { report: reportFor('quota') } };
export const SeverityWarning: Story = { args: { report: reportFor('retry') } };
export const SeverityInfo: Story = { args: { report: reportFor('refresh') } };

export const Repeated: Story = { args: { report: reportFor('quota'), count: 4 } };
/** Without `onDismiss` there is no Dismiss button: the app decides when the error is over. */
export const NotDismissible: Story = {
  args: { report: reportFor('billing') },
  render: ({ onDismiss: _onDismiss, ...args }) => <Banner {...args} />,
};
export const HostileMessage: Story = { args: { report: classifySlbError(HOSTILE_BODY) } };
export const Chinese: Story = {
  args: { report: reportFor('permission', { locale: zhCN }) },
  globals: { locale: 'zh-CN' },
};
export const RightToLeft: Story = { args: { report: reportFor('quota') }, globals: { dir: 'rtl' } };
export const Dark: Story = { args: { report: reportFor('billing') }, globals: { theme: 'dark' } };
export const HighContrast: Story = { args: { report: reportFor('billing') }, globals: { theme: 'high-contrast' } };

const stacked = (intent: SlbIntent, createdAt: number): SlbErrorEntry => ({
  id: `story-${intent}`,
  report: reportFor(intent),
  count: 1,
  createdAt,
  updatedAt: createdAt,
  retry: null,
  actions: {},
  owners: [],
});

/** Several banners, in the stack's order: blocking first, then by severity, then oldest first. */
export const Stack: Story = {
  render: () => (
    <BannerStack
      max={6}
      entries={[
        stacked('refresh', 1),
        stacked('quota', 2),
        stacked('retry', 3),
        stacked('sign-in', 4),
        stacked('permission', 5),
        stacked('billing', 6),
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const headings = within(canvasElement).getAllByRole('heading', { level: 2 });
    await expect(headings.map((heading) => heading.textContent)).toEqual([
      'Error: Sign in again',
      'Error: Insufficient balance',
      'Error: Quota reached',
      'Error: Permission required',
      'Warning: Too many requests',
      'Notice: No longer exists',
    ]);
  },
};

/** Banners from the provider's queue: the stack picks the banner-surface ones. */
function Queued({ intents }: { readonly intents: readonly SlbIntent[] }) {
  const { queue } = useSlbErrorContext();
  useEffect(() => {
    const ids = intents.map((intent) => queue.push(reportFor(intent)));
    return () => ids.forEach((id) => queue.remove(id));
  }, [queue, intents]);
  return null;
}

const FROM_QUEUE: readonly SlbIntent[] = ['quota', 'retry', 'sign-in', 'ticket'];

export const StackFromQueue: Story = {
  render: () => (
    <>
      <Queued intents={FROM_QUEUE} />
      <BannerStack />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const headings = await canvas.findAllByRole('heading', { level: 2 });
    // Two at a time; the rest fold behind "Show 1 more".
    await expect(headings.map((heading) => heading.textContent)).toEqual([
      'Error: Sign in again',
      'Error: Quota reached',
    ]);
    await userEvent.click(canvas.getByRole('button', { name: 'Show 1 more' }));
    await expect(canvas.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      'Error: Sign in again',
      'Error: Quota reached',
      'Error: Account restricted',
    ]);
  },
};
