'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbRetryStatus } from '../../hooks/queue.js';
import type { SlbErrorHandle } from '../../hooks/useSlbError.js';
import { ActionRow, ErrorDetails, PermissionPolicy, ServerMessage, usePrimaryAction } from '../actions/index.js';
import { CloseIcon, SeverityIcon } from '../shared/icons.js';
import { TitleText } from '../shared/TitleText.js';
import { useSlbStrings } from '../strings.js';
import { useRegisterField } from './registry.js';

interface InlineErrorBaseProps extends Omit<ComponentPropsWithoutRef<'div'>, 'id' | 'children'> {
  /** Shows a Dismiss button. @defaultValue the hook's `dismiss` */
  readonly onDismiss?: (() => void) | undefined;
  /** Runs the operation again. @defaultValue the hook's `retry`, for retryable errors */
  readonly onRetry?: (() => void) | undefined;
  /**
   * Keeps an empty polite live region mounted, so an error that arrives later (a server
   * response after submit) is read out even if focus does not move to the field.
   * @defaultValue false
   */
  readonly live?: boolean | undefined;
}

/** Wired through `useSlbError`: shows the hook's error when it is about field `name`. */
export interface InlineErrorHookProps extends InlineErrorBaseProps {
  readonly error: SlbErrorHandle;
  /** The form field this element sits under (after the provider's `fieldMap`). */
  readonly name: string;
  readonly report?: undefined;
  readonly id?: undefined;
}

/** Wired by hand: shows `report` under the element id `id` that the control's `aria-describedby` names. */
export interface InlineErrorReportProps extends InlineErrorBaseProps {
  readonly report: SlbErrorReport | null | undefined;
  readonly id: string;
  /** Registers the field, so the outlet leaves its inline errors to this element. */
  readonly name?: string | undefined;
  readonly error?: undefined;
}

export type InlineErrorProps = InlineErrorHookProps | InlineErrorReportProps;

function retryStatusOf(error: SlbErrorHandle): SlbRetryStatus | null {
  const { status, attempt, maxAttempts, nextRetryAt } = error;
  if (status !== 'running' && status !== 'waiting' && status !== 'failed') return null;
  return { state: status, attempt, maxAttempts, nextRetryAt };
}

/**
 * An error under a form field. The control gets `aria-invalid` and `aria-describedby`
 * (`error.fieldProps(name)`); this element is never inside the label.
 *
 * @example
 * <label htmlFor="port">Port</label>
 * <input id="port" {...error.fieldProps('port')} />
 * <InlineError error={error} name="port" />
 */
export const InlineError = forwardRef<HTMLDivElement, InlineErrorProps>(function InlineError(props, ref) {
  const { error, report: reportProp, id: idProp, name, onDismiss, onRetry, live = false, className, ...rest } = props;
  useRegisterField(name, error?.errorId);
  const strings = useSlbStrings();
  const report = error ? (error.invalidField === name ? error.report : null) : (reportProp ?? null);
  const id = error ? error.errorId : idProp;
  const retry = error ? retryStatusOf(error) : null;
  const dismissReport = onDismiss ?? error?.dismiss;
  // The button goes away with the error: give focus back to the control the error described.
  const dismiss =
    dismissReport &&
    (() => {
      const control =
        id === undefined ? null : document.querySelector<HTMLElement>(`[aria-describedby~="${CSS.escape(id)}"]`);
      dismissReport();
      control?.focus();
    });
  const action = usePrimaryAction(report, {
    onRetry: onRetry ?? (error && report?.retryable ? error.retry : undefined),
    retry,
  });

  if (report === null) {
    if (!live) return null;
    return (
      <div ref={ref} {...rest} className={clsx('slb-inline-error', className)} aria-live="polite" data-state="empty" />
    );
  }
  return (
    <div
      ref={ref}
      {...rest}
      className={clsx('slb-inline-error', className)}
      aria-live={live ? 'polite' : undefined}
      data-state="invalid"
      data-slb-intent={report.intent}
      data-slb-severity={report.severity}
    >
      <p id={id} className="slb-inline-error__message">
        <SeverityIcon severity={report.severity} />
        <span className="slb-inline-error__title">
          <TitleText report={report} />
        </span>{' '}
        <span className="slb-inline-error__description">
          <bdi>{report.description}</bdi>
        </span>
      </p>
      <ServerMessage report={report} />
      <PermissionPolicy report={report} />
      <ErrorDetails report={report} />
      <ActionRow report={report} action={action} />
      {dismiss && (
        <button type="button" className="slb-dismiss" aria-label={strings.dismiss} onClick={dismiss}>
          <CloseIcon />
        </button>
      )}
    </div>
  );
});

/**
 * Focuses the first control in `form` marked `aria-invalid="true"` (in document order), for
 * the submit handler once a server error has arrived. Returns it, or `null` when none is invalid.
 */
export function focusFirstInvalid(form: HTMLElement): HTMLElement | null {
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  invalid?.focus();
  return invalid;
}
