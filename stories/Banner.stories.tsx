import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, within } from 'storybook/test';
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
export const Permission: Story = {
  args: { report: reportFor('permission') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('figure', { name: 'Least-privilege RAM policy' })).toHaveTextContent(
      'slb:CreateLoadBalancer',
    );
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
      'Error: Payment required',
      'Error: Quota reached',
      'Error: Permission required',
      'Warning: The request did not go through',
      'Notice: This view is out of date',
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
    const headings = await within(canvasElement).findAllByRole('heading', { level: 2 });
    await expect(headings.map((heading) => heading.textContent)).toEqual([
      'Error: Sign in again',
      'Error: Quota reached',
      'Error: Contact support',
    ]);
  },
};
