'use client';
import { clsx } from 'clsx';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { SlbErrorReport } from '../../core/types.js';
import type { SlbErrorHandle } from '../../hooks/useSlbError.js';
import { FieldBody } from '../shared/FieldBody.js';
import { useRegisterField } from './registry.js';

interface InlineErrorBaseProps extends Omit<ComponentPropsWithoutRef<'div'>, 'id' | 'children'> {
  /**
   * Keeps an empty polite live region mounted, so an error that arrives later (a server
   * response after submit) is read out even if focus does not move to the field.
   * @defaultValue false
   */
  readonly live?: boolean | undefined;
  /** The details (code, request ID, "Copy details") start open. @defaultValue false */
  readonly defaultDetailsOpen?: boolean | undefined;
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

/**
 * A field error: an icon and one sentence that says how to fix the value, under its field.
 * The control gets `aria-invalid`, `aria-describedby` and `data-slb-invalid`
 * (`error.fieldProps(name)`); this element is never inside the label. The code and request ID
 * wait behind a small "Details" button.
 *
 * @example
 * <label htmlFor="port">Port</label>
 * <input id="port" {...error.fieldProps('port')} />
 * <InlineError error={error} name="port" />
 */
export const InlineError = forwardRef<HTMLDivElement, InlineErrorProps>(function InlineError(props, ref) {
  const { error, report: reportProp, id: idProp, name, live = false, defaultDetailsOpen, className, ...rest } = props;
  useRegisterField(name, error?.errorId);
  const report = error ? (error.invalidField === name ? error.report : null) : (reportProp ?? null);
  const id = error ? error.errorId : idProp;

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
      <FieldBody report={report} id={id} defaultDetailsOpen={defaultDetailsOpen} />
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
