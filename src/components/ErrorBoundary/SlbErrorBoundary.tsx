'use client';
import { tellTelemetry } from '../../engine/link.js';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { classifySlbError } from '../../core/classify.js';
import type { SlbErrorReport } from '../../core/types.js';
import { useSlbErrorContext } from '../../hooks/context.js';
import { Banner } from '../Banner/Banner.js';

/** What the boundary's fallback receives. */
export interface SlbErrorBoundaryFallbackProps {
  readonly report: SlbErrorReport;
  /** What was thrown. */
  readonly error: unknown;
  /** Calls `onReset`, then renders the children again (a suspense query fetches again). */
  readonly reset: () => void;
}

export interface SlbErrorBoundaryProps {
  readonly children?: ReactNode;
  /**
   * Called before the children render again, on Retry or when a `resetKeys` value changes:
   * pass TanStack Query's `reset` from `QueryErrorResetBoundary` so a failed query fetches again.
   */
  readonly onReset?: (() => void) | undefined;
  /** The boundary resets when any of these change (`Object.is`), such as a route's id. */
  readonly resetKeys?: readonly unknown[] | undefined;
  /**
   * Whether this boundary shows `error`; anything else is thrown on to the next boundary up.
   * @defaultValue errors from a call: an API error, a network failure, a timeout or an
   * unreadable response. A bug (a TypeError in your code), an abort and a framework's control
   * flow (Next.js `redirect()`, `notFound()`) go on.
   */
  readonly handles?: ((report: SlbErrorReport, error: unknown) => boolean) | undefined;
  /** Renders the caught error instead of the kit's Banner. */
  readonly fallback?: ((props: SlbErrorBoundaryFallbackProps) => ReactNode) | undefined;
  /** Level of the Banner's title heading. @defaultValue 2 */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
}

/** An error that came from a call, not from the app's own code. */
export function isCallError(report: SlbErrorReport): boolean {
  return report.origin !== 'unknown' && report.origin !== 'aborted';
}

interface BoundaryState {
  /** What was thrown, boxed: `undefined` and `null` may be thrown too. */
  readonly caught: { readonly error: unknown } | null;
}

interface InnerProps extends SlbErrorBoundaryProps {
  readonly classify: (error: unknown) => SlbErrorReport;
  readonly onReport: ((report: SlbErrorReport) => void) | undefined;
}

function changed(previous: readonly unknown[] = [], next: readonly unknown[] = []): boolean {
  return previous.length !== next.length || previous.some((value, index) => !Object.is(value, next[index]));
}

class Boundary extends Component<InnerProps, BoundaryState> {
  override state: BoundaryState = { caught: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { caught: { error } };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    const report = this.props.classify(error);
    if (!this.handles(report, error)) return;
    tellTelemetry(this.props, report);
  }

  override componentDidUpdate(previous: InnerProps): void {
    if (this.state.caught && changed(previous.resetKeys, this.props.resetKeys)) this.reset();
  }

  private handles(report: SlbErrorReport, error: unknown): boolean {
    return (this.props.handles ?? isCallError)(report, error);
  }

  readonly reset = (): void => {
    this.props.onReset?.();
    this.setState({ caught: null });
  };

  override render(): ReactNode {
    const { caught } = this.state;
    if (!caught) return this.props.children;
    const report = this.props.classify(caught.error);
    // Not ours: the next boundary up sees exactly what was thrown.
    if (!this.handles(report, caught.error)) throw caught.error;
    const { fallback, headingLevel } = this.props;
    if (fallback) return fallback({ report, error: caught.error, reset: this.reset });
    return <Banner report={report} onRetry={this.reset} headingLevel={headingLevel} />;
  }
}

/**
 * An error boundary for errors thrown while rendering (TanStack Query's `throwOnError` and
 * `useSuspenseQuery`, React Router's loaders, `use()`): it classifies what it catches and shows
 * a Banner with the intent's action in place of the part that failed. Retry renders the part
 * again (after `onReset`); errors that are not from a call are thrown on.
 *
 * @example
 * <QueryErrorResetBoundary>
 *   {({ reset }) => (
 *     <SlbErrorBoundary onReset={reset}>
 *       <Suspense fallback={<Spinner />}>
 *         <Listeners loadBalancerId={id} />
 *       </Suspense>
 *     </SlbErrorBoundary>
 *   )}
 * </QueryErrorResetBoundary>
 */
export function SlbErrorBoundary(props: SlbErrorBoundaryProps) {
  const { classifyOptions, onReport } = useSlbErrorContext();
  const classify = (error: unknown) => classifySlbError(error, classifyOptions);
  return <Boundary {...props} classify={classify} onReport={onReport} />;
}
