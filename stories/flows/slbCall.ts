// A pretend SLB endpoint for the flows: answers after a short network delay, and stops when aborted.

let sequence = 0;

/** A request id shaped like SLB's, different on every call. */
export function nextRequestId(): string {
  sequence += 1;
  return `5B2C7A1E-0F3D-4E8A-9C6B-${String(sequence).padStart(12, '0')}`;
}

/** Calls `answer` after `ms`: resolves with what it returns, rejects with what it throws. */
export function slbCall<T>(signal: AbortSignal, answer: () => T, ms = 120): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        resolve(answer());
      } catch (caught) {
        reject(caught);
      }
    }, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** What `@alicloud/openapi-core` throws for `Throttling.User`: `retryAfter` comes from `x-acs-retry-after`. */
export function throttlingError(retryAfter: number): Error {
  const requestId = nextRequestId();
  const message = 'Request was denied due to user flow control.';
  return Object.assign(new Error(`Throttling.User: code: 400, ${message} request id: ${requestId}`), {
    name: 'ThrottlingError',
    code: 'Throttling.User',
    statusCode: 400,
    requestId,
    retryAfter,
    data: { Code: 'Throttling.User', Message: message, RequestId: requestId, statusCode: 400 },
  });
}

/** A response body, as a BFF passes it on. */
export const body = (Code: string, Message: string, extra: Readonly<Record<string, unknown>> = {}) => ({
  RequestId: nextRequestId(),
  Code,
  Message,
  ...extra,
});
