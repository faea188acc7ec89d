'use client';
import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { classifySlbError } from '../core/classify.js';
import type { SlbProductKey } from '../catalog/types.js';
import type { SlbClassifyOptions, SlbErrorReport } from '../core/types.js';
import { useBudgetWarning, useSlbErrorContext } from './context.js';
import { type SlbRunnerLinkTarget, linkRunner } from '../engine/link.js';
import { type SlbRetryPolicy, resolvePolicy } from '../engine/policy.js';
import {
  type SlbOperation,
  type SlbRunOptions,
  type SlbRunResult,
  type SlbRunnerConfig,
  type SlbRunnerState,
  SlbOperationRunner,
} from '../engine/runner.js';

export interface UseSlbErrorOptions {
  /** `'auto'` sends reports to the provider's queue (toasts, banners, inline); `'local'` keeps them in the hook. @defaultValue 'auto' */
  readonly surface?: 'auto' | 'local';
  /** Operations change something; after an unknown outcome (timeout, network, 5xx) they are not retried unless `idempotent`. @defaultValue false */
  readonly write?: boolean;
  /** The writes pass `clientToken` as SLB's `ClientToken`, so repeating one is safe. @defaultValue false */
  readonly idempotent?: boolean;
  /** Refines the provider's retry policy; `false` turns automatic retries off. */
  readonly retryPolicy?: Partial<SlbRetryPolicy> | false;
  /** Refines the provider's classify options (locale, site, links, text). */
  readonly classify?: SlbClassifyOptions;
  /**
   * The API action this hook's operations call (`CreateLoadBalancerHTTPSListener`): its error
   * table's rows decide first. A run may name its own (`run(op, { action })`).
   */
  readonly action?: string;
  /** The product this hook's operations call (`'alb'`), when their errors do not say. */
  readonly product?: SlbProductKey;
}

/** Props that wire a form control to its error; `data-slb-invalid` is the stylesheet's hook for the invalid look. */
export interface SlbFieldProps {
  readonly 'aria-invalid'?: true;
  readonly 'aria-describedby'?: string;
  readonly 'data-slb-invalid'?: '';
}

export interface SlbErrorHandle extends SlbRunnerState {
  /** `true` while an attempt is in flight. */
  readonly isRunning: boolean;
  /** Classifies and shows an error caught elsewhere. */
  readonly capture: (caught: unknown) => SlbErrorReport;
  /** Runs an operation with retries; never rejects. */
  readonly run: <T>(operation: SlbOperation<T>, options?: SlbRunOptions) => Promise<SlbRunResult<T>>;
  /** Runs the last operation again, with the same ClientToken. */
  readonly retry: () => void;
  /** Clears the error and stops any scheduled retry. */
  readonly dismiss: () => void;
  /** Aborts the attempt in flight and any scheduled retry. */
  readonly cancel: () => void;
  /** The id of this hook's inline error element. */
  readonly errorId: string;
  /** The form field name the current `fix-input` error points at (after the provider's `fieldMap`), or null. */
  readonly invalidField: string | null;
  /**
   * `aria-invalid` and `aria-describedby` for the control named `name`, when the error is about it.
   * Pass the control's own `aria-describedby` (a hint) to keep it: the error comes first.
   */
  readonly fieldProps: (name: string, describedBy?: string) => SlbFieldProps;
}

/**
 * Catches, classifies, retries and shows SLB errors for one piece of UI.
 *
 * @example
 * const error = useSlbError({ write: true, idempotent: true });
 * const onSubmit = () =>
 *   error.run(({ clientToken, signal }) => createListener({ ...values, ClientToken: clientToken }, signal));
 */
export function useSlbError(options: UseSlbErrorOptions = {}): SlbErrorHandle {
  const context = useSlbErrorContext();
  const errorId = `slb-error-${useId().replace(/:/g, '')}`;
  const { surface = 'auto', write = false, idempotent = false, retryPolicy, classify, action, product } = options;
  useBudgetWarning(context.coordinator, retryPolicy === false ? undefined : retryPolicy?.budget, 'useSlbError');

  const config = useMemo<SlbRunnerConfig>(() => {
    const classifyOptions = classify ? { ...context.classifyOptions, ...classify } : context.classifyOptions;
    return {
      // The run's action and product, else the hook's, else what the error says.
      classify: (caught, run) =>
        classifySlbError(caught, {
          ...classifyOptions,
          action: run?.action ?? action ?? classifyOptions.action,
          product: run?.product ?? product ?? classifyOptions.product,
        }),
      policy:
        retryPolicy === false
          ? resolvePolicy(context.policy, { maxAttempts: 1 })
          : resolvePolicy(context.policy, retryPolicy),
      coordinator: context.coordinator,
      write,
      idempotent,
    };
  }, [context, classify, retryPolicy, write, idempotent, action, product]);
  const target = useMemo<SlbRunnerLinkTarget>(
    () => ({ queue: surface === 'local' ? null : context.queue, owner: errorId, onReport: context.onReport }),
    [surface, context.queue, context.onReport, errorId],
  );

  // The runner and its link to the queue live as long as the component (StrictMode included).
  const [{ runner, link }] = useState(() => {
    const created = new SlbOperationRunner(config);
    return { runner: created, link: linkRunner(created, target) };
  });
  useEffect(() => runner.configure(config), [runner, config]);
  useEffect(() => link.retarget(target), [link, target]);
  useEffect(() => {
    runner.revive();
    return () => runner.dispose();
  }, [runner]);

  const state = useSyncExternalStore(runner.subscribe, runner.getSnapshot, runner.getSnapshot);
  const { report } = state;
  const invalidField =
    report?.intent === 'fix-input' && report.field !== null ? (context.fieldMap[report.field] ?? report.field) : null;

  const fieldProps = useCallback(
    (name: string, describedBy?: string): SlbFieldProps => {
      if (name !== invalidField) return describedBy ? { 'aria-describedby': describedBy } : {};
      return {
        'aria-invalid': true,
        'aria-describedby': describedBy ? `${errorId} ${describedBy}` : errorId,
        'data-slb-invalid': '',
      };
    },
    [invalidField, errorId],
  );

  // Stable across renders, so `useEffect(() => { void run(…) }, [run])` runs once.
  const actions = useMemo(
    () => ({
      capture: (caught: unknown) => runner.capture(caught),
      run: <T>(operation: SlbOperation<T>, runOptions?: SlbRunOptions) => runner.run(operation, runOptions),
      retry: () => void runner.retry(),
      dismiss: () => runner.dismiss(),
      cancel: () => runner.cancel(),
    }),
    [runner],
  );

  return useMemo<SlbErrorHandle>(
    () => ({ ...state, ...actions, isRunning: state.status === 'running', errorId, invalidField, fieldProps }),
    [state, actions, errorId, invalidField, fieldProps],
  );
}
