// @ts-check
// Quota Center codes of the CLB quotas an account can raise, by the error code that reports
// the quota reached. A quota row links to its own quota (`?query=<code>` filters Quota Center
// to it); a fixed limit is never here. Source: the CLB quotas page
// (alibabacloud.com/help/en/slb/classic-load-balancer/user-guide/quotas, June 2025) and the
// "Manage CLB quotas" page, which link every code in this form.

/** @type {Readonly<Record<string, string>>} */
export const QUOTA_BY_CODE = {
  'ORDER.QUANTITY_INVALID': 'slb_quota_instances_num',
  'ORDER.QUOTA_EXCEEDED': 'slb_quota_instances_num',
  OverQuota: 'slb_quota_instances_num',
  InsufficientCapacity: 'slb_quota_instances_num',
  ListenerNumberOverLimit: 'slb_quota_listeners_num',
  VipTooManyListeners: 'slb_quota_listeners_num',
  InstanceBackendServerNumberOverLimit: 'slb_quota_backendservers_num',
  DomainExtensionNumberOverLimit: 'slb_quota_domain_extensions_num',
  AclNumberOverLimit: 'slb_quota_acls_num',
  AclEntryExceedLimit: 'slb_quota_acl_entries_num',
  'QuotaLimitExceeds.TotalAclEntry': 'slb_quota_acl_entries_num',
  AclListenerOverLimit: 'slb_quota_acl_attached_num',
  'QuotaLimitExceeds.AclAttachedToListener': 'slb_quota_acl_attached_num',
  'QuotaLimitExceeds.AclListenerOverLimit': 'slb_quota_acl_attached_num',
};

/**
 * The Quota Center code of a decided row, for quota rows only.
 * @param {{ code: string, intent: string }} row
 * @returns {string | null}
 */
export const quotaOf = (row) => (row.intent === 'quota' ? (QUOTA_BY_CODE[row.code] ?? null) : null);
