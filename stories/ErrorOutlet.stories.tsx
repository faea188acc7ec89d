import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useSlbErrorContext } from '../src/hooks/index.ts';
import { formatString } from '../src/components/index.ts';
import { ErrorOutlet, type SlbIntent, useSlbError } from '../src/index.ts';
import { kitText } from './kitText.ts';
import { INTENTS } from './reports.ts';
import { useStoryClassify } from './support/report.ts';

/** Puts these intents' reports (in the toolbar's language) on the provider's queue while the story is shown. */
function Queued({ intents }: { readonly intents: readonly SlbIntent[] }) {
  const { queue } = useSlbErrorContext();
  const classify = useStoryClassify();
  useEffect(() => {
    const ids = intents.map((intent) => queue.push(classify(intent), { retry: () => {} }));
    return () => ids.forEach((id) => queue.remove(id));
  }, [queue, intents, classify]);
  return null;
}

/** The stack's "Show all (N)" button, whose name starts with the counts per severity. */
const showAll = (globals: Readonly<Record<string, unknown>>, count: number) =>
  new RegExp(`${formatString(kitText(globals).ui.showAllNotifications, { count }).replace(/[()]/g, '\\$&')}$`);

const showing = (intents: readonly SlbIntent[]): Partial<Story> => ({
  decorators: [
    (Story) => (
      <>
        <Queued intents={intents} />
        <Story />
      </>
    ),
  ],
});

const meta = {
  title: 'Components/ErrorOutlet',
  component: ErrorOutlet,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ErrorOutlet>;

export default meta;
type Story = StoryObj<typeof meta>;

// Each intent where its report sends it: banners here, toasts in the corner, inline errors with
// no InlineError mounted falling back to a toast.
export const Retry: Story = showing(['retry']);
export const FixInput: Story = showing(['fix-input']);
export const Billing: Story = showing(['billing']);
export const Quota: Story = showing(['quota']);
export const Ticket: Story = showing(['ticket']);
export const Permission: Story = showing(['permission']);
export const VerifyAccount: Story = showing(['verify-account']);
export const SignIn: Story = showing(['sign-in']);
export const Refresh: Story = showing(['refresh']);
export const None: Story = showing(['none']);

/** Everything at once: blocking banners first, the rest folded; the toasts as one stack with counts per severity. */
export const Everything: Story = {
  ...showing(INTENTS),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: showAll(globals, 4) });
    // Collapsed: one toast in front (the others may still be entering).
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
  },
};

/** The toast stack expanded ("Show all"), with "Dismiss all". */
export const StackExpanded: Story = {
  ...showing(INTENTS),
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: showAll(globals, 4) }));
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(4));
  },
};

export const Dark: Story = { ...showing(INTENTS), globals: { theme: 'dark' } };
export const HighContrast: Story = { ...showing(INTENTS), globals: { theme: 'high-contrast' } };
export const RightToLeft: Story = { ...showing(INTENTS), globals: { dir: 'rtl' } };

/** A save that fails once with a temporary server error, then succeeds. */
function FlakySave() {
  const error = useSlbError({ retryPolicy: false });
  const calls = useRef(0);
  const save = () =>
    error.run(async () => {
      calls.current += 1;
      if (calls.current === 1)
        throw {
          Code: 'ServiceUnavailable',
          Message: 'The request has failed due to a temporary failure of the server.',
          RequestId: 'A1B2C3D4-0000-4000-8000-000000000001',
        };
      return 'saved';
    });
  return (
    <button type="button" onClick={() => void save()}>
      Save
    </button>
  );
}

/** Show a toast → Retry → gone. */
export const RetryFlow: Story = {
  render: (args) => (
    <>
      <ErrorOutlet {...args} />
      <FlakySave />
    </>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const toast = await canvas.findByRole('listitem');
    await userEvent.click(within(toast).getByRole('button', { name: ui.retry }));
    // Found and checked in one step: "Succeeded on retry" shows for 1.6 s, and a loaded machine can
    // spend that long between two separate steps.
    await waitFor(() => expect(within(toast).getByText(ui.retrySucceeded)).toBeVisible());
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull(), { timeout: 5000 });
  },
};

/** F8 jumps to the notifications, Tab walks the toasts, Escape goes back to where the user was. */
export const KeyboardPath: Story = {
  ...showing(['retry', 'none', 'refresh', 'fix-input']),
  render: (args) => (
    <>
      <button type="button">Edit listener</button>
      <ErrorOutlet {...args} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const edit = canvas.getByRole('button', { name: 'Edit listener' });
    await canvas.findAllByRole('listitem');
    edit.focus();
    await userEvent.keyboard('[F8]');
    await expect(canvasElement.querySelector('.slb-toast-list')).toHaveFocus();
    await userEvent.tab();
    await expect(document.activeElement).toHaveAttribute('data-slb-toast');
    await userEvent.keyboard('[F8]');
    await userEvent.keyboard('{Escape}');
    await expect(edit).toHaveFocus();
    // Nothing closed; with focus gone the stack collapses to its newest toast.
    await expect(canvasElement.querySelectorAll('[data-slb-toast]')).toHaveLength(4);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1));
  },
};
