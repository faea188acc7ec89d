// @ts-check
// Judgement calls: seed rows whose intent (or field) the rules in rules.mjs do not get
// right. Each names the row's code (checked by the generator) and says why in one line.
// `field` is the request parameter at fault; omit it to let the message decide.

/** @type {Record<string, { code: string, intent: string, field?: string | null, family?: string, reason: string }>} */
export const OVERRIDES = {
  'slb-004': {
    code: 'LX_REQUEST_TOKEN_CONFLICT',
    intent: 'refresh',
    reason:
      'the ClientToken already carried another request, which may have created the resource: reload before submitting again',
  },
  'slb-025': {
    code: 'PRODUCT.INSTANCE_TYPE_NOT_EXIST',
    intent: 'fix-input',
    field: 'LoadBalancerSpec',
    reason: 'the instance type is the LoadBalancerSpec parameter',
  },
  'slb-026': {
    code: 'PRODUCT.INSTANCE_TYPE_NOT_SUPPORTED',
    intent: 'fix-input',
    field: 'LoadBalancerSpec',
    reason: 'the instance type is the LoadBalancerSpec parameter',
  },
  'slb-027': {
    code: 'PRODUCT.NOT_AVAILABLE_IZ',
    intent: 'fix-input',
    field: 'MasterZoneId',
    reason: 'the zone is the MasterZoneId parameter',
  },
  'slb-028': {
    code: 'PRODUCT.INSUFFICIENT_STOCK',
    intent: 'fix-input',
    field: null,
    reason: 'sold out: another zone or specification is the way forward, not waiting',
  },
  'slb-029': {
    code: 'PURCHASE.NO_VAILD_PURCHASE',
    intent: 'ticket',
    reason: 'the purchase is rejected with no parameter named; only support can say why',
  },
  'slb-030': {
    code: 'PURCHASE.PURCHASE_QUERY_FAILED',
    intent: 'retry',
    reason: 'an internal query failed; the same request may succeed later',
  },
  'slb-031': {
    code: 'ORDER.ORDER_AMOUNT_ILLEGAL',
    intent: 'billing',
    reason: 'the billing system rejects the order amount; the orders page shows it',
  },
  'slb-032': {
    code: 'ORDER.NOT_ENOUGH_ACTIVITY_STOCK',
    intent: 'fix-input',
    field: null,
    reason: 'promotion stock is gone: another specification or a purchase without the promotion is the way forward',
  },
  'slb-035': {
    code: 'ORDER.PERIOD_INVALID',
    intent: 'fix-input',
    field: 'Duration',
    family: 'invalid-input',
    reason: 'the subscription period is a request parameter (Duration), not a payment problem',
  },
  'slb-036': {
    code: 'ORDER.BID_USER_ORDER_FORBIDDEN',
    intent: 'ticket',
    reason: 'the account type is barred from ordering; only support can change that',
  },
  'slb-037': {
    code: 'ORDER.ACCOUNT_STATUS_ILLEGAL',
    intent: 'ticket',
    reason: 'the account status blocks orders and the error does not say which; support can look at the account',
  },
  'slb-042': {
    code: 'ORDER.INSTANCE_HAS_INACTIVE_CHANGE',
    intent: 'billing',
    reason: 'an unfinished specification-change order blocks this one; it is paid or cancelled on the orders page',
  },
  'slb-045': {
    code: 'PRICE.PRICING_PLAN_NOT_FOUND',
    intent: 'ticket',
    reason: 'same meaning as PRICE.PRICING_PLAN_RESULT_NOT_FOUND, whose description says to open a ticket',
  },
  'slb-047': {
    code: 'PRICE.TAXING_ERROR',
    intent: 'ticket',
    reason: 'a fault of the pricing system the user cannot correct',
  },
  'slb-049': {
    code: 'PRICE.INQUIRY_FAILED',
    intent: 'retry',
    reason: 'a price query failed; the same request may succeed later',
  },
  'slb-053': {
    code: 'CreateOrderFailed',
    intent: 'retry',
    reason: 'same failure as OrderFailed, whose description says to try again later',
  },
  'slb-058': {
    code: 'INVALID_COMPONENT',
    intent: 'fix-input',
    field: 'LoadBalancerSpec',
    reason: 'the description asks for a different instance type (LoadBalancerSpec)',
  },
  'slb-060': {
    code: 'RuleNotSupport',
    intent: 'none',
    reason: 'TCP listeners cannot have forwarding rules: an unsupported operation, no field to correct',
  },
  'slb-063': {
    code: 'URLNotSupport',
    intent: 'fix-input',
    field: 'RuleList',
    reason: 'the URL of a rule is given in RuleList',
  },
  'slb-066': {
    code: 'InvalidRuleId.NotFound',
    intent: 'refresh',
    reason: 'rule ids come from the view; the rule is gone',
  },
  'slb-073': {
    code: 'OverQuota',
    intent: 'fix-input',
    field: null,
    reason: 'the description asks to reduce the number and try again: a per-request limit, not a quota to raise',
  },
  'slb-074': {
    code: 'ServiceUnavailable',
    intent: 'fix-input',
    field: 'VSwitchId',
    reason: 'a 400, not an outage: the chosen VSwitch does not exist or has no free address',
  },
  'slb-079': {
    code: 'InvalidParameter',
    intent: 'refresh',
    reason: 'the instance the view shows is no longer available',
  },
  'slb-083': {
    code: 'SourceItemsQuotaOverLimit',
    intent: 'fix-input',
    field: 'SourceItems',
    reason: 'a fixed limit of 300 entries per SourceItems value; there is no quota to raise',
  },
  'slb-085': {
    code: 'ActionNotAllowed',
    intent: 'ticket',
    family: 'locked',
    reason: 'locked by Alibaba Cloud for business reasons; only support can unlock it',
  },
  'slb-091': {
    code: 'Forbbiden.SubUser',
    intent: 'ticket',
    reason: '"a problem exists with the account": only support can see what',
  },
  'slb-092': {
    code: 'InvalidParameter',
    intent: 'refresh',
    reason: 'a resource picked from the view no longer exists',
  },
  'slb-095': {
    code: 'ServiceUnavailable',
    intent: 'fix-input',
    field: 'RegionId',
    reason: 'a 503 that is not transient: this region has no VPC, so another region (or network type) is needed',
  },
  'slb-103': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'Address',
    reason: 'the private IP address is the Address parameter',
  },
  'slb-104': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'Address',
    reason: 'the IP address is the Address parameter',
  },
  'slb-105': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'RsList is the backend server list',
  },
  'slb-107': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'the backend server (Rs) address comes from BackendServers',
  },
  'slb-108': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'ServerId',
    reason: 'the description asks for the ServerId',
  },
  'slb-111': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'the backend server (vm) address comes from BackendServers',
  },
  'slb-112': {
    code: 'InvalidParameter',
    intent: 'fix-input',
    field: 'MasterZoneId',
    reason: 'the primary and secondary zones are MasterZoneId and SlaveZoneId',
  },
  'slb-120': {
    code: 'InternalError',
    intent: 'none',
    reason: 'a bad timestamp is clock skew: retrying with the same clock fails again',
  },
  'slb-121': {
    code: 'InternalError',
    intent: 'ticket',
    reason: 'the console sent a malformed request; retrying repeats it and only support can trace it',
  },
  'slb-122': {
    code: 'InternalError',
    intent: 'sign-in',
    reason: 'the caller identity is rejected; signing in with a valid account is the way forward',
  },
  'slb-123': {
    code: 'InternalError',
    intent: 'sign-in',
    reason: 'the signature type is invalid: a credential problem',
  },
  'slb-124': {
    code: 'InternalError',
    intent: 'sign-in',
    reason: 'the account credentials are invalid (named under sign-in in the intent rules, docs/architecture.md)',
  },
  'slb-125': {
    code: 'ServiceUnavailable',
    intent: 'refresh',
    reason: 'a 503 that is not transient: the instance id the view holds is not valid any more',
  },
  'slb-129': {
    code: 'InvalidParameter',
    intent: 'refresh',
    reason: 'the resource changed state under the user; the view is stale',
  },
  'slb-132': {
    code: 'PrivateKeyEncryption',
    intent: 'fix-input',
    field: 'PrivateKey',
    reason: 'an encrypted private key must be uploaded unencrypted',
  },
  'slb-135': {
    code: 'CertificateAndPrivateKeyIsRefered',
    intent: 'none',
    reason: 'the certificate is in use by a listener; nothing in this request to correct',
  },
  'slb-142': {
    code: 'VipNotMatchRspool',
    intent: 'fix-input',
    field: 'VServerGroupId',
    reason: 'the backend server group chosen does not fit the listener',
  },
  'slb-153': {
    code: 'ServiceUnavailable',
    intent: 'fix-input',
    field: 'LoadBalancerName',
    reason: 'a 503 that is not transient: the instance name is taken',
  },
  'slb-154': {
    code: 'TcpNotSupportForHybridLb',
    intent: 'none',
    reason: 'hybrid instances cannot have TCP listeners: an unsupported operation',
  },
  'slb-158': {
    code: 'TooManyBackendServers',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'at most 20 backend servers per request: a per-request limit',
  },
  'slb-175': {
    code: 'ListenerNotFound',
    intent: 'fix-input',
    field: 'ListenerPort',
    reason: 'no listener on that port: the port is wrong or the listener must exist first',
  },
  'slb-176': {
    code: 'CheckedListenerNotFound',
    intent: 'none',
    reason: 'health checks must be set up first; no field of this request to correct',
  },
  'slb-177': {
    code: 'IpNotAvailable',
    intent: 'fix-input',
    field: 'AddressType',
    reason: 'the network type is the AddressType parameter',
  },
  'slb-178': {
    code: 'InvalidWeight.Malformed',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'weights are given inside BackendServers',
  },
  'slb-179': {
    code: 'IncorrectListenerAccessControlStatusStatus',
    intent: 'none',
    reason: 'a 500 that is not transient: the listener access-control state forbids the operation',
  },
  'slb-183': {
    code: 'TooManyBackendServers',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'too many backend servers in one request: a per-request limit',
  },
  'slb-186': {
    code: 'InvalidServerId.NotFound',
    intent: 'fix-input',
    field: 'BackendServers',
    reason: 'a backend server named in BackendServers does not exist',
  },
  'slb-187': {
    code: 'InvalidIdentity',
    intent: 'sign-in',
    reason: 'the request authentication failed: a credential problem',
  },
  'slb-189': {
    code: 'DomainNotExisted',
    intent: 'refresh',
    reason: 'the domain picked from the view no longer exists',
  },
  'slb-191': {
    code: 'SecurityNotSupport',
    intent: 'none',
    reason: 'the listener does not offer the function: an unsupported operation',
  },
  'slb-192': {
    code: 'DomainExist',
    intent: 'fix-input',
    field: 'RuleList',
    reason: 'a rule in RuleList repeats an existing domain and URL',
  },
  'slb-194': {
    code: 'RspoolVipExist',
    intent: 'none',
    reason: 'the VServer group is in use by a listener; the description says to detach it first',
  },
  'slb-195': {
    code: 'RspoolRuleExist',
    intent: 'none',
    reason: 'the VServer group is in use by a rule; the description says to detach it first',
  },
  'slb-202': {
    code: 'VpcZoneNotSupportCreate',
    intent: 'fix-input',
    field: 'MasterZoneId',
    reason: 'the zone is the MasterZoneId parameter',
  },
  'slb-203': {
    code: 'VpcStatusError',
    intent: 'retry',
    reason: 'the VPC is still being created; the same request succeeds once it is ready',
  },
  'slb-013': {
    code: 'PAY.TAX_CALC_FAILED',
    intent: 'ticket',
    reason:
      'a tax calculation that failed is a fault of the billing system: nothing in Billing fixes it (as PRICE.TAXING_ERROR, slb-047)',
  },
  'slb-021': {
    code: 'PAY.GET_PAY_URL_ERROR',
    intent: 'retry',
    reason: 'fetching the payment page failed inside the system; the same request may succeed later',
  },
  'slb-023': {
    code: 'PAY.QUERY_QUOTA_BOOK_FAILED',
    intent: 'retry',
    family: 'server-error',
    reason: 'an internal query of the account failed; the same request may succeed later',
  },
  'slb-106': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the tunnel ID is set by the console, not the user: only support can say why it was refused',
  },
  'slb-109': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the application ID is set by the console, not the user: only support can say why it was refused',
  },
  'slb-110': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the virtual gateway IP is set by the console, not the user: only support can say why it is missing',
  },
  'slb-113': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: "the service unit pairing is internal to the console's request: only support can say why it does not match",
  },
  'slb-114': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the virtual gateway IP is set by the console, not the user: only support can say why it was refused',
  },
  'slb-126': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the message names no type the user chose: only support can say which value was refused',
  },
  'slb-127': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'the gateway VIP is internal to the request: only support can say why it collides',
  },
  'slb-149': {
    code: 'InvalidParameter',
    intent: 'sign-in',
    reason: 'the user ID comes from the signed-in session, not from a form: signing in again gives a valid one',
  },
  'slb-150': {
    code: 'InvalidParameter',
    intent: 'sign-in',
    reason: 'the user ID comes from the signed-in session, not from a form: signing in again gives a valid one',
  },
  'slb-151': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'lb_type is set by the console, not the user: only support can say why it was refused',
  },
  'slb-152': {
    code: 'InvalidParameter',
    intent: 'ticket',
    family: 'support',
    reason: 'mode is set by the console, not the user: only support can say why it was refused',
  },
  'slb-166': {
    code: 'InsufficientCapacity',
    intent: 'quota',
    family: 'quota',
    reason:
      'the documentation says the instance quota is reached and a ticket raises it (rule 3: raising a quota is quota, not ticket)',
  },
  'slb-146': {
    code: 'VipTooManyListeners',
    intent: 'quota',
    family: 'quota',
    reason:
      'kept quota: the seed and Alibaba\'s zh error page gloss it as listeners per instance (实例下监听总数), an adjustable quota (slb_quota_listeners_num, default 50 on the CLB limits page); the message\'s "input" wording suggests a per-request cap, which no API documents, so the text states no number and links the listener quota',
  },
  'slb-193': {
    code: 'TooManyRules',
    intent: 'fix-input',
    field: 'RuleList',
    family: 'limit',
    reason:
      'forwarding rules per listener are a fixed limit (40, not adjustable: CLB limits page, quota slb_quota_rules_num); deleting rules is the way forward',
  },
  'slb-204': {
    code: 'TagCreateCountLimit',
    intent: 'fix-input',
    field: null,
    family: 'limit',
    reason:
      'tags per resource are a fixed limit (TagResources: at most 20 per instance; not on the CLB quota list); removing tags is the way forward',
  },
  'slb-205': {
    code: 'TagCountLimit',
    intent: 'fix-input',
    field: null,
    family: 'limit',
    reason:
      'tags per resource are a fixed limit (TagResources: at most 20 per instance; not on the CLB quota list); removing tags is the way forward',
  },
};
