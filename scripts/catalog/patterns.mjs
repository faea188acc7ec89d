// @ts-check
// Naming patterns: how the kit decides a code that no catalog row knows, before it falls back
// on the HTTP status. The first pattern whose regular expression matches the code decides.
// Order matters: credentials before "gone" (InvalidAccessKeyId.NotFound is about the
// caller, not a resource), throttling before busy, busy before quota.
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
 * @property {string[]} examples real codes it decides (none of them in a catalog row)
 * @property {string[]} evidence where real clients or the documentation treat such codes this way
 */

/** @type {readonly NamingPattern[]} */
export const NAMING_PATTERNS = [
  {
    name: 'credentials',
    code: /^(?:InvalidAccessKeyId|InvalidSecurityToken|SignatureDoesNotMatch|IncompleteSignature|InvalidAccessKeySecret)\b|Token\.Expired$/,
    intent: 'sign-in',
    family: 'sign-in',
    why: 'the AccessKey, signature or token of the caller is not accepted; signing in again gives new credentials',
    examples: ['InvalidAccessKeyId.Disabled', 'InvalidSecurityToken.Invalid', 'SecurityToken.Expired'],
    evidence: [
      'common gateway errors of every Alibaba Cloud API (scripts/catalog/common-errors.mjs): InvalidAccessKeyId.*, InvalidSecurityToken.* and SignatureDoesNotMatch all mean the credentials',
    ],
  },
  {
    name: 'throttling',
    code: /Throttling|RateLimit/i,
    intent: 'retry',
    family: 'throttled',
    why: 'any code that names throttling or a rate limit: the same call succeeds once the rate drops',
    examples: ['Rejected.Throttling', 'Throttling.Resource', 'InnerRateLimiting'],
    evidence: [
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/errors.go:217: NeedRetry retries any code that contains "Throttling"',
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/util/helper.go:93: IsThrottlingError matches "Throttling" in the error text',
      'SLB API metadata (api.aliyun.com, Slb 2014-05-15, 2024-06): InnerRateLimiting "…please try again later"',
    ],
  },
  {
    name: 'busy or pending',
    code: /Processing$|Busy$|IsConfiguring$|Configuring(?:\.[A-Za-z]+)?$|\.configuring$|IsStopping$|StatusNotSupport$/,
    intent: 'retry',
    family: 'busy',
    why: 'the resource is in the middle of another change; the same request succeeds when it ends',
    examples: ['DomainExtensionProcessing', 'OperationFailed.ListenerStatusNotSupport', 'ResourceInConfiguring.Acl'],
    evidence: [
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/resource_alicloud_slb_domain_extension.go:70: DomainExtensionProcessing retried on Create/Set/DeleteDomainExtension',
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/resource_alicloud_slb_acl_entry_attachment.go:72: AclEntryProcessing retried',
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/resource_alicloud_slb_listener.go:779: OperationFailed.ListenerStatusNotSupport retried',
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/errors.go:40: SlbIsBusy lists SystemBusy, OperationBusy, ServiceIsStopping, BackendServer.configuring, ServiceIsConfiguring',
    ],
  },
  {
    name: 'try again later',
    message: /\b(?:please )?(?:try|retry) (?:again )?later\b/i,
    intent: 'retry',
    family: 'busy',
    why: 'a code no row knows whose message asks to try again later: the same request succeeds then',
    examples: [
      'Operation.Deny "The specified listener is configuring, please try again later."',
      'LocationServiceTimeout',
      'QueryOrderError',
    ],
    evidence: [
      'SLB API metadata (api.aliyun.com, Slb 2014-05-15, 2024-06): Operation.Deny, LocationServiceTimeout, QueryOrderError and CreateOrderTimeout all end in "please try again later"',
      'the intent rules (docs/architecture.md, "Intents"): "try again later" is retry (rule 1)',
    ],
  },
  {
    name: 'still in use',
    code: /InUsed?$|IsRefered$|\.InUse$|Related\w*Exists?$|ForwardExist$|BeingUsed$|PolicyRelated$|BindedWith/,
    intent: 'none',
    family: 'in-use',
    why: 'another resource still uses this one; the user removes that use first',
    examples: ['AclInUsed', 'CertificateRelatedDomainExtensionExist', 'TLSPolicyBeingUsed'],
    evidence: [
      'aliyun/terraform-provider-alicloud@90dc4732c2 alicloud/resource_alicloud_slb_acl.go:181: AclInUsed on DeleteAccessControlList, which the API allows only when no listener uses the ACL',
    ],
  },
  {
    name: 'out of capacity',
    code: /ResourceLimit$|ResourceNotAvail|NotEnoughResource|InsufficientResource|IpExhaust|AvailableIpNotExist/,
    intent: 'fix-input',
    family: 'out-of-stock',
    why: 'the zone, region or vSwitch has no capacity left: another zone, specification or vSwitch works',
    examples: ['OperationFailed.ZoneResourceLimit', 'SubnetIpExhaust', 'ResourceNotAvailible.HttpsListener'],
    evidence: [
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/controller/service/clbv1/loadbalancer.go:74: on VSwitchAvailableIpNotExist the controller creates the instance in another vSwitch',
      'SLB API metadata (api.aliyun.com, Slb 2014-05-15, 2024-06): OperationFailed.ZoneResourceLimit "…resource limit of the specified zone"',
    ],
  },
  {
    name: 'gone',
    code: /^(?:Invalid)?([A-Z][A-Za-z]*?Id)\.(?:NotFound|NotExist)$|NotFound$|NotExist(?:s|ed)?$|^ResourceNotFound\b/,
    intent: 'refresh',
    family: 'gone',
    field: 1,
    why: 'the resource the call is about no longer exists; an ID a create call points at is fixed instead',
    examples: ['InvalidLoadBalancerId.NotFound', 'AclNotExist', 'ResourceNotFound.Listener'],
    evidence: [
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/service_alicloud_slb.go:54: InvalidLoadBalancerId.NotFound means the instance is gone',
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/service_alicloud_slb.go:241: AclNotExist means the ACL is gone',
      'aliyun/terraform-provider-alicloud@81c43b6727a0 alicloud/errors.go:95: NotFoundError treats a code matching "NotFound" as gone',
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/controller/service/clbv1/service_controller.go:301: "LoadBalancerId does not exist" means the instance is gone',
    ],
  },
  {
    name: 'adjustable limit',
    code: /NumberOverLimit$|OverLimit$|QuotaExceed|QuotaLimitExceed|Quota\.Exceeded|ExceedQuota|OverQuota/i,
    intent: 'quota',
    family: 'quota',
    why: 'a quota of the account is reached; Quota Center raises it (fixed limits are catalog rows of their own)',
    examples: [
      'InstanceBackendServerNumberOverLimit',
      'DomainExtensionNumberOverLimit',
      'QuotaLimitExceeds.TotalAclEntry',
    ],
    evidence: [
      'CLB quotas page (alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/quotas, June 2025): instances, backend servers, listeners, domain extensions, certificates and ACL entries are adjustable in Quota Center',
      'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee pkg/provider/vmock/slb.go:420: InstanceBackendServerNumberOverLimit "…reached to the quota limit of this load balancer"',
    ],
  },
  {
    name: 'payment',
    code: /^PAY(?:FOR)?\.|Arrear|(?<!Load)Balance|UnpaidBill|Overdue|CashBook/i,
    intent: 'billing',
    family: 'payment-failed',
    why: 'payment, arrears or balance: the user settles it in Billing',
    examples: [
      'PAY.INSUFFICIENT_BALANCE',
      'OperationFailed.UnpaidBillsExist',
      'PAYFOR.CREDIT_PAY_INSUFFICIENT_BALANCE',
    ],
    evidence: [
      'SLB error list (the seed): every PAY.* row and ARREARAGE rows are billing',
      'SLB API metadata (api.aliyun.com, Slb 2014-05-15, 2024-06): OperationFailed.UnpaidBillsExist "Please pay your overdue bill first", OperationFailed.CashBookInsufficient',
    ],
  },
  {
    name: 'authorisation',
    code: /^Forbidden|^Forbbiden|^NoPermission|^NotAuthorized|^Unauthorized|^AccessDenied|^DeniedFor/,
    intent: 'permission',
    family: 'permission',
    why: 'the caller lacks a permission an administrator can grant',
    examples: ['NoPermission.AliyunServiceRoleForSlbLogDelivery', 'UnauthorizedRegion', 'DeniedForNoneTagCreator'],
    evidence: [
      'common gateway errors: Forbidden.RAM and NoPermission are RAM denials',
      'SLB API metadata (api.aliyun.com, Slb 2014-05-15, 2024-06): NoPermission.AliyunServiceRoleForSlbLogDelivery "…ensure the user has been granted the ram:CreateServiceLinkedRole"',
    ],
  },
  {
    name: 'risk control',
    code: /Risk/,
    intent: 'ticket',
    family: 'account-restricted',
    why: 'a risk-control decision about the account: only support can review it',
    examples: ['OperationForbidden.AccountRiskReject', 'HighRiskOperationDenied'],
    evidence: [
      'common gateway error Forbidden.RiskControl and SLB row RISK.RISK_CONTROL_REJECTION (slb-052) are tickets',
    ],
  },
  {
    name: 'conflict or duplicate',
    code: /Conflict$|Duplicat|AlreadyExist|Exists$|\.AclEntryExists$/,
    intent: 'fix-input',
    family: 'already-exists',
    why: 'the value collides with one that exists or repeats in the request: choose another',
    examples: ['ListenerPortConflict', 'Duplicate.TagKey', 'InvalidParam.AclEntryExists'],
    evidence: [
      'SLB rows ListenerAlreadyExists (slb-174), DomainAlreadyExists (slb-188) and DomainExist (slb-192) are fix-input',
    ],
  },
  {
    name: 'mismatch',
    code: /Mis+[Mm]atch|NotMatch|NotSame$|NotEqual$/,
    intent: 'fix-input',
    family: 'invalid-input',
    why: 'two values of the request do not fit together: change one',
    examples: [
      'CertificateTypeMismatched',
      'Mismatch.SlbSpecTypeAndListenerProtocol',
      'BackendServer.ServerRegionIdNotEqual',
    ],
    evidence: ['SLB rows VipNotMatchRspool (slb-142) and CertificateNotMatchPrivateKey (slb-133) are fix-input'],
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
    name: 'internal failure',
    code: /(?:Failed|Fail|Error|Exception|Timeout)$/,
    intent: 'retry',
    family: 'server-error',
    why: 'a service behind SLB failed (a query, an order, an allocation): the same request may succeed later',
    examples: ['QueryCommodityCenterFailed', 'AllocateVpcInstanceFailed', 'SystemError'],
    evidence: [
      'SLB rows CreateOrderFailed/OrderFailed (slb-053/054) and InternalInvokeError are retry',
      'Alibaba Cloud SDK exception handling (alibabacloud.com/help/en/sdk/developer-reference/handle-an-exception-1, 2025): retry server-side failures, then contact support',
    ],
  },
  {
    name: 'named parameter',
    code: /^(?:Invalid|Missing|Illegal|Malformed)(?:Param(?:eter)?(?:Value|Length|Size)?\.)?([A-Z][A-Za-z0-9]*?)(?:\.[A-Za-z]+)?$/,
    intent: 'fix-input',
    family: 'invalid-input',
    field: 1,
    why: 'the code names the request parameter at fault: fix that field',
    examples: ['InvalidParam.ListenerPort', 'MissingParam.VSwitchId', 'IllegalParam.HealthCheckType'],
    evidence: [
      'Alibaba Cloud API conventions (common errors MissingParameter, InvalidParameter) and SLB codes such as InvalidWeight.Malformed (slb-178), KeyFormatError: Invalid<Parameter> names the value at fault',
    ],
  },
  {
    name: 'not supported',
    code: /NotSupport|Unsupported|OperationDen(?:ied|y)|OperationNotAllowed|NotAllowed|OperationForbidden|HaltSales/,
    intent: 'none',
    family: 'not-supported',
    why: 'the instance, listener or region does not offer the operation: nothing to retry or fix in place',
    examples: ['OperationDenied.DeleteProtectionIsOn', 'LbNotSupportTcpssl', 'OperationUnsupported.SetAccessControl'],
    evidence: [
      'SLB rows UnsupportedOperation (slb-157, slb-173), ActionNotAllowed (slb-081) and RuleNotSupport (slb-060) are none',
    ],
  },
];
