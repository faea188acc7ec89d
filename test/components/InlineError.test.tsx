import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorOutlet, InlineError, focusFirstInvalid } from '../../src/components/index.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, useSlbError } from '../../src/hooks/index.ts';
import { BODIES, INTENTS, reportFor } from '../../stories/reports.ts';
import { en } from '../../src/locales/en.ts';
import { wordsOf } from '../core/row-words.ts';
import { axeViolations, openDetails } from './helpers.tsx';

const severityWord = (severity: string) =>
  severity === 'error' ? 'Error' : severity === 'warning' ? 'Warning' : 'Notice';

describe('InlineError × intent (report + id)', () => {
  it.each(INTENTS)(
    '%s: one sentence that describes its control; no heading, close or link at rest; no axe violations',
    async (intent) => {
      const user = userEvent.setup();
      const report = reportFor(intent);
      const { container } = render(
        <div>
          <label htmlFor="field">Certificate</label>
          <input id="field" aria-invalid="true" aria-describedby="field-error" />
          <InlineError report={report} id="field-error" />
        </div>,
      );
      const input = screen.getByLabelText('Certificate');
      expect(input).toHaveAccessibleDescription(`${severityWord(report.severity)}: ${report.description}`);
      expect(input).toHaveAccessibleName('Certificate');
      expect(screen.queryByRole('heading')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
      expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Details']);
      expect(screen.queryByText(report.requestId ?? '')).toBeNull();
      expect(await axeViolations(container)).toEqual([]);
      const details = await openDetails(user, container);
      expect(details).toHaveTextContent(report.requestId ?? '');
      // The details are not part of the field's description.
      expect(input).toHaveAccessibleDescription(`${severityWord(report.severity)}: ${report.description}`);
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('renders nothing without a report, or an empty polite region when `live`', () => {
    const { container, rerender } = render(<InlineError report={null} id="x" />);
    expect(container).toBeEmptyDOMElement();
    rerender(<InlineError report={null} id="x" live />);
    expect(container.firstElementChild).toHaveAttribute('aria-live', 'polite');
    expect(container.firstElementChild).toBeEmptyDOMElement();
    rerender(<InlineError report={reportFor('fix-input')} id="x" live />);
    expect(container.firstElementChild).toHaveTextContent(wordsOf('slb-077', en).description);
  });
});

/** A form wired the documented way: fieldProps on the control, InlineError beside it. */
function CertificateForm() {
  const error = useSlbError();
  const [other, setOther] = useState('');
  const submits = useRef(0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    submits.current += 1;
    // The first submit is refused; a corrected second one goes through.
    const attempt = submits.current;
    void error
      .run(() => (attempt === 1 ? Promise.reject(BODIES['fix-input']) : Promise.resolve('created')))
      // After React has drawn aria-invalid on the field.
      .then(() => requestAnimationFrame(() => focusFirstInvalid(form)));
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <label htmlFor="name">Name</label>
      <input
        id="name"
        value={other}
        onChange={(event) => setOther(event.currentTarget.value)}
        {...error.fieldProps('name')}
      />
      <label htmlFor="certificate">Certificate</label>
      <textarea id="certificate" {...error.fieldProps('certificate')} />
      <InlineError error={error} name="certificate" />
      <button type="submit">Create</button>
    </form>
  );
}

describe('InlineError with useSlbError', () => {
  it('wires aria-invalid and aria-describedby to the field the error is about (via fieldMap)', async () => {
    const user = userEvent.setup();
    const client = createSlbErrorClient();
    const { queue } = client;
    const { container } = render(
      <SlbErrorProvider client={client} locale={en} fieldMap={{ ServerCertificate: 'certificate' }}>
        <ErrorOutlet />
        <CertificateForm />
      </SlbErrorProvider>,
    );
    const certificate = screen.getByLabelText('Certificate');
    expect(certificate).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(certificate).toHaveAttribute('aria-invalid', 'true'));
    expect(certificate).toHaveAttribute('data-slb-invalid', '');
    const describedBy = certificate.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy);
    expect(message).toHaveTextContent(wordsOf('slb-077', en).description);
    expect(message?.closest('label')).toBeNull();
    expect(certificate).toHaveAccessibleName('Certificate');
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
    // On submit, focus goes to the first invalid control.
    await vi.waitFor(() => expect(document.activeElement).toBe(certificate));
    // The inline error has a home, so the outlet shows it nowhere else.
    expect(queue.getSnapshot()).toHaveLength(1);
    expect(container.querySelector('[data-slb-toast]')).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
    // A field error has no close button: submitting a corrected value clears it.
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(certificate).not.toHaveAttribute('aria-invalid'));
    expect(certificate).not.toHaveAttribute('data-slb-invalid');
    expect(queue.getSnapshot()).toEqual([]);
  });

  it('shows nothing for a field the error is not about', async () => {
    const user = userEvent.setup();
    const client = createSlbErrorClient();
    const { queue } = client;
    render(
      <SlbErrorProvider client={client}>
        <CertificateForm />
      </SlbErrorProvider>,
    );
    // Without a fieldMap the error names `ServerCertificate`, not `certificate`.
    await user.click(screen.getByRole('button', { name: 'Create' }));
    await vi.waitFor(() => expect(queue.getSnapshot()).toHaveLength(1));
    expect(queue.getSnapshot()[0]?.report.field).toBe('ServerCertificate');
    expect(document.querySelectorAll('[aria-invalid]')).toHaveLength(0);
    expect(screen.queryByText(wordsOf('slb-077', en).description)).toBeNull();
  });
});

describe('focusFirstInvalid', () => {
  it('focuses the first control marked invalid, in document order, and returns it', () => {
    render(
      <form data-testid="form">
        <input aria-label="a" />
        <input aria-label="b" aria-invalid="true" />
        <input aria-label="c" aria-invalid="true" />
        <input aria-label="d" aria-invalid="false" />
      </form>,
    );
    const form = screen.getByTestId('form');
    expect(focusFirstInvalid(form)).toBe(screen.getByLabelText('b'));
    expect(document.activeElement).toBe(screen.getByLabelText('b'));
  });

  it('returns null and leaves focus alone when nothing is invalid', () => {
    render(
      <form data-testid="form">
        <input aria-label="a" aria-invalid="false" />
      </form>,
    );
    expect(focusFirstInvalid(screen.getByTestId('form'))).toBeNull();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('inline registry', () => {
  it('an inline error goes to the toasts while no InlineError for its field is mounted', async () => {
    const client = createSlbErrorClient();
    const { queue } = client;
    function Page({ withField }: { readonly withField: boolean }) {
      return (
        <SlbErrorProvider client={client} locale={en} fieldMap={{ ServerCertificate: 'certificate' }}>
          <ErrorOutlet />
          {withField && <InlineError report={null} id="certificate-error" name="certificate" />}
        </SlbErrorProvider>
      );
    }
    const { rerender } = render(<Page withField />);
    act(() => void queue.push(reportFor('fix-input')));
    expect(document.querySelector('[data-slb-toast]')).toBeNull();
    rerender(<Page withField={false} />);
    await vi.waitFor(() => expect(document.querySelector('[data-slb-toast]')).not.toBeNull());
    rerender(<Page withField />);
    await vi.waitFor(() => expect(document.querySelector('[data-slb-toast]')).toBeNull());
  });
});
