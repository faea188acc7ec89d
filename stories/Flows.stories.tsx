import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { SLB_DEFAULT_PAGES } from '../src/core/index.ts';
import { formatString } from '../src/components/index.ts';
import { ErrorOutlet } from '../src/index.ts';
import { FailingFlow } from './flows/FailingFlow.tsx';
import { FlowProvider } from './flows/FlowProvider.tsx';
import { ListenerPortForm } from './flows/ListenerPortForm.tsx';
import { ModalEdit } from './flows/ModalEdit.tsx';
import { body, throttlingError } from './flows/slbCall.ts';
import { ThrottledCreate } from './flows/ThrottledCreate.tsx';
import './support/controls.css';
import './flows/flows.css';
import { kitText } from './kitText.ts';

// Whole interactions, each with its own provider and queue (see FlowProvider) and the outlet
// placing every error where its report says: toasts in the corner, banners on top, inline under fields.
// The plays read the kit's text in the toolbar's language; the pretend console's own text is English.
const meta = {
  title: 'Flows',
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Throttled, resting on the error: the toast says the kit retries by itself in 50 s, with Cancel. */
export const ThrottledRetryAtError: Story = {
  render: () => (
    <FlowProvider>
      <ErrorOutlet />
      <ThrottledCreate retryAfter={50_000} createOnMount />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, pattern } = kitText(globals);
    const toast = await within(canvasElement).findByRole('listitem');
    await waitFor(() => expect(within(toast).getByText(pattern(ui.retryingIn))).toBeVisible());
    await expect(within(toast).getByRole('button', { name: ui.cancel })).toBeVisible();
  },
};

/** Throttled (retry after 2 s): the toast says it retries by itself and counts down, the retry succeeds, the toast confirms and goes. */
export const ThrottledRetry: Story = {
  render: () => (
    <FlowProvider>
      <ErrorOutlet />
      <ThrottledCreate />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, report, pattern } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create listener' }));
    const toast = await canvas.findByRole('listitem');
    await expect(toast).toHaveTextContent(report(throttlingError(2000)).title);
    // What the kit does, said plainly; internals such as the attempt wait in the details.
    await waitFor(() => expect(within(toast).getByText(pattern(ui.retryingIn))).toBeVisible());
    await expect(toast).not.toHaveTextContent(formatString(ui.attempt, { attempt: 1, max: 3 }));
    await expect(within(toast).getByRole('button', { name: ui.cancel })).toBeVisible();
    await waitFor(() => expect(within(toast).getByText(formatString(ui.retryingIn, { seconds: 1 }))).toBeVisible(), {
      timeout: 3000,
    });
    const outcome = await waitFor(() => canvas.getByText(/^Listener TCP:80 created on attempt 2\./), { timeout: 5000 });
    await expect(outcome).toHaveAttribute('role', 'status');
    await expect(outcome).toHaveTextContent('Every attempt sent the same ClientToken.');
    await waitFor(() => expect(within(toast).getByText(ui.retrySucceeded)).toBeVisible());
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull(), { timeout: 4000 });
  },
};

const ACCESS_CONTROL_OFF = () => body('ActionNotAllowed', 'Listener AccessControl Status is Incorrect.');

/** The same error three times, resting on the one toast with ×3. */
export const RepeatsCollapseAtError: Story = {
  render: () => (
    <FailingFlow
      note="Access control is off on this listener: each press fails the same way."
      label="Apply access control list"
      fail={ACCESS_CONTROL_OFF}
      pressOnMount={3}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const toast = await within(canvasElement).findByRole('listitem');
    await waitFor(() => expect(toast).toHaveTextContent(formatString(ui.repeated, { count: 3 })), { timeout: 3000 });
  },
};

/** The same error three times (three request ids, one fingerprint): one toast with ×3, announced once. */
export const RepeatsCollapse: Story = {
  render: () => (
    <FailingFlow
      note="Access control is off on this listener: each press fails the same way."
      label="Apply access control list"
      fail={ACCESS_CONTROL_OFF}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, report } = kitText(globals);
    const canvas = within(canvasElement);
    const apply = canvas.getByRole('button', { name: 'Apply access control list' });
    await userEvent.click(apply);
    const toast = await canvas.findByRole('listitem');
    await expect(toast).toHaveTextContent(report(ACCESS_CONTROL_OFF()).description);
    await expect(toast.querySelector('[data-slb-count]')).toBeNull();
    await userEvent.click(apply);
    await waitFor(() => expect(toast).toHaveTextContent(formatString(ui.repeated, { count: 2 })));
    await userEvent.click(apply);
    await waitFor(() => expect(toast).toHaveTextContent(formatString(ui.repeated, { count: 3 })));
    await expect(canvas.getAllByRole('listitem')).toEqual([toast]);
  },
};

const FIELD_MAP = { ListenerPort: 'port' };

/** The server rejected the port, resting on the field error (focus stays where it was). */
export const FixInputAtError: Story = {
  render: () => (
    <FlowProvider fieldMap={FIELD_MAP}>
      <ErrorOutlet />
      <ListenerPortForm submitOnMount />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { inline, report } = kitText(globals);
    const port = within(canvasElement).getByLabelText('Listener port');
    await waitFor(() => expect(port).toHaveAttribute('aria-invalid', 'true'));
    await expect(port).toHaveAccessibleDescription(
      inline(report(body('InvalidParameter', 'The specified port is not valid.'))),
    );
    await expect(port).not.toHaveFocus();
  },
};

/** The server rejects the port: the error sits under its field, which is invalid, described by it, and focused. */
export const FixInputFocus: Story = {
  render: () => (
    <FlowProvider fieldMap={FIELD_MAP}>
      <ErrorOutlet />
      <ListenerPortForm />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { inline, report } = kitText(globals);
    const invalidPort = report(body('InvalidParameter', 'The specified port is not valid.'));
    const canvas = within(canvasElement);
    const port = canvas.getByLabelText('Listener port');
    const backendPort = canvas.getByLabelText('Backend port');
    const submit = canvas.getByRole('button', { name: 'Create listener' });
    await userEvent.click(submit);
    await waitFor(() => expect(port).toHaveFocus());
    await expect(port).toHaveAttribute('aria-invalid', 'true');
    await expect(port).toHaveAccessibleDescription(inline(invalidPort));
    await expect(backendPort).not.toHaveAttribute('aria-invalid');
    await expect(backendPort).not.toHaveAttribute('aria-describedby');
    // Inline, so not also a toast.
    await expect(canvas.queryByRole('listitem')).toBeNull();

    await userEvent.clear(port);
    await userEvent.type(port, '8080');
    await userEvent.click(submit);
    await waitFor(() => expect(canvas.getByText('Listener TCP:8080 created.')).toBeVisible());
    await expect(port).not.toHaveAttribute('aria-invalid');
    await expect(port).not.toHaveAccessibleDescription();
  },
};

const INSUFFICIENT_BALANCE = () => body('InsufficientBalance', 'Your account does not have enough balance.');

/** Billing blocks the page, resting on the banner. */
export const BillingBannerAtError: Story = {
  render: () => (
    <FailingFlow
      note="A pay-as-you-go instance on an account without balance."
      label="Create load balancer"
      fail={INSUFFICIENT_BALANCE}
      pressOnMount={1}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { report } = kitText(globals);
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent(report(INSUFFICIENT_BALANCE()).description);
  },
};

/** Billing blocks the page: a banner with role="alert" and the way to the billing console. */
export const BillingBanner: Story = {
  render: () => (
    <FailingFlow
      note="A pay-as-you-go instance on an account without balance."
      label="Create load balancer"
      fail={INSUFFICIENT_BALANCE}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, heading, report } = kitText(globals);
    const expected = report(INSUFFICIENT_BALANCE());
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create load balancer' }));
    const banner = (await canvas.findByRole('alert')).closest('section') as HTMLElement;
    await expect(within(banner).getByRole('heading', { level: 2 })).toHaveTextContent(heading(expected));
    await expect(banner).toHaveTextContent(expected.description);
    const billing = within(banner).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` });
    await expect(billing).toHaveAttribute('href', SLB_DEFAULT_PAGES.intl.billing);
    await expect(billing).toHaveAttribute('target', '_blank');
    await expect(canvas.queryByRole('listitem')).toBeNull();
  },
};

const RESELLER_LINKS = { billing: 'https://billing.reseller.example/top-up' };
const SLB_INSUFFICIENT_BALANCE = () => body('INSUFFICIENT_BALANCE', 'The Acount Balance is insufficient.');

/** The reseller's billing link, resting on the banner. */
export const BillingBannerResellerLinkAtError: Story = {
  render: () => (
    <FailingFlow links={RESELLER_LINKS} label="Create load balancer" fail={SLB_INSUFFICIENT_BALANCE} pressOnMount={1} />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const banner = (await within(canvasElement).findByRole('alert')).closest('section') as HTMLElement;
    await expect(within(banner).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` })).toHaveAttribute(
      'href',
      RESELLER_LINKS.billing,
    );
  },
};

/** A reseller routes billing to its own page with the provider's `links`. */
export const BillingBannerResellerLink: Story = {
  render: () => <FailingFlow links={RESELLER_LINKS} label="Create load balancer" fail={SLB_INSUFFICIENT_BALANCE} />,
  play: async ({ canvasElement, globals }) => {
    const { ui, report } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create load balancer' }));
    const banner = (await canvas.findByRole('alert')).closest('section') as HTMLElement;
    await expect(banner).toHaveTextContent(report(SLB_INSUFFICIENT_BALANCE()).description);
    await expect(within(banner).getByRole('link', { name: `${ui.goToBilling} ${ui.opensInNewTab}` })).toHaveAttribute(
      'href',
      RESELLER_LINKS.billing,
    );
  },
};

const DENIED_ACTION = 'slb:CreateLoadBalancerTCPListener';
const DENIED_RESOURCE = 'acs:slb:cn-hangzhou:1234567890123456:loadbalancer/lb-bp1o94dp5i6earr9g6d1l';
const FORBIDDEN_RAM = () =>
  body('Forbidden.RAM', "User not authorized to operate on the specified resource, or this API doesn't support RAM.", {
    AccessDeniedDetail: {
      AuthAction: DENIED_ACTION,
      AuthResource: DENIED_RESOURCE,
      AuthPrincipalType: 'SubUser',
      AuthPrincipalDisplayName: 'ops-alice',
      NoPermissionType: 'ImplicitDeny',
      PolicyType: 'AccountLevelIdentityBasedPolicy',
    },
  });

/** A RAM denial, resting on the banner: the access request to copy, no policy until asked. */
export const PermissionPolicyAtError: Story = {
  render: () => (
    <FailingFlow
      note="Signed in as the RAM user ops-alice, who may view but not change listeners."
      label="Create TCP listener"
      fail={FORBIDDEN_RAM}
      pressOnMount={1}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const button = await within(canvasElement).findByRole('button', { name: ui.requestPermission });
    await expect(button).toBeVisible();
    await expect(canvasElement.querySelector('pre')).toBeNull();
  },
};

/** A RAM denial: the user copies a request for an administrator; the details name the denied action and hold the least-privilege policy. */
export const PermissionPolicy: Story = {
  render: () => (
    <FailingFlow
      note="Signed in as the RAM user ops-alice, who may view but not change listeners."
      label="Create TCP listener"
      fail={FORBIDDEN_RAM}
    />
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui, heading, report } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create TCP listener' }));
    const title = heading(report(FORBIDDEN_RAM()));
    const banner = await canvas.findByRole('region', { name: (name) => name.startsWith(title) });
    // At rest: no policy JSON, and the one thing a RAM user can do.
    await expect(banner.querySelector('pre')).toBeNull();
    await expect(within(banner).getByRole('button', { name: ui.requestPermission })).toBeVisible();
    await userEvent.click(within(banner).getByRole('button', { name: ui.details }));
    await expect(within(banner).getByText(ui.deniedAction)).toBeVisible();
    await expect(within(banner).getByText(DENIED_ACTION, { selector: 'code' })).toBeVisible();
    await userEvent.click(within(banner).getByRole('button', { name: ui.viewPolicy }));
    const figure = within(banner).getByRole('figure', { name: ui.policyLabel });
    const policyText = figure.querySelector('code')?.textContent ?? '';
    await expect(JSON.parse(policyText)).toEqual({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: [DENIED_ACTION], Resource: [DENIED_RESOURCE] }],
    });
    await expect(within(banner).getByRole('link', { name: `${ui.ramConsole} ${ui.opensInNewTab}` })).toHaveAttribute(
      'href',
      SLB_DEFAULT_PAGES.intl.permission,
    );
    // Headless Chromium refuses the clipboard to scripted clicks, so the clipboard itself is stood in
    // for: the button must hand it exactly the policy shown, then say so politely.
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    try {
      await userEvent.click(within(banner).getByRole('button', { name: ui.copyPolicy }));
      await expect(writeText).toHaveBeenCalledWith(policyText);
      // Found and checked in one step: "Policy copied" shows for 2.5 s only.
      await waitFor(() => expect(within(banner).getByText(ui.policyCopied)).toHaveAttribute('role', 'status'));
    } finally {
      writeText.mockRestore();
    }
  },
};

const LISTENER_BUSY = () =>
  body(
    'OperationFailed.ListenerStatusNotSupport',
    'The status of the listener does not support this operation. Please try again later.',
  );

/** A save in a modal dialog fails, resting on the error: the toast is drawn above the dialog and its backdrop. */
export const ToastOverModalDialogAtError: Story = {
  render: () => (
    <FlowProvider retryPolicy={{ maxAttempts: 1 }}>
      <ErrorOutlet />
      <ModalEdit fail={LISTENER_BUSY} failOnMount />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { report } = kitText(globals);
    const dialog = canvasElement.querySelector('dialog');
    const toast = await within(canvasElement).findByRole('listitem');
    await expect(dialog).toContainElement(toast);
    await expect(toast).toHaveTextContent(report(LISTENER_BUSY()).title);
  },
};

/** In a modal dialog: the toast is usable there, F8 reaches it, and Escape goes back without closing the dialog. */
export const ToastOverModalDialog: Story = {
  render: () => (
    <FlowProvider retryPolicy={{ maxAttempts: 1 }}>
      <ErrorOutlet />
      <ModalEdit fail={LISTENER_BUSY} />
    </FlowProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { ui } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit listener' }));
    const dialog = canvasElement.querySelector('dialog');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const toast = await canvas.findByRole('listitem');
    await expect(dialog).toContainElement(toast);
    const description = canvas.getByLabelText('Description');
    await userEvent.click(description);
    await userEvent.keyboard('[F8]');
    await waitFor(() => expect(canvasElement.querySelector('.slb-toast-list')).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await expect(description).toHaveFocus();
    await expect(dialog).toHaveAttribute('open');
    await userEvent.click(within(toast).getByRole('button', { name: ui.dismiss }));
    await waitFor(() => expect(canvas.queryByRole('listitem')).toBeNull(), { timeout: 5000 });
  },
};
