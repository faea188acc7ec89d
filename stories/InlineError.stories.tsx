import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useId } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  InlineError,
  type InlineErrorReportProps,
  SlbErrorProvider,
  classifySlbError,
  focusFirstInvalid,
  useSlbError,
} from '../src/index.ts';
import { zhCN } from '../src/locales/zh-CN.ts';
import { BODIES, HOSTILE_BODY, reportFor } from './reports.ts';

/** A labelled field wired by hand: aria-invalid and aria-describedby point at the InlineError. */
function Field(props: InlineErrorReportProps) {
  const inputId = useId();
  return (
    <div style={{ display: 'grid', gap: 4, maxWidth: 420 }}>
      <label htmlFor={inputId}>Server certificate</label>
      <input
        id={inputId}
        aria-invalid={props.report ? true : undefined}
        aria-describedby={props.report ? props.id : undefined}
      />
      <InlineError {...props} />
    </div>
  );
}

const meta = {
  title: 'Components/InlineError',
  component: InlineError,
  render: (args) => <Field {...(args as InlineErrorReportProps)} />,
  args: { report: reportFor('fix-input'), id: 'certificate-error' },
} satisfies Meta<typeof InlineError>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FixInput: Story = { args: { report: reportFor('fix-input') } };
export const Retry: Story = { args: { report: reportFor('retry') } };
export const Billing: Story = { args: { report: reportFor('billing') } };
export const Quota: Story = { args: { report: reportFor('quota') } };
export const Ticket: Story = { args: { report: reportFor('ticket') } };
export const Permission: Story = { args: { report: reportFor('permission') } };
export const VerifyAccount: Story = { args: { report: reportFor('verify-account') } };
export const SignIn: Story = { args: { report: reportFor('sign-in') } };
export const Refresh: Story = { args: { report: reportFor('refresh') } };
export const None: Story = { args: { report: reportFor('none') } };

export const SeverityError: Story = { args: { report: reportFor('fix-input') } };
export const SeverityWarning: Story = { args: { report: reportFor('none') } };
export const SeverityInfo: Story = { args: { report: reportFor('refresh') } };

export const HostileMessage: Story = { args: { report: classifySlbError(HOSTILE_BODY) } };
export const Chinese: Story = {
  args: { report: reportFor('fix-input', { locale: zhCN }) },
  globals: { locale: 'zh-CN' },
};
export const RightToLeft: Story = { globals: { dir: 'rtl' } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** The documented wiring: useSlbError, fieldProps, fieldMap, and focus on the first invalid field on submit. */
function CertificateForm() {
  const error = useSlbError({ retry: false });
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
    <SlbErrorProvider fieldMap={{ ServerCertificate: 'certificate' }}>
      <CertificateForm />
    </SlbErrorProvider>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create listener' }));
    const certificate = canvas.getByLabelText('Server certificate');
    await waitFor(() => expect(certificate).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(certificate).toHaveFocus());
    await expect(certificate).toHaveAccessibleDescription(/Enter the certificate in PEM format/);
    await expect(certificate).toHaveAttribute('data-slb-invalid', '');
  },
};
