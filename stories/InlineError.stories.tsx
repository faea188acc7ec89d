import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useId } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { InlineError, type InlineErrorReportProps, focusFirstInvalid, useSlbError } from '../src/index.ts';
import { kitText } from './kitText.ts';
import { BODIES, FAMILY_BODIES, HOSTILE_BODY } from './reports.ts';
import { InnerProvider } from './support/InnerProvider.tsx';
import { StateMatrix } from './support/Matrix.tsx';
import { ERROR_ARG_TYPE, type StoryError, useStoryReport } from './support/report.ts';

type FieldProps = Omit<InlineErrorReportProps, 'report' | 'id' | 'error'> & {
  readonly error: StoryError;
  /** The field's label. @defaultValue 'Server certificate' */
  readonly label?: string;
};

/** A labelled field wired by hand: aria-invalid and aria-describedby point at the InlineError. */
function Field({ error, label = 'Server certificate', ...props }: FieldProps) {
  const inputId = useId();
  const errorId = useId();
  const report = useStoryReport(error);
  return (
    <div style={{ display: 'grid', gap: 4, maxWidth: 420 }}>
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} aria-invalid aria-describedby={errorId} data-slb-invalid="" />
      <InlineError {...props} report={report} id={errorId} />
    </div>
  );
}

const meta = {
  title: 'Components/InlineError',
  component: Field,
  args: { error: 'fix-input' },
  argTypes: { error: ERROR_ARG_TYPE },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FixInput: Story = { args: { error: 'fix-input' } };
/** An NLB listener port another listener has: NLB's row and its words. */
export const NlbListenerPort: Story = { args: { error: FAMILY_BODIES.nlbPort, label: 'Listener port' } };
export const Retry: Story = { args: { error: 'retry' } };
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
      caption="InlineError: every intent, at rest and with details open"
      cell={(intent, detailsOpen) => (
        <Field {...args} error={intent} label={`Field (${intent})`} defaultDetailsOpen={detailsOpen} />
      )}
    />
  ),
};

/** The kit knows the valid range: a port is 1–65535. The form's own label names the field. */
export const PortRange: Story = {
  render: () => (
    <InnerProvider fieldLabels={{ ListenerPort: 'Listener port' }}>
      <Field error={{ Code: 'InvalidParameter', Message: 'The specified port is not valid.' }} label="Listener port" />
    </InnerProvider>
  ),
};

export const DetailsOpen: Story = { args: { defaultDetailsOpen: true } };

export const SeverityError: Story = { args: { error: 'fix-input' } };
export const SeverityWarning: Story = { args: { error: 'none' } };
export const SeverityInfo: Story = { args: { error: 'refresh' } };

export const HostileMessage: Story = { args: { error: HOSTILE_BODY, defaultDetailsOpen: true } };
/** Chinese whatever the toolbar says. */
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** The documented wiring: useSlbError, fieldProps, fieldMap, and focus on the first invalid field on submit. */
function CertificateForm() {
  const error = useSlbError({ retryPolicy: false });
  const certificateId = useId();
  const nameId = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    void error
      .run(() => Promise.reject(BODIES['fix-input']))
      .then(() => requestAnimationFrame(() => focusFirstInvalid(form)));
  };
  return (
    <form onSubmit={onSubmit} noValidate style={{ display: 'grid', gap: 4, maxWidth: 420 }}>
      <label htmlFor={nameId}>Listener name</label>
      <input id={nameId} defaultValue="https-443" {...error.fieldProps('name')} />
      <label htmlFor={certificateId}>Server certificate</label>
      <textarea id={certificateId} defaultValue="-----BEGIN CERT" {...error.fieldProps('certificate')} />
      <InlineError error={error} name="certificate" />
      <button type="submit">Create listener</button>
    </form>
  );
}

export const WiredWithHook: Story = {
  render: () => (
    <InnerProvider fieldMap={{ ServerCertificate: 'certificate' }}>
      <CertificateForm />
    </InnerProvider>
  ),
  play: async ({ canvasElement, globals }) => {
    const { inline, reportOf } = kitText(globals);
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create listener' }));
    const certificate = canvas.getByLabelText('Server certificate');
    await waitFor(() => expect(certificate).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(certificate).toHaveFocus());
    await expect(certificate).toHaveAccessibleDescription(inline(reportOf('fix-input')));
    await expect(certificate).toHaveAttribute('data-slb-invalid', '');
  },
};
