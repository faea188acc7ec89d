// @ts-check
// SLB codes seen in the field that the documented error list never had: what real clients
// (Terraform's alicloud provider, the Kubernetes cloud controller for Alibaba Cloud) handle,
// what users quoted from real responses, and codes of Alibaba's per-API error metadata that the
// naming patterns alone would read wrong. Each row: the code, its HTTP status, the message(s)
// as servers send them (the first is the row's; '' when no source shows it), the intent and
// family, and the evidence. The words users see are in text/rows.json (id `observed-<code>`).
//
// Evidence names a repository at a commit and a file:line, or a page. Abbreviations:
const TF = 'aliyun/terraform-provider-alicloud@81c43b6727a09e9da37b3d88818c3ba5fa17fa14';
const TF_2021 = 'aliyun/terraform-provider-alicloud@90dc4732c22005098e7508ea8517d758b06f0232';
const TF_2019 = 'aliyun/terraform-provider-alicloud@c962eba786fbbe8d801a97a97320fd8e9dec8e02';
const TF_STACK = 'aliyun/terraform-provider-alibabacloudstack@98051880f85841e5087cf74917835da72918da95';
const K8S = 'kubernetes/cloud-provider-alibaba-cloud@eeb0ddc687ee5ee9d3726559d6a8ec056f694947';
// Alibaba Cloud's OpenAPI metadata for Slb 2014-05-15 (the per-action error tables of
// api.aliyun.com), as vendored in dew-serverless/acs-sdk-php at 2da261e490af, 2024-06-24.
const META = 'SLB API error tables (api.aliyun.com/document/Slb/2014-05-15/errorCode; metadata of 2024-06-24)';
const QUOTAS = 'CLB quotas page (alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/quotas, 2025-06-27)';

/**
 * @typedef {object} ObservedRow
 * @property {string} code
 * @property {number} status
 * @property {string[]} messages
 * @property {string} intent
 * @property {string | null} [field]
 * @property {string} [family] when the family rules would not find it
 * @property {string} [quota] the Quota Center code, for a quota the account can raise
 * @property {string} reason one line: why this intent
 * @property {string[]} evidence
 */

/** @type {readonly ObservedRow[]} */
export const OBSERVED = [
  {
    code: 'InvalidLoadBalancerId.NotFound',
    status: 404,
    messages: ['The specified LoadBalancerId does not exist.', 'LoadBalancerId does not exist.'],
    intent: 'refresh',
    family: 'gone',
    reason: 'the instance the view shows was released: every client treats it as gone',
    evidence: [
      `${TF} alicloud/service_alicloud_slb.go:54 — DescribeLoadBalancerAttribute: maps it to "not found"`,
      `${TF} alicloud/resource_alicloud_slb_load_balancer.go:680 — Delete: already deleted`,
      `${K8S} pkg/controller/service/clbv1/service_controller.go:301 — "LoadBalancerId does not exist" means the instance is gone`,
      'aliyun/terraform-provider-alicloud issue #626 — a real 404 with "The specified LoadBalancerId does not exist."',
    ],
  },
  {
    code: 'DomainExtensionProcessing',
    status: 400,
    messages: ['A previous configuration of the DomainExtension is pending, please try again later.'],
    intent: 'retry',
    family: 'busy',
    reason: 'a previous change of the additional domain is still running; clients retry it',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_domain_extension.go:70 — CreateDomainExtension retried`,
      `${TF} alicloud/resource_alicloud_slb_domain_extension.go:162 — DeleteDomainExtension retried`,
      `${META} — CreateDomainExtension, DeleteDomainExtension, SetDomainExtensionAttribute`,
    ],
  },
  {
    code: 'AclEntryProcessing',
    status: 400,
    messages: [''],
    intent: 'retry',
    family: 'busy',
    reason: 'a previous change of the access control list is still running; clients retry it',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_acl_entry_attachment.go:72 — AddAccessControlListEntry retried`,
      `${TF} alicloud/resource_alicloud_slb_acl_entry_attachment.go:141 — RemoveAccessControlListEntry retried`,
    ],
  },
  {
    code: 'OperationFailed.ListenerStatusNotSupport',
    status: 400,
    messages: ['The status of the listener does not support this operation. Please try again later.'],
    intent: 'retry',
    family: 'busy',
    reason: 'the listener is between states (starting, configuring); clients retry and the message says so',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_listener.go:779 — Set*ListenerAttribute retried`,
      `${TF} alicloud/resource_alicloud_slb_rule.go:214 — CreateRules retried`,
      `${META} — CreateRules, DeleteRules`,
    ],
  },
  {
    code: 'OperationFailed.TokenIsProcessing',
    status: 400,
    messages: ['The operation is failed, because the Client Token is processing.'],
    intent: 'retry',
    family: 'busy',
    reason: 'the same create call (same ClientToken) is still being processed; retrying with the token is safe',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_load_balancer.go:321 — CreateLoadBalancer with a ClientToken retried`,
      `${META} — CreateLoadBalancer`,
    ],
  },
  {
    code: 'AclInUsed',
    status: 400,
    messages: [''],
    intent: 'none',
    family: 'in-use',
    reason:
      'a listener still uses the ACL: detach it first. Terraform retried it (2020–2021) only because its own destroy had just detached the ACL; a console user deleting an ACL in use needs the detach',
    evidence: [
      `${TF_2021} alicloud/resource_alicloud_slb_acl.go:181 — DeleteAccessControlList retried for 3 minutes (removed in 3faaabbf8, 2021-12-30)`,
      `${TF_STACK} alibabacloudstack/resource_apsarastack_slb_accesscontrollist.go:207 — still retried`,
      'DeleteAccessControlList API reference: an ACL can be deleted only when no listener uses it',
    ],
  },
  {
    code: 'AclNotExist',
    status: 400,
    messages: ['Acl does not exist.'],
    intent: 'refresh',
    family: 'gone',
    reason:
      'the ACL was deleted: refresh; under the create-listener calls, which point at the ACL picked, a bound row (decisions/clb.json) fixes the field instead',
    evidence: [
      `${TF} alicloud/service_alicloud_slb.go:241 — DescribeAccessControlListAttribute: not found`,
      `${TF} alicloud/resource_alicloud_slb_acl.go:291 — DeleteAccessControlList: already deleted`,
      `${META} — Create*Listener, DeleteAccessControlList`,
    ],
  },
  {
    code: 'CACertificateId.NotFound',
    status: 400,
    messages: [''],
    intent: 'refresh',
    family: 'gone',
    reason: 'the CA certificate was deleted',
    evidence: [`${TF} alicloud/resource_alicloud_slb_ca_certificate.go:187 — DeleteCACertificate: already deleted`],
  },
  {
    code: 'ServerCertificateId.NotFound',
    status: 400,
    messages: [''],
    intent: 'refresh',
    family: 'gone',
    reason: 'the server certificate was deleted',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_server_certificate.go:228 — DeleteServerCertificate: already deleted`,
    ],
  },
  {
    code: 'InvalidParameter.DomainExtensionId',
    status: 400,
    messages: ['The specified DomainExtensionId does not exist.'],
    intent: 'refresh',
    family: 'gone',
    reason: 'spelled as a parameter error, but it means the additional domain is gone: Terraform treats it as deleted',
    evidence: [
      `${TF} alicloud/service_alicloud_slb.go:652 — DescribeDomainExtensionAttribute: not found`,
      `${TF} alicloud/resource_alicloud_slb_domain_extension.go:171 — DeleteDomainExtension: already deleted`,
    ],
  },
  {
    code: 'AclEntryEmpty',
    status: 400,
    messages: [''],
    intent: 'refresh',
    family: 'stale',
    reason: 'the entries to remove are already gone: Terraform counts the removal as done',
    evidence: [
      `${TF} alicloud/resource_alicloud_slb_acl_entry_attachment.go:151 — RemoveAccessControlListEntry: treated as success`,
      `${TF} alicloud/service_alicloud_slb.go:420 — ignored, any other error returned`,
    ],
  },
  {
    code: 'Rejected.Throttling',
    status: 400,
    messages: [''],
    intent: 'retry',
    family: 'throttled',
    reason: 'throttling under another name; Terraform retries it by its exact code',
    evidence: [`${TF} alicloud/errors.go:227 — NeedRetry retries ServiceUnavailable and Rejected.Throttling`],
  },
  {
    code: 'InstanceBackendServerNumberOverLimit',
    status: 400,
    messages: ['The backend server number has reached to the quota limit of this load balancer.'],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_backendservers_num',
    reason: 'backend servers per instance is an adjustable quota (200 by default)',
    evidence: [
      `${K8S} pkg/controller/service/clbv1/vgroups.go:262 — removes backends first, then adds again`,
      `${K8S} pkg/provider/vmock/slb.go:420 — status 400 and the message`,
      `${QUOTAS} — slb_quota_backendservers_num, adjustable`,
    ],
  },
  {
    code: 'VSwitchAvailableIpNotExist',
    status: 400,
    messages: ['The specified VSwitch has no availabe ip.'],
    intent: 'fix-input',
    field: 'VSwitchId',
    family: 'out-of-stock',
    reason: 'not "gone" despite its name: the vSwitch has no free address; another vSwitch works',
    evidence: [
      `${K8S} pkg/controller/service/clbv1/loadbalancer.go:74 — creates the instance again in another vSwitch`,
      `${META} — CreateLoadBalancer`,
    ],
  },
  {
    code: 'AclNumberOverLimit',
    status: 400,
    messages: ['The Acl number has reached to the max quota limit.'],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acls_num',
    reason:
      'ACLs per account: the current quotas page lists it as adjustable (older limits pages said fixed; the newer page wins)',
    evidence: [
      `${TF_2019} alicloud/resource_alicloud_slb_acl.go:73 — CreateAccessControlList returned it with a hint`,
      `${QUOTAS} — slb_quota_acls_num, adjustable`,
    ],
  },
  {
    code: 'InvalidAction.RegionNotSupport',
    status: 400,
    messages: ['The region does not support this action.'],
    intent: 'none',
    family: 'not-supported',
    reason: 'the feature is not offered in this region: nothing to retry or correct in place',
    evidence: [
      `${TF_2019} alicloud/resource_alicloud_slb_acl.go:73 — CreateAccessControlList returned it`,
      `${META} — CreateAccessControlList, CreateDomainExtension`,
    ],
  },
  {
    code: 'Operation.NotAllowed',
    status: 400,
    messages: [
      'Operation Denied. The HTTP listener does not support this action.',
      'The specified listener is not allowed to operate.',
      'Cannot change internet payByTraffic loadBalancer from PayOnDemand to PrePay.',
    ],
    intent: 'none',
    family: 'not-supported',
    reason: 'the listener or instance does not allow the operation; the other meanings of this code have rows below',
    evidence: [
      'aliyun/terraform-provider-alicloud pull #4320 — SetLoadBalancerHTTPListenerAttribute answered Operation.NotAllowed "Operation Denied. The HTTP listener does not support this action."',
      `${META} — ten messages across AddListenerWhiteListItem, CreateLoadBalancer and others`,
    ],
  },
  {
    code: 'Operation.NotAllowed',
    status: 400,
    messages: ['Operation Denied, Your account does not have enough balance.'],
    intent: 'billing',
    family: 'balance',
    reason: 'this message of the code is about the balance: Billing is the way forward',
    evidence: [`${META} — Operation.NotAllowed "Operation Denied, Your account does not have enough balance."`],
  },
  {
    code: 'Operation.NotAllowed',
    status: 400,
    messages: ['Operation Denied. Unfinished order exists.'],
    intent: 'billing',
    family: 'unpaid-order',
    reason: 'this message of the code is about an unfinished order: it is paid or cancelled on the orders page',
    evidence: [`${META} — Operation.NotAllowed "Operation Denied. Unfinished order exists."`],
  },
  {
    code: 'WhiteListDeprecated',
    status: 400,
    messages: ['white list access control is deprecated after acl is enabled'],
    intent: 'none',
    family: 'not-supported',
    reason: 'once a listener uses access control lists, its whitelist cannot be changed',
    evidence: [
      'aliyun/aliyun-cli issue #408 — SetListenerAccessControlStatus answered WhiteListDeprecated with this message',
    ],
  },
  {
    code: 'ResourceNotAvailible.HttpListener',
    status: 400,
    messages: ['The specified Zone did not have enough resource.'],
    intent: 'fix-input',
    family: 'out-of-stock',
    reason:
      'the zone has no capacity for the listener: another zone is the way forward (the code keeps its misspelling)',
    evidence: [
      'aliyun/terraform-provider-alicloud issue #6622 — HTTP listener creation failing with ResourceNotAvailible.HttpListener',
      `${META} — CreateLoadBalancerHTTPListener`,
    ],
  },
  {
    code: 'OperationFailed.UnpaidBillsExist',
    status: 400,
    messages: ['The account has unpaid bills. Please pay your overdue bill first.'],
    intent: 'billing',
    family: 'overdue',
    reason: 'overdue bills block the purchase: Billing is the way forward',
    evidence: [`${META} — CreateLoadBalancer, ModifyLoadBalancerInstanceChargeType, ModifyLoadBalancerInternetSpec`],
  },
  {
    code: 'InsufficientAvailableQuota',
    status: 400,
    messages: ['Your account available balance is less than 0. Please recharge before attempting to make a purchase.'],
    intent: 'billing',
    family: 'balance',
    reason: 'despite its name this is the balance, not a quota: the message asks to recharge',
    evidence: [`${META} — CreateLoadBalancer`],
  },
  {
    code: 'OperationFailed.InvalidAccount',
    status: 400,
    messages: ['The account information is incomplete.'],
    intent: 'verify-account',
    family: 'profile',
    reason: 'incomplete account information blocks the purchase (rule 5: incomplete profile)',
    evidence: [`${META} — CreateLoadBalancer`],
  },
  {
    code: 'INSTANCE_HAS_INACTIVE_CHANGE',
    status: 400,
    messages: ['Instance configuration is processing, and will be active in the next day.'],
    intent: 'none',
    family: 'locked',
    reason: 'a change takes effect the next day; until then nothing can be done (rule 10: locked until tomorrow)',
    evidence: [
      'CLB error codes page (alibabacloud.com/help/en/slb/classic-load-balancer/developer-reference/api-slb-2014-05-15-errorcodes)',
    ],
  },
  {
    code: 'OperationDenied.DeleteProtectionIsOn',
    status: 400,
    messages: ['The loadbalancer can not be deleted due to DeleteProtection is enabled.'],
    intent: 'none',
    family: 'locked',
    reason: 'deletion protection is on: turning it off is a separate, deliberate step the message names',
    evidence: [`${META} — DeleteLoadBalancer`],
  },
  {
    code: 'TooManyListeners',
    status: 400,
    messages: ['More than 1 listener is found, please be more specified'],
    intent: 'fix-input',
    field: 'ListenerProtocol',
    family: 'invalid-input',
    reason: 'not a limit: several listeners share the port (TCP and UDP), so the request must name the protocol',
    evidence: [
      `${META} — AddListenerWhiteListItem, CreateDomainExtension, CreateRules, DeleteLoadBalancerListener and others`,
    ],
  },
  {
    code: 'AclEntryExceedLimit',
    status: 400,
    messages: ['The maximum number of ACL entries is exceeded.'],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acl_entries_num',
    reason: 'entries per ACL is an adjustable quota (300 by default)',
    evidence: [`${META} — AddAccessControlListEntry`, `${QUOTAS} — slb_quota_acl_entries_num`],
  },
  {
    code: 'QuotaLimitExceeds.TotalAclEntry',
    status: 400,
    messages: [''],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acl_entries_num',
    reason: 'entries per ACL is an adjustable quota',
    evidence: [`${META} — Create*Listener`, `${QUOTAS} — slb_quota_acl_entries_num`],
  },
  {
    code: 'QuotaLimitExceeds.AclAttachedToListener',
    status: 400,
    messages: [''],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acl_attached_num',
    reason: 'listeners per ACL is an adjustable quota (50 by default)',
    evidence: [`${META} — Create*Listener`, `${QUOTAS} — slb_quota_acl_attached_num`],
  },
  {
    code: 'QuotaLimitExceeds.AclListenerOverLimit',
    status: 400,
    messages: ['This acl has reached the limit of binding to listeners.'],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acl_attached_num',
    reason: 'listeners per ACL is an adjustable quota',
    evidence: [`${META} — CreateLoadBalancerTCPListener`, `${QUOTAS} — slb_quota_acl_attached_num`],
  },
  {
    code: 'AclListenerOverLimit',
    status: 400,
    messages: [''],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_acl_attached_num',
    reason: 'listeners per ACL is an adjustable quota',
    evidence: [`${META} — Create*Listener`, `${QUOTAS} — slb_quota_acl_attached_num`],
  },
  {
    code: 'DomainExtensionNumberOverLimit',
    status: 400,
    messages: ['The number of domainExtension has reached to the quota limit of this listener.'],
    intent: 'quota',
    family: 'quota',
    quota: 'slb_quota_domain_extensions_num',
    reason: 'additional domains per HTTPS listener is adjustable (3 by default, up to 10)',
    evidence: [`${META} — CreateDomainExtension`, `${QUOTAS} — slb_quota_domain_extensions_num, at most 10`],
  },
  {
    code: 'QuotaExceed.TagsPerResource',
    status: 400,
    messages: ['The maximum number of tags for each resource is exceeded.'],
    intent: 'fix-input',
    family: 'limit',
    reason: 'tags per resource are a fixed limit (TagResources: up to 20 per instance; not on the CLB quota list)',
    evidence: [`${META} — AddTags`, 'TagResources API reference (alibabacloud.com/help/en/slb/api-tags-tagresources)'],
  },
  {
    code: 'QuotaExceeded.Tag',
    status: 400,
    messages: ['The number of Tag exceeds the limit.'],
    intent: 'fix-input',
    family: 'limit',
    reason: 'tags per resource are a fixed limit, not a quota',
    evidence: [`${META} — AddTags`, 'TagResources API reference (alibabacloud.com/help/en/slb/api-tags-tagresources)'],
  },
  {
    code: 'QuotaLimitExceeds',
    status: 400,
    messages: [''],
    intent: 'fix-input',
    family: 'limit',
    reason: 'returned by TagResources for the tag limit, which is fixed',
    evidence: [`${META} — TagResources`],
  },
  {
    code: 'TLSCipherPolicyOverLimit',
    status: 400,
    messages: ['The TLSCipherPolicy is over the limit.'],
    intent: 'fix-input',
    family: 'limit',
    reason: 'TLS policies are not among the adjustable CLB quotas: delete unused ones',
    evidence: [`${META} — CreateTLSCipherPolicy`, `${QUOTAS} — no TLS policy quota`],
  },
  {
    code: 'TLSCipherPolicyVipRelationOverLimit',
    status: 400,
    messages: ['The number of listeners associated with a policy has exceeded.'],
    intent: 'fix-input',
    family: 'limit',
    reason: 'listeners per TLS policy are not among the adjustable CLB quotas: use another policy',
    evidence: [`${META} — CreateLoadBalancerHTTPSListener, SetLoadBalancerHTTPSListenerAttribute`],
  },
  {
    code: 'SDK.ServerUnreachable',
    status: 400,
    messages: ['Service is unreachable.'],
    intent: 'retry',
    family: 'network',
    reason: 'the SDK could not reach the endpoint: a network failure, retried like one',
    evidence: [
      `${META} — CreateLoadBalancer`,
      'alibaba/footmark connection.py:153 — retries SDK.ServerUnreachable (client side)',
    ],
  },
];
