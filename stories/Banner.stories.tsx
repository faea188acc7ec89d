import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { useSlbErrorContext } from '../src/hooks/index.ts';
import {
  Banner,
  type BannerProps,
  BannerStack,
  type SlbErrorEntry,
  type SlbIntent,
  useSlbPlacement,
} from '../src/index.ts';
import { kitText } from './kitText.ts';
import { FAMILY_BODIES, HOSTILE_BODY } from './reports.ts';
import { StateMatrix } from './support/Matrix.tsx';
import { ERROR_ARG_TYPE, type StoryError, useStoryClassify, useStoryReport } from './support/report.ts';

/** A banner of the story's `error`, reported in the toolbar's language when it renders. */
type BannerStoryProps = Omit<BannerProps, 'report'> & { readonly error: StoryError };

function BannerStory({ error, ...props }: BannerStoryProps) {
  return <Banner {...props} report={useStoryReport(error)} />;
}

const meta = {
  title: 'Components/Banner',
  component: BannerStory,
  args: { error: 'billing', onDismiss: fn(), onRetry: fn() },
  argTypes: { error: ERROR_ARG_TYPE },
} satisfies Meta<typeof BannerStory>;

export default meta;
type Story = StoryObj<typeof meta>;

// Blocking intents (billing, verify-account, sign-in) are alerts; the others are labelled regions.
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
  // Each banner shows twice (at rest, details open), so two regions share a name on this review sheet.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  render: (args) => (
    <StateMatrix
      caption="Banner: every intent, at rest and with details open"
      cell={(intent, detailsOpen) => (
        <BannerStory {...args} error={intent} defaultDetailsOpen={detailsOpen} headingLevel={3} />
      )}
    />
  ),
};

/** Details open: the code, the request ID with Copy, "Copy details", and the links support uses. */
export const DetailsOpen: Story = { args: { error: 'quota', defaultDetailsOpen: true } };

/** The Details button opens them: "Copy details" is one activation away. */
export const OpenDetails: Story = {
  args: { error: 'quota' },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: ui.details }));
    await expect(canvas.getByRole('button', { name: ui.copyDetails })).toBeVisible();
  },
};

/** A RAM denial with its policy shown ("View policy"), and the RAM console for administrators. */
export const PermissionPolicyOpen: Story = {
  args: { error: 'permission', defaultDetailsOpen: true },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: ui.viewPolicy }));
    await expect(canvas.getByRole('figure', { name: ui.policyLabel })).toHaveTextContent('slb:CreateLoadBalancer');
  },
};

const VERBOSE = {
  Code: 'Unknown.Verbose',
  Message: `The backend rejected the request because ${'a very long explanation, '.repeat(12)}and more.`,
  RequestId: '0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D',
  statusCode: 400,
};

/** A long server message is cut, with "Show all". */
export const LongServerMessage: Story = {
  args: { error: VERBOSE, defaultDetailsOpen: true },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: ui.showAll })).toHaveAttribute('aria-expanded', 'false');
  },
};

/** While the kit retries by itself: the countdown in full-contrast text, and Cancel. */
export const Retrying: Story = {
  args: {
    error: 'retry',
    retryProgress: { state: 'waiting', attempt: 1, maxAttempts: 3, nextRetryAt: Date.now() + 600_000 },
    onCancel: fn(),
  },
};

export const SeverityError: Story = { args: { error: 'quota' } };
export const SeverityWarning: Story = { args: { error: 'retry' } };
export const SeverityInfo: Story = { args: { error: 'refresh' } };

export const Repeated: Story = { args: { error: 'quota', count: 4 } };
/** Without `onDismiss` there is no Dismiss button: the app decides when the error is over. */
export const NotDismissible: Story = {
  render: ({ onDismiss: _onDismiss, ...args }) => <BannerStory {...args} />,
};
export const HostileMessage: Story = { args: { error: HOSTILE_BODY, defaultDetailsOpen: true } };
/** An ALB quota: ALB's row, its usage in the words, ALB's quota in Quota Center. */
export const AlbQuota: Story = {
  args: { error: FAMILY_BODIES.albQuota },
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const link = within(canvasElement).getByRole('link', { name: (name) => name.startsWith(ui.increaseQuota) });
    await expect(link.getAttribute('href')).toContain('/products/alb/quotas?query=alb_quota_loadbalancer_servers_num');
    await expect(canvasElement.textContent).toContain('200');
  },
};
/** Chinese whatever the toolbar says. */
export const Chinese: Story = { args: { error: 'permission' }, globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { args: { error: 'quota' }, globals: { dir: 'rtl' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

const STACK_ORDER: readonly SlbIntent[] = ['refresh', 'quota', 'retry', 'sign-in', 'permission', 'billing'];

function StackOfSix() {
  const classify = useStoryClassify();
  const entries = STACK_ORDER.map((intent, index): SlbErrorEntry => ({
    id: `story-${intent}`,
    report: classify(intent),
    count: 1,
    createdAt: index + 1,
    updatedAt: index + 1,
    retryProgress: null,
    actions: {},
    owners: [],
  }));
  return <BannerStack max={6} entries={entries} />;
}

/** Several banners, in the stack's order: blocking first, then by severity, then oldest first. */
export const Stack: Story = {
  render: () => <StackOfSix />,
  play: async ({ canvasElement, globals }) => {
    const { heading, reportOf } = kitText(globals);
    const headings = within(canvasElement).getAllByRole('heading', { level: 2 });
    await expect(headings.map((element) => element.textContent)).toEqual(
      (['sign-in', 'billing', 'quota', 'permission', 'retry', 'refresh'] as const).map((intent) =>
        heading(reportOf(intent)),
      ),
    );
  },
};

/** Banners from the provider's queue: the stack picks the banner-surface ones. */
function Queued({ intents }: { readonly intents: readonly SlbIntent[] }) {
  const { queue } = useSlbErrorContext();
  const classify = useStoryClassify();
  useEffect(() => {
    const ids = intents.map((intent) => queue.push(classify(intent)));
    return () => ids.forEach((id) => queue.remove(id));
  }, [queue, intents, classify]);
  return null;
}

const FROM_QUEUE: readonly SlbIntent[] = ['quota', 'retry', 'sign-in', 'ticket'];

/** The provider queue's banners, placed as ErrorOutlet places them. */
function QueueBanners() {
  return <BannerStack entries={useSlbPlacement().banner} />;
}

export const StackFromQueue: Story = {
  render: () => (
    <>
      <Queued intents={FROM_QUEUE} />
      <QueueBanners />
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, heading, reportOf } = kitText(globals);
    const canvas = within(canvasElement);
    const headings = await canvas.findAllByRole('heading', { level: 2 });
    const expected = (['sign-in', 'quota', 'ticket'] as const).map((intent) => heading(reportOf(intent)));
    // Two at a time; the rest fold behind "Show 1 more".
    await expect(headings.map((element) => element.textContent)).toEqual(expected.slice(0, 2));
    await userEvent.click(canvas.getByRole('button', { name: ui.moreBanners.replace('{count}', '1') }));
    await expect(canvas.getAllByRole('heading', { level: 2 }).map((element) => element.textContent)).toEqual(expected);
  },
};
