// Errors as the classifier reads them: raw SLB bodies with a status, the shape a BFF passes on.
export const throttled = (retryAfter?: number) => ({
  name: 'ThrottlingError',
  code: 'Throttling.User',
  statusCode: 400,
  ...(retryAfter === undefined ? {} : { retryAfter }),
  data: {
    Code: 'Throttling.User',
    Message: 'Request was denied due to user flow control.',
    RequestId: 'REQ-THROTTLE-1',
  },
});

export const unavailable = () => ({
  name: 'ServerError',
  code: 'ServiceUnavailable',
  statusCode: 503,
  data: {
    Code: 'ServiceUnavailable',
    Message: 'The request has failed due to a temporary failure of the server.',
    RequestId: 'REQ-503-1',
  },
});

export const badPort = () => ({
  name: 'ClientError',
  code: 'InvalidParameter',
  statusCode: 400,
  data: { Code: 'InvalidParameter', Message: 'The specified port is not valid.', RequestId: 'REQ-PORT-1' },
});

export const timeout = () =>
  Object.assign(new Error('ReadTimeout(800). POST http://127.0.0.1:1/ failed.'), { name: 'RequestTimeoutError' });

/** A random source that always returns `value`. */
export const fixedRandom = (value: number) => () => value;
