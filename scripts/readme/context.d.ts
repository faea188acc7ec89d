// What the README's examples use without defining it: an app's own client, request, components
// and the values a surrounding component would hold. Everything else in an example is real.
import type { SlbErrorHandle, SlbErrorReport, SlbPlacement } from 'slb-error-kit';

declare global {
  /** An Alibaba Cloud SDK client (`@alicloud/slb20140515`). */
  const client: { createLoadBalancerTCPListener(request: object): Promise<unknown> };
  const request: object;
  /** The app's BFF. */
  const api: { createLoadBalancerTCPListener(values: object, init: { signal: AbortSignal }): Promise<unknown> };
  const values: Record<string, unknown>;
  /** What a `catch` clause caught. */
  const caught: unknown;
  /** The app's own pages and components. */
  function Console(): React.JSX.Element;
  function Listeners(props: { loadBalancerId: string }): React.JSX.Element;
  const loadBalancerId: string;
  /** Held by a surrounding component. */
  const report: SlbErrorReport;
  /** `useSlbPlacement()` of the surrounding component. */
  const placement: SlbPlacement;
  const error: SlbErrorHandle;
  function retry(): void;
  function cancel(): void;
  function close(): void;
  function dismiss(): void;
}
