// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildLeastPrivilegePolicy } from '../../src/components/actions/policy.ts';
import type { SlbAccessDenied } from '../../src/core/index.ts';

const denied = (action: string | null, resource: string | null = null): SlbAccessDenied => ({
  action,
  resource,
  principalType: null,
  principalName: null,
  noPermissionType: null,
  policyType: null,
  encodedDiagnosticMessage: null,
});

const parse = (policy: string | null): unknown => (policy === null ? null : JSON.parse(policy));

describe('buildLeastPrivilegePolicy', () => {
  it('allows exactly the denied action on the denied resource', () => {
    expect(
      parse(
        buildLeastPrivilegePolicy(denied('slb:CreateLoadBalancer', 'acs:slb:cn-hangzhou:123456:loadbalancer/lb-1')),
      ),
    ).toEqual({
      Version: '1',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['slb:CreateLoadBalancer'],
          Resource: ['acs:slb:cn-hangzhou:123456:loadbalancer/lb-1'],
        },
      ],
    });
  });

  it('uses * when no resource is named, and slb: for a bare action', () => {
    expect(parse(buildLeastPrivilegePolicy(denied('DescribeLoadBalancers')))).toEqual({
      Version: '1',
      Statement: [{ Effect: 'Allow', Action: ['slb:DescribeLoadBalancers'], Resource: ['*'] }],
    });
  });

  it('refuses wildcards and anything that is not product:Action', () => {
    for (const action of ['slb:*', '*', 'slb:Create*', 'slb:Create LoadBalancer', '"},{"Effect":"Allow', '', null])
      expect(buildLeastPrivilegePolicy(denied(action))).toBeNull();
    expect(buildLeastPrivilegePolicy(null)).toBeNull();
  });

  it('narrows a malformed resource to *', () => {
    expect(parse(buildLeastPrivilegePolicy(denied('vpc:DescribeVSwitches', 'not an arn"]')))).toMatchObject({
      Statement: [{ Action: ['vpc:DescribeVSwitches'], Resource: ['*'] }],
    });
  });
});
