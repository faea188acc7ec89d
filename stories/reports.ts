// Real catalog bodies, one per intent, classified the way an app would: the reports every
// story and component test renders. Imports the core directly so tests need no barrel.
import { SLB_INTENTS, classifySlbError } from '../src/core/index.ts';
import type { SlbClassifyOptions, SlbErrorReport, SlbIntent } from '../src/core/index.ts';
import { en } from '../src/locales/en.ts';

export const INTENTS: readonly SlbIntent[] = SLB_INTENTS;

/** A response body per intent, as SLB (or the API gateway) sends it. */
export const BODIES: Readonly<Record<SlbIntent, Readonly<Record<string, unknown>>>> = {
  retry: {
    Code: 'Throttling.User',
    Message: 'Request was denied due to user flow control.',
    RequestId: '6F4B0E2A-4C1D-4B7E-9E0A-1D2C3B4A5F60',
  },
  'fix-input': {
    Code: 'KeyFormatError',
    Message: 'The specified ServerCertificate is incorrectly formatted.',
    RequestId: '0B8D1F6E-2A4C-4E9B-8D7A-5C3B2A1F0E9D',
  },
  billing: {
    Code: 'InsufficientBalance',
    Message: 'Your account does not have enough balance.',
    RequestId: '1C2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F',
  },
  quota: {
    Code: 'OverQuota',
    Message: 'Instance num exceeded Quota.',
    RequestId: '2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A',
  },
  ticket: {
    Code: 'Forbidden.RiskControl',
    Message: 'This operation is forbidden by Aliyun RiskControl system.',
    RequestId: '3E4F5A6B-7C8D-4E9F-0A1B-2C3D4E5F6A7B',
  },
  permission: {
    Code: 'Forbidden.RAM',
    Message: "User not authorized to operate on the specified resource, or this API doesn't support RAM.",
    RequestId: '4F5A6B7C-8D9E-4F0A-1B2C-3D4E5F6A7B8C',
    AccessDeniedDetail: {
      AuthAction: 'slb:CreateLoadBalancer',
      AuthPrincipalType: 'SubUser',
      AuthPrincipalDisplayName: 'ops-alice',
      NoPermissionType: 'ImplicitDeny',
      PolicyType: 'AccountLevelIdentityBasedPolicy',
      EncodedDiagnosticMessage: 'AQEAAAAAZ2Vl',
    },
  },
  'verify-account': {
    Code: 'Forbidden.UserVerification',
    Message: 'Your account has not passed the real-name verification.',
    RequestId: '5A6B7C8D-9E0F-4A1B-2C3D-4E5F6A7B8C9D',
  },
  'sign-in': {
    Code: 'InvalidSecurityToken.Expired',
    Message: 'Specified SecurityToken is expired.',
    RequestId: '6B7C8D9E-0F1A-4B2C-3D4E-5F6A7B8C9D0E',
  },
  refresh: {
    Code: 'InvalidRuleId.NotFound',
    Message: 'Rule does not exist.',
    RequestId: '7C8D9E0F-1A2B-4C3D-4E5F-6A7B8C9D0E1F',
  },
  none: {
    Code: 'RuleNotSupport',
    Message: 'Rule is not support in the tcp type listener.',
    RequestId: '8D9E0F1A-2B3C-4D4E-5F6A-7B8C9D0E1F2A',
  },
};

/** The report of `intent`'s body, in English unless the options name another locale. */
export function reportFor(intent: SlbIntent, options?: SlbClassifyOptions): SlbErrorReport {
  const report = classifySlbError(BODIES[intent], { locale: en, ...options });
  if (report.intent !== intent) throw new Error(`${intent} body classified as ${report.intent}`);
  return report;
}

/**
 * Errors of the rest of the family, as ALB and NLB send them: their endpoint in `HostId` says
 * the product (the stories' provider adds both catalogs and their words).
 */
export const FAMILY_BODIES = {
  /** An ALB quota, the usage filled into the documented message. */
  albQuota: {
    Code: 'ResourceQuotaExceeded.LoadBalancerServersNum',
    Message: 'The quota of LoadBalancerServersNum is exceeded for resource alb-8k2d0fgyz6h3qx, usage 200/200.',
    RequestId: '9A0B1C2D-3E4F-4A5B-6C7D-8E9F0A1B2C3D',
    HostId: 'alb.cn-hangzhou.aliyuncs.com',
  },
  /** An ALB ACL still changing: retry. */
  albBusy: {
    Code: 'IncorrectStatus.Acl',
    Message: 'The status of Acl [acl-bp1l0kk4gxce43****] is incorrect.',
    RequestId: 'AB1C2D3E-4F5A-4B6C-7D8E-9F0A1B2C3D4E',
    HostId: 'alb.cn-hangzhou.aliyuncs.com',
  },
  /** An NLB listener port another listener has. */
  nlbPort: {
    Code: 'Conflict.Port',
    Message: 'The Port [443] is conflict.',
    RequestId: 'BC2D3E4F-5A6B-4C7D-8E9F-0A1B2C3D4E5F',
    HostId: 'nlb.cn-hangzhou.aliyuncs.com',
  },
} as const satisfies Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** An unknown error whose server message is an HTML injection attempt. */
export const HOSTILE_BODY = {
  Code: 'Unknown.Hostile',
  Message: '<img src=x onerror=alert(1)>',
  RequestId: '9E0F1A2B-3C4D-4E5F-6A7B-8C9D0E1F2A3B',
};
