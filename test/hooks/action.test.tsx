// The action decides too: a console says which API it called once per call (`run(op, { action })`)
// or once for the hook, and a passed dry run is no failure.
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { alb } from '../../src/alb/index.ts';
import { createSlbErrorClient } from '../../src/engine/index.ts';
import { SlbErrorProvider, useSlbError, useSlbErrorQueue } from '../../src/hooks/index.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { en } from '../../src/locales/en.ts';
import { nlb } from '../../src/nlb/index.ts';

// One code and message, decided one way for the actions that point at the policy and another for
// those that work on it (CLB's tables document both).
const TLS_POLICY_GONE = {
  name: 'ClientError',
  code: 'InvalidTLSPolicyId.NotExist',
  statusCode: 400,
  data: {
    Code: 'InvalidTLSPolicyId.NotExist',
    Message: 'The specified TLS cipher policy does not exist.',
    RequestId: 'R-TLS',
  },
};
const DRY_RUN = {
  name: 'ClientError',
  code: 'DryRunOperation',
  statusCode: 400,
  data: {
    Code: 'DryRunOperation',
    Message: 'Request validation has been passed with DryRun flag set.',
    HostId: 'nlb.cn-hangzhou.aliyuncs.com',
    RequestId: 'R-DRY',
  },
};
const ALB_BUSY = {
  name: 'ClientError',
  code: 'IncorrectStatus.LoadBalancer',
  statusCode: 400,
  data: {
    Code: 'IncorrectStatus.LoadBalancer',
    Message: 'The status of LoadBalancer [alb-1] is incorrect.',
    RequestId: 'R-ALB',
  },
};

function setup() {
  const client = createSlbErrorClient({ retryPolicy: { maxAttempts: 1 } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SlbErrorProvider client={client} locale={[en, albEn]} products={[alb, nlb]}>
      {children}
    </SlbErrorProvider>
  );
  return { client, wrapper };
}

const failWith = (error: unknown) => () => Promise.reject(error);

describe('the action a console calls', () => {
  it('run(op, { action }) decides by that action’s rows', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSlbError(), { wrapper });
    let deleting: Awaited<ReturnType<typeof result.current.run>> | undefined;
    await act(async () => {
      deleting = await result.current.run(failWith(TLS_POLICY_GONE), { action: 'DeleteTLSCipherPolicy' });
    });
    let creating: Awaited<ReturnType<typeof result.current.run>> | undefined;
    await act(async () => {
      creating = await result.current.run(failWith(TLS_POLICY_GONE), { action: 'CreateLoadBalancerHTTPSListener' });
    });
    expect(deleting?.status === 'failed' && deleting.report).toMatchObject({
      action: 'DeleteTLSCipherPolicy',
      intent: 'refresh',
    });
    expect(creating?.status === 'failed' && creating.report).toMatchObject({
      action: 'CreateLoadBalancerHTTPSListener',
      intent: 'fix-input',
    });
    if (deleting?.status !== 'failed' || creating?.status !== 'failed') throw new Error('both runs fail');
    expect(deleting.report.row?.id).not.toBe(creating.report.row?.id);
  });

  it('the hook’s action and product hold for each of its runs; a run may name its own', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useSlbError({ action: 'DeleteTLSCipherPolicy' }), { wrapper });
    await act(async () => {
      await result.current.run(failWith(TLS_POLICY_GONE));
    });
    expect(result.current.report).toMatchObject({ action: 'DeleteTLSCipherPolicy', intent: 'refresh' });
    const alb = renderHook(() => useSlbError({ product: 'alb', action: 'UpdateListenerAttribute' }), { wrapper });
    await act(async () => {
      await alb.result.current.run(failWith(ALB_BUSY));
    });
    expect(alb.result.current.report).toMatchObject({
      product: 'alb',
      action: 'UpdateListenerAttribute',
      intent: 'retry',
      family: 'busy',
    });
    expect(alb.result.current.report?.row?.id).toMatch(/^alb-/);
  });
});

describe('a passed dry run', () => {
  it('resolves run() as checked: no failure, no queue entry, no error on the hook', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => ({ error: useSlbError(), queue: useSlbErrorQueue() }), { wrapper });
    let outcome: Awaited<ReturnType<typeof result.current.error.run>> | undefined;
    await act(async () => {
      outcome = await result.current.error.run(failWith(DRY_RUN), { action: 'CreateLoadBalancer' });
    });
    expect(outcome?.status).toBe('checked');
    expect(outcome?.status === 'checked' && outcome.report).toMatchObject({
      family: 'dry-run',
      severity: 'info',
      product: 'nlb',
    });
    expect(result.current.error.status).toBe('succeeded');
    expect(result.current.error.report).toBeNull();
    expect(result.current.queue).toEqual([]);
  });
});
