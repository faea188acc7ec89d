// @ts-check
// Naming patterns: how the kit decides a code that no catalog row knows, before it falls back
// on the HTTP status. The first pattern whose regular expression matches the code decides.
// Order matters: credentials before "gone" (InvalidAccessKeyId.NotFound is about the
// caller, not a resource), throttling before busy, busy before quota, a named parameter before
// "internal failure" (InvalidParameter.IdleTimeout names a value, not a timeout).
//
// Each pattern is checked against every pair Alibaba's per-action tables document (CLB, ALB,
// NLB: decisions/<product>.json), reading each as if no row knew it: docs/catalog.md gives, per
// pattern, how many of the pairs it would decide and how many of those as their rows do.
//
// `field`: the capture group of `code` that names the request parameter (for fix-input), or
// for "gone", the resource id parameter (used to tell the subject of the call, which is
// refreshed, from a parameter that points at nothing, which is fixed).

/**
 * @typedef {object} NamingPattern
 * @property {string} name
 * @property {RegExp} [code]
 * @property {RegExp} [message] tested on the server's message instead, when `code` cannot say
 * @property {string} intent
 * @property {string} family
 * @property {number} [field] capture group of `code` naming the parameter
 * @property {string} why one line: what the pattern means
 * @property {string[]} examples codes of the shape it decides (test/core/patterns.test.ts holds each to its pattern);
 *   where the documentation has such a code, its row decides it first, and agrees
 * @property {string[]} evidence where real clients or the documentation treat such codes this way
 */

const TF = 'aliyun/terraform-provider-alicloud@81c43b6727a0';
const TABLES = 'the per-action error tables (decisions/<product>.json)';

/** @type {readonly NamingPattern[]} */
export const NAMING_PATTERNS = [
  {
    name: 'credentials',
    code: /^(?:InvalidAccessKeyId|InvalidSecurityToken|SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeySecret|Missing(?:AccessKeyId|SecurityToken|Signature))\b|Token\.Expired$/,
    intent: 'sign-in',
    family: 'sign-in',
    why: 'the AccessKey, signature or token of the caller is not accepted; signing in again gives new credentials',
    examples: [
      'InvalidAccessKeyId.Disabled',
      'InvalidSecurityToken.Invalid',
      'SecurityToken.Expired',
      'MissingSignature',
    ],
    evidence: [
      'common gateway errors of every Alibaba Cloud API (scripts/catalog/common-errors.mjs): InvalidAccessKeyId.*, InvalidSecurityToken.*, SignatureDoesNotMatch and MissingAccessKeyId all mean the credentials',
    ],
  },
  {
    name: 'throttling',
    code: /Throttling|RateLimit/i,
    intent: 'retry',
    family: 'throttled',
    why: 'any code that names throttling or a rate limit: the same call succeeds once the rate drops',
    examples: ['Rejected.Throttling', 'Throttling.Resource', 'Throttling.Concurrency'],
    evidence: [
      `${TF} alicloud/errors.go:217: NeedRetry retries any code that contains "Throttling"`,
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/util/helper.go:93: IsThrottlingError matches "Throttling" in the error text',
    ],
  },
  {
    name: 'busy or pending',
    code: /Processing$|Busy$|IsConfiguring$|Configuring(?:\.[A-Za-z]+)?$|\.configuring$|IsStopping$|StatusNotSupport$|^(?:IncorrectStatus|IncorrectBusinessStatus|ResourceInConfiguring|ResourceInCreating)\b|^Conflict\.Lock$|^LockFailed$/,
    intent: 'retry',
    family: 'busy',
    why: 'the resource is in the middle of another change (ALB and NLB apply changes asynchronously); the same request succeeds when it ends',
    examples: [
      'ServiceIsStopping',
      'BackendServer.configuring',
      'IdempotenceProcessing',
      'OperationFailed.ResourceIsConfiguring',
      'IncorrectStatus.Ipv6Gateway',
      'VipStatusNotSupport',
    ],
    evidence: [
      `${TF} alicloud/errors.go:40: SlbIsBusy lists SystemBusy, OperationBusy, ServiceIsStopping, BackendServer.configuring, ServiceIsConfiguring`,
      `${TF} alicloud/resource_alicloud_slb_acl_entry_attachment.go:72: AclEntryProcessing retried`,
      `${TF}: IncorrectStatus.*, ResourceInConfiguring.*, IdempotenceProcessing, VipStatusNotSupport (ALB) and Conflict.Lock, IncorrectStatus.Ipv6Gateway, OperationFailed.ResourceIsConfiguring (NLB) are retried (research: api-errors/family.md)`,
      'ALB docs (help.aliyun.com/document_detail/214358.html): a load balancer is Provisioning, then Active, after a change',
    ],
  },
  {
    name: 'client token reused',
    code: /^Idempoten\w*Mismatch$/,
    intent: 'refresh',
    family: 'stale',
    why: 'the ClientToken already carried another request, which may have made the change: reload before submitting again',
    examples: ['IdempotenceParameterMismatch'],
    evidence: [
      `${TABLES}: ALB IdempotentParameterMismatch and NLB IdempotenceSignatureMismatch are refresh, as CLB's LX_REQUEST_TOKEN_CONFLICT (slb-004)`,
    ],
  },
  {
    name: 'try again later',
    message: /\b(?:please )?(?:try|retry) (?:again )?later\b/i,
    intent: 'retry',
    family: 'busy',
    why: 'a code no row knows whose message asks to try again later: the same request succeeds then',
    examples: ['Operation.Unfinished "A previous configuration is pending, please try again later."'],
    evidence: [
      'SLB API metadata (Slb 2014-05-15): Operation.Deny, LocationServiceTimeout, QueryOrderError and CreateOrderTimeout all end in "please try again later"',
      'the intent rules (docs/architecture.md, "Intents"): "try again later" is retry (rule 1)',
    ],
  },
  {
    name: 'still in use',
    code: /InUsed?$|IsRefered$|\.InUse$|Related\w*Exists?$|ForwardExist$|BeingUsed$|PolicyRelated$|BindedWith|^ResourceInUse\b/,
    intent: 'none',
    family: 'in-use',
    why: 'another resource still uses this one; the user removes that use first',
    examples: ['AclInUsed', 'ResourceInUse.HealthCheckTemplate'],
    evidence: [
      'aliyun/terraform-provider-alicloud@90dc4732c2 alicloud/resource_alicloud_slb_acl.go:181: AclInUsed on DeleteAccessControlList, which the API allows only when no listener uses the ACL',
      `${TF}: ResourceInUse.Acl and ResourceInUse.ServerGroup (ALB) are waited out on delete (research: api-errors/family.md)`,
    ],
  },
  {
    name: 'out of capacity',
    code: /ResourceLimit$|ResourceNotAvail|NotEnoughResource|InsufficientResource|IpExhaust|AvailableIpNotExist|^ResourceNotEnough\b/,
    intent: 'fix-input',
    family: 'out-of-stock',
    why: 'the zone, region or vSwitch has no capacity left: another zone, specification or vSwitch works',
    examples: ['SubnetIpExhaust', 'ResourceNotEnough.VSwitchIp', 'OperationFailed.ProbeResourceLimit'],
    evidence: [
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/controller/service/clbv1/loadbalancer.go:74: on VSwitchAvailableIpNotExist the controller creates the instance in another vSwitch',
      `${TABLES}: OperationFailed.ZoneResourceLimit, ResourceNotEnough.* are out-of-stock`,
    ],
  },
  {
    name: 'gone',
    code: /^(?:Invalid)?([A-Z][A-Za-z]*?Id)\.(?:NotFound|NotExist)$|NotFound$|NotExist(?:s|ed)?$|^ResourceNotFound\b/,
    intent: 'refresh',
    family: 'gone',
    field: 1,
    why: 'the resource the call is about no longer exists; an ID a create call points at is fixed instead',
    examples: ['InvalidRuleId.NotFound', 'CACertificateId.NotFound', 'ResourceNotFound.RegionHdMonitorConfig'],
    evidence: [
      `${TF} alicloud/service_alicloud_slb.go:54: InvalidLoadBalancerId.NotFound means the instance is gone`,
      `${TF} alicloud/errors.go:95: NotFoundError treats a code matching "NotFound" as gone`,
      `${TF}: ResourceNotFound.{LoadBalancer,Listener,ServerGroup,Acl,…} (ALB) and ResourceNotFound.{loadBalancer,listener,serverGroup,…} (NLB) are removed from state as gone (research: api-errors/family.md)`,
    ],
  },
  {
    name: 'adjustable limit',
    code: /NumberOverLimit$|OverLimit$|QuotaExceed|QuotaLimitExceed|Quota\.Exceeded|ExceedQuota|OverQuota|QuotaInsufficient/i,
    intent: 'quota',
    family: 'quota',
    why: 'a quota of the account is reached; Quota Center says whether it can be raised (fixed limits are rows of their own)',
    examples: [
      'InstanceBackendServerNumberOverLimit',
      'QuotaExceeded.ProbeResourcesNum',
      'ResourceQuotaExceeded.ProbeResourcesNum',
    ],
    evidence: [
      'CLB quotas page (alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/quotas, June 2025): instances, backend servers, listeners, domain extensions, certificates and ACL entries are adjustable in Quota Center',
      'ALB quotas page (Manage ALB quotas, 2025-08-06): instances, listeners, rules, servers and certificates per instance are adjustable in Quota Center',
    ],
  },
  {
    name: 'payment',
    code: /^PAY(?:FOR)?\.|Arrear|(?<!Load)Balance|UnpaidBill|Overdue|CashBook/i,
    intent: 'billing',
    family: 'payment-failed',
    why: 'payment, arrears or balance: the user settles it in Billing',
    examples: ['PAY.INSUFFICIENT_BALANCE', 'PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE'],
    evidence: [
      'SLB error list (the seed): every PAY.* row and ARREARAGE rows are billing',
      `${TABLES}: OperationFailed.UnpaidBillsExist (CLB), OperationFailed.UnpaidBill (NLB) are billing`,
    ],
  },
  {
    name: 'authorisation',
    code: /^Forbidden|^Forbbiden|^NoPermission|^NotAuthorized|^Unauthorized|^AccessDenied|ServiceLinkedRole/,
    intent: 'permission',
    family: 'permission',
    why: 'the caller lacks a permission (or a service-linked role) an administrator can grant',
    examples: ['Forbidden.ProbeResource', 'UnauthorizedRegion.Probe', 'OperationDenied.ServiceLinkedRoleNotCreated'],
    evidence: [
      'common gateway errors: Forbidden.RAM and NoPermission are RAM denials',
      `${TABLES}: Forbidden.* (ALB, NLB) and ServiceLinkedRoleNotExist are permission`,
    ],
  },
  {
    name: 'risk control',
    code: /Risk/,
    intent: 'ticket',
    family: 'account-restricted',
    why: 'a risk-control decision about the account: only support can review it',
    examples: ['HighRiskOperationDenied'],
    evidence: [
      'common gateway error Forbidden.RiskControl and SLB row RISK.RISK_CONTROL_REJECTION (slb-052) are tickets',
    ],
  },
  {
    name: 'conflict or duplicate',
    code: /Conflict$|^Conflict\.|Duplicat|AlreadyExist|Exists$|\.AclEntryExists$|^ResourceAlreadyAssociated\b/,
    intent: 'fix-input',
    family: 'already-exists',
    why: 'the value collides with one that exists or repeats in the request: choose another',
    examples: [
      'ListenerPortConflict',
      'Conflict.ProbePort',
      'DuplicatedParam.ProbeName',
      'ResourceAlreadyAssociated.Probe',
    ],
    evidence: [
      'SLB rows ListenerAlreadyExists (slb-174), DomainAlreadyExists (slb-188) and DomainExist (slb-192) are fix-input',
      `${TABLES}: Conflict.Port, Conflict.Priority, DuplicatedParam.*, ResourceAlreadyAssociated.* (ALB, NLB) are already-exists`,
    ],
  },
  {
    name: 'mismatch',
    code: /^Mismatch\.(?:[A-Z][A-Za-z]*?And)?([A-Z][A-Za-z]*)$|Mis+[Mm]atch|NotMatch|NotSame$|NotEqual$/,
    intent: 'fix-input',
    family: 'invalid-input',
    field: 1,
    why: 'two values of the request do not fit together: change one (Mismatch.<A>And<B>: the later choice, B)',
    examples: ['CertificateTypeMismatched', 'Mismatch.ZoneIdAndProbeId', 'BackendServer.ServerRegionIdNotEqual'],
    evidence: [
      'SLB rows VipNotMatchRspool (slb-142) and CertificateNotMatchPrivateKey (slb-133) are fix-input',
      `${TABLES}: Mismatch.ZoneIdAndVSwitchId (ALB) is fix-input on the vSwitch`,
    ],
  },
  {
    name: 'too many in one request',
    code: /^TooMany|SizeLimitExceeded/,
    intent: 'fix-input',
    family: 'limit',
    why: 'a request carries more items than one call accepts: send fewer',
    examples: ['TooManyCertificates', 'SizeLimitExceeded.ResourceId'],
    evidence: [
      'SLB row TooManyBackendServers "…max supported number: 20" (slb-158) is a per-request limit (AddBackendServers: up to 20 per call)',
    ],
  },
  {
    name: 'named parameter',
    code: /^(?:Invalid|Missing|Illegal|Malformed)(?:Param(?:eter)?(?:Value|Length|Size|Format)?\.)?([A-Z][A-Za-z0-9]*?)(?:\.[A-Za-z]+)?$/,
    intent: 'fix-input',
    family: 'invalid-input',
    field: 1,
    why: 'the code names the request parameter at fault: fix that field (a Timeout in its name is the value, not a timeout)',
    examples: ['InvalidParam.ProbePort', 'MissingParam.ProbeVSwitchId', 'IllegalParam.ProbeTimeout'],
    evidence: [
      'Alibaba Cloud API conventions (common errors MissingParameter, InvalidParameter) and SLB codes such as InvalidWeight.Malformed (slb-178): Invalid<Parameter> names the value at fault',
      `${TABLES}: IllegalParam.<Param> and MissingParam.<Param> (ALB, NLB), InvalidParameter.IdleTimeout (CLB) name the field`,
    ],
  },
  {
    name: 'empty value',
    code: /(?:^|\.)([A-Z][A-Za-z0-9]*?)(?:Is)?(?:Empty|Null)$|_CAN_NOT_EMPTY$|_IS_EMPTY$/,
    intent: 'fix-input',
    family: 'invalid-input',
    field: 1,
    why: 'a value the request needs was left empty: fill in that field',
    examples: ['BackendServer.ServerIdEmpty', 'AclEntryEmpty'],
    evidence: [
      `${TABLES}: BACKEND_SERVER_PORT_CAN_NOT_EMPTY and BACKEND_SERVER_ID_CAN_NOT_EMPTY (CLB) are fix-input`,
      `${TF} alicloud/resource_alicloud_slb_acl_entry_attachment.go: AclEntryEmpty on AddAccessControlListEntry`,
    ],
  },
  {
    name: 'invalid value',
    code: /Invalid|Illegal|Malformed|FormatError|_MUST_|_CAN_ONLY_/i,
    intent: 'fix-input',
    family: 'invalid-input',
    why: 'the code says a value of the request is not valid, without naming it: check the form',
    examples: ['ProbeServer.InvalidWeight', 'ProbeCertificateFormatInvalid', 'SERVERS_MUST_BE_IN_ONE_VPC'],
    evidence: [
      `${TABLES}: BackendServer.InvalidType, CertificateFormatInvalid, Instance.Pay95BandwidthIllegal, AclEntryIllegal, INVALID_SERVER_TYPE and BACKEND_SERVERS_NUM_MUST_BE_TWO (CLB) are fix-input`,
    ],
  },
  {
    name: 'internal failure',
    code: /(?:Failed|Fail|Error|Exception|Timeout)$/,
    intent: 'retry',
    family: 'server-error',
    why: 'a service behind the load balancer failed (a query, an order, an allocation): the same request may succeed later',
    examples: ['ObtainIpFail', 'OperationFailed.ResourceGroupStatusCheckFail', 'QueryProbeCenterFailed'],
    evidence: [
      'SLB rows CreateOrderFailed/OrderFailed (slb-053/054) and InternalInvokeError are retry',
      `${TF}: ObtainIpFail (CLB) and OperationFailed.ResourceGroupStatusCheckFail (ALB) are retried`,
      'Alibaba Cloud SDK exception handling (alibabacloud.com/help/en/sdk/developer-reference/handle-an-exception-1, 2025): retry server-side failures, then contact support',
    ],
  },
  {
    name: 'not supported',
    code: /NotSupport|NoSupport|NOT_SUPPORT|Unsupported|OperationDen(?:ied|y)|OperationNotAllowed|NotAllowed|OperationForbidden|HaltSales/,
    intent: 'fix-input',
    family: 'not-supported',
    why: 'the instance, edition or region cannot have what the request asks: most often an option the user picked in the form, which another choice fixes',
    examples: [
      'LbNotSupportTcpssl',
      'OperationDenied.ProbeFeatureNotSupported',
      'OperationUnsupported.SetAccessControl',
    ],
    evidence: [
      `${TABLES}: of the 119 documented pairs this pattern would decide, 73 are an option the user picked (fix-input), 35 an operation nothing makes possible (none)`,
      'SLB rows UnsupportedOperation (slb-157, slb-173) and ActionNotAllowed (slb-081), where no option is involved, are rows of their own (none)',
    ],
  },
];

/**
 * How a pattern reads the documented pairs, as if no row knew them: for each pattern (and the
 * HTTP status, when none fits), how many pairs it would decide and how many as their rows do.
 * @param {ReadonlyArray<{ code: string, message: string, status: number, intent: string, family: string, source: string, bound: boolean }>} rows
 * @returns {Map<string, { decides: number, agrees: number }>}
 */
export function patternAgreement(rows) {
  /** @type {Map<string, { decides: number, agrees: number }>} */
  const result = new Map();
  for (const row of rows) {
    if (row.source !== 'api' || row.bound) continue;
    const code = row.code.replace('%s', 'Probe');
    const pattern = NAMING_PATTERNS.find((candidate) =>
      candidate.code ? candidate.code.test(code) : candidate.message?.test(row.message),
    );
    const intent = pattern?.intent ?? (row.status === 404 ? 'refresh' : row.status === 403 ? 'permission' : 'none');
    // A missing resource a create call points at is that call's field (fix-input, not-found).
    const agrees =
      intent === row.intent || (pattern?.name === 'gone' && row.intent === 'fix-input' && row.family === 'not-found');
    const key = pattern?.name ?? '(the HTTP status)';
    const counts = result.get(key) ?? { decides: 0, agrees: 0 };
    counts.decides++;
    if (agrees) counts.agrees++;
    result.set(key, counts);
  }
  return result;
}
