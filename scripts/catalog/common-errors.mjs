// Alibaba Cloud's common gateway errors: any SLB call may return them, though the SLB
// error list does not. Kept apart from the seed rows (source: 'common').
// Each row: [status, code, message, description, intent, reason, field?]
// Messages are the ones the gateway sends; descriptions are ours.

/** @type {ReadonlyArray<readonly [number, string, string, string, string, string, (string | null)?]>} */
export const COMMON_ERRORS = [
  [400, 'Throttling', 'Request was denied due to request throttling.', 'Too many requests were sent in a short time. The request will be retried shortly.', 'retry', 'throttled: the same call succeeds once the rate drops'],
  [400, 'Throttling.User', 'Request was denied due to user flow control.', 'Your account sent too many requests in a short time. The request will be retried shortly.', 'retry', 'throttled per account'],
  [400, 'Throttling.Api', 'Request was denied due to api flow control.', 'This operation is receiving too many requests. The request will be retried shortly.', 'retry', 'throttled per API'],
  [400, 'SignatureNonceUsed', 'Specified signature nonce was used already.', 'The request was signed with a nonce that was already used. Try again.', 'retry', 'a new call is signed with a new nonce'],
  [400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.', 'The request signature is invalid. Sign in again.', 'sign-in', 'credentials or signing are wrong'],
  [400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.', 'The request signature is incomplete. Sign in again.', 'sign-in', 'credentials or signing are wrong'],
  [404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 'The AccessKey ID does not exist. Sign in again with valid credentials.', 'sign-in', 'bad AccessKey'],
  [400, 'InvalidAccessKeyId.Inactive', 'Specified access key is disabled.', 'The AccessKey is disabled. Sign in again with an active AccessKey.', 'sign-in', 'disabled AccessKey'],
  [403, 'Forbidden.AccessKeyDisabled', 'The Accesskey is disabled.', 'The AccessKey is disabled. Sign in again with an active AccessKey.', 'sign-in', 'disabled AccessKey'],
  [400, 'InvalidSecurityToken.Expired', 'Specified SecurityToken is expired.', 'Your session has expired. Sign in again.', 'sign-in', 'expired STS token'],
  [400, 'InvalidSecurityToken.Malformed', 'Specified SecurityToken is malformed.', 'The session token is invalid. Sign in again.', 'sign-in', 'malformed STS token'],
  [400, 'InvalidSecurityToken.MismatchWithAccessKey', 'Specified SecurityToken mismatch with the AccessKey.', 'The session token does not belong to this AccessKey. Sign in again.', 'sign-in', 'STS token and AccessKey disagree'],
  [400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.', 'The request time differs from the server time by more than 15 minutes. Check the system clock, then try again.', 'none', 'clock skew: retrying with the same clock fails again, and signing in does not fix the clock'],
  [403, 'Forbidden.RAM', "User not authorized to operate on the specified resource, or this API doesn't support RAM.", 'You are not authorized to perform this operation. Ask an administrator to grant you the RAM permission.', 'permission', 'RAM denial an administrator can grant'],
  [403, 'NoPermission', 'You are not authorized to do this action.', 'You are not authorized to perform this operation. Ask an administrator to grant you the RAM permission.', 'permission', 'RAM denial an administrator can grant'],
  [403, 'Forbidden.RiskControl', 'This operation is forbidden by Aliyun RiskControl system.', 'The operation was blocked by risk control. Open a ticket for help.', 'ticket', 'only support can lift a risk-control block'],
  [403, 'Forbidden.UserVerification', 'Your account has not passed the real-name verification.', 'Your account must pass real-name verification first.', 'verify-account', 'real-name verification'],
  [400, 'AuthRealNameNotPass', 'User real name authenticate failed!', 'Your account must pass real-name verification first.', 'verify-account', 'real-name verification (console envelope code)'],
  [400, 'MissingParameter', 'The input parameter that is mandatory for processing this request is not supplied.', 'A required parameter is missing. Fill it in and try again.', 'fix-input', 'missing parameter; the field is read from the message'],
  [400, 'InsufficientBalance', 'Your account does not have enough balance.', 'Your account balance is insufficient. Add funds, then try again.', 'billing', 'balance'],
  [400, 'Account.Arrearage', 'Your account has an outstanding payment.', 'Your account has an overdue payment. Settle it, then try again.', 'billing', 'arrears'],
  [403, 'InvalidAccountStatus.NotEnoughBalance', 'Your account does not have enough balance.', 'Your account balance is insufficient. Add funds, then try again.', 'billing', 'balance'],
  [404, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.', 'This operation is not available in the API version the console uses.', 'none', 'a console defect, nothing the user can change'],
  [500, 'InternalError', 'The request processing has failed due to some unknown error, exception or failure.', 'An internal error occurred. Try again later.', 'retry', 'a temporary server failure'],
  [503, 'ServiceUnavailable', 'The request has failed due to a temporary failure of the server.', 'The service is temporarily unavailable. Try again later.', 'retry', 'a temporary server failure'],
  [200, 'ConsoleNeedLogin', 'Current session has timed out, please sign in.', 'Your console session has timed out. Sign in again.', 'sign-in', 'console session expired (console envelope code)'],
  [200, 'PostonlyOrTokenError', 'The console token has expired.', 'The page token has expired. Refresh the page and try again.', 'refresh', 'a stale page token; reloading the page fixes it (console envelope code)'],
];
