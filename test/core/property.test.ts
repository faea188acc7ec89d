// @vitest-environment node
// Whatever a `catch` holds, classifySlbError returns a valid report and never throws.
// Wall-clock time is not asserted (shared machines are noisy); the big inputs just have to finish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySlbError, classifySlbResponse } from '../../src/core/index.ts';
import { reportProblems } from './report-checks.ts';

const RUNS = 300;
const MEGABYTE = 1024 * 1024;

/** Classifies and lists what is wrong with the report; a throw fails the property. */
const problemsOf = (caught: unknown) => reportProblems(classifySlbError(caught));
const holds = (caught: unknown) => {
  const problems = problemsOf(caught);
  if (problems.length > 0) throw new Error(`invalid report: ${problems.join('; ')}`);
  return true;
};

// Keys the classifier reads, so generated objects reach its code paths rather than being ignored.
const KEYS = [
  'name',
  'code',
  'message',
  'Code',
  'Message',
  'RequestId',
  'requestId',
  'Recommend',
  'AccessDeniedDetail',
  'accessDeniedDetail',
  'statusCode',
  'status',
  'data',
  'responseData',
  'response',
  'body',
  'error',
  'Error',
  'entry',
  'headers',
  'retryAfter',
  'text',
  'cause',
  'clone',
  'get',
  'toString',
  'valueOf',
  'then',
] as const;
const key = fc.constantFrom(...KEYS);
const anything = fc.anything({
  key: fc.oneof(key, fc.string()),
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
const apiCodes = fc.constantFrom(
  'InvalidParameter',
  'Throttling.User',
  'OverQuota',
  'Forbidden.RAM',
  'SystemBusy',
  '502',
);
const messages = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'The specified port is not valid.',
    'InvalidParameter: code: 400, x request id: undefined',
    'Failed to fetch',
  ),
);
const primitive = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

describe('classifySlbError never throws and always returns a valid report', () => {
  it('for fc.anything()', () => {
    fc.assert(fc.property(anything, holds), { numRuns: RUNS });
  });

  it('for SDK-like objects with arbitrary field values', () => {
    const sdkLike = fc.record(
      {
        name: fc.oneof(
          fc.constantFrom(
            'ClientError',
            'ServerError',
            'ThrottlingError',
            'SyntaxError',
            'AbortError',
            'TypeError',
            'FetcherErrorBiz',
          ),
          fc.string(),
        ),
        code: fc.oneof(apiCodes, anything),
        message: fc.oneof(messages, anything),
        statusCode: fc.oneof(fc.integer({ min: -1, max: 1000 }), anything),
        requestId: fc.oneof(fc.constant('undefined'), fc.uuid(), anything),
        retryAfter: fc.oneof(fc.double(), fc.integer(), anything),
        data: fc.record(
          {
            Code: fc.oneof(apiCodes, anything),
            Message: fc.oneof(messages, anything),
            RequestId: anything,
            Recommend: fc.oneof(fc.webUrl(), anything),
            AccessDeniedDetail: anything,
          },
          { requiredKeys: [] },
        ),
        headers: fc.dictionary(fc.constantFrom('x-acs-retry-after', 'retry-after', 'x-acs-request-id'), primitive),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(sdkLike, holds), { numRuns: RUNS });
  });

  it('for objects whose getters throw', () => {
    const withThrowingGetters = fc
      .tuple(fc.dictionary(key, anything), fc.uniqueArray(key, { minLength: 1 }), fc.anything())
      .map(([base, throwing, thrownValue]) => {
        const target: Record<string, unknown> = { ...base };
        for (const name of throwing) {
          Object.defineProperty(target, name, {
            enumerable: true,
            get: () => {
              throw thrownValue;
            },
          });
        }
        return target;
      });
    fc.assert(fc.property(withThrowingGetters, holds), { numRuns: RUNS });
    // Nested too: the body under `data`, the response under `response`.
    fc.assert(
      fc.property(withThrowingGetters, (inner) =>
        holds({ name: 'ClientError', code: 'InvalidParameter', data: inner, response: inner, cause: inner }),
      ),
      { numRuns: RUNS },
    );
  });

  it('a field whose getter throws costs that field only', () => {
    const body = () => ({
      Code: 'InvalidParameter',
      Message: 'The specified port is not valid.',
      RequestId: 'R-1',
      statusCode: 400,
    });
    for (const hostile of ['headers', 'Message', 'cause', 'data']) {
      const withHostile: Record<string, unknown> = body();
      Object.defineProperty(withHostile, hostile, {
        get: () => {
          throw new Error('hostile getter');
        },
      });
      const without: Record<string, unknown> = body();
      delete without[hostile];
      // The same report as when the field is not there at all.
      expect(classifySlbError(withHostile), hostile).toEqual(classifySlbError(without));
      expect(classifySlbError(withHostile).code, hostile).toBe('InvalidParameter');
    }
  });

  it('for a proxy whose every trap throws', () => {
    const boom = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy(
      {},
      {
        get: boom,
        has: boom,
        ownKeys: boom,
        getOwnPropertyDescriptor: boom,
        getPrototypeOf: boom,
        apply: boom,
        construct: boom,
      },
    );
    const hostileFunction = new Proxy(() => undefined, { get: boom, has: boom, ownKeys: boom, apply: boom });
    for (const caught of [
      hostile,
      hostileFunction,
      { data: hostile },
      { response: hostile, cause: hostile },
      [hostile],
    ]) {
      expect(problemsOf(caught)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.anything(), (thrownValue) => {
        const throwing = () => {
          throw thrownValue;
        };
        return holds(new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getPrototypeOf: throwing }));
      }),
      { numRuns: 50 },
    );
  });

  it('for revoked proxies', () => {
    const { proxy, revoke } = Proxy.revocable({ code: 'InvalidParameter', message: 'x' }, {});
    revoke();
    const functionProxy = Proxy.revocable(() => undefined, {});
    functionProxy.revoke();
    for (const caught of [proxy, functionProxy.proxy, { data: proxy }, { cause: proxy, response: { data: proxy } }]) {
      expect(problemsOf(caught)).toEqual([]);
    }
  });

  it('for circular objects', () => {
    const error: Record<string, unknown> = { name: 'ClientError', code: 'InvalidParameter', message: 'x' };
    error['data'] = error;
    error['cause'] = error;
    error['response'] = { data: error, headers: error };
    error['entry'] = { response: error };
    expect(problemsOf(error)).toEqual([]);
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = { cause: a, data: a };
    a['cause'] = b;
    a['error'] = b;
    expect(problemsOf(a)).toEqual([]);
    fc.assert(
      fc.property(fc.dictionary(key, anything), fc.uniqueArray(key, { minLength: 1 }), (base, loops) => {
        const target: Record<string, unknown> = { ...base };
        for (const name of loops) target[name] = target;
        return holds(target);
      }),
      { numRuns: RUNS },
    );
  });

  it('for 10,000 levels of nesting, through every key the classifier follows', () => {
    for (const name of ['data', 'cause', 'error', 'response', 'body', 'responseData']) {
      let nested: Record<string, unknown> = { Code: 'InvalidParameter', Message: 'The specified port is not valid.' };
      for (let level = 0; level < 10_000; level += 1) nested = { [name]: nested };
      expect(problemsOf(nested), name).toEqual([]);
    }
    let text = '{"Code":"InvalidParameter"}';
    for (let level = 0; level < 10_000; level += 1) text = `{"data":${text}}`;
    expect(problemsOf(text)).toEqual([]);
  });

  it('for megabyte strings: plain, JSON and XML text', () => {
    const filler = 'The specified port is not valid. '.repeat(MEGABYTE / 32);
    const inputs = [
      'x'.repeat(MEGABYTE),
      filler,
      `${' '.repeat(MEGABYTE)}{`,
      JSON.stringify({ Code: 'InvalidParameter', Message: filler, RequestId: 'r'.repeat(MEGABYTE) }),
      JSON.stringify({ data: Array.from({ length: 50_000 }, (_, index) => ({ Code: `C${index}` })) }),
      `{"Code":"${'A'.repeat(MEGABYTE)}"}`,
      `<Error><Code>InvalidParameter</Code><Message>${filler}</Message></Error>`,
      `<Error><Code>${'<'.repeat(MEGABYTE)}</Code></Error>`,
      `<Error>${'<Code><![CDATA['.repeat(MEGABYTE / 16)}`,
      `<html>${'<p>gateway</p>'.repeat(MEGABYTE / 14)}</html>`,
      `InvalidParameter: code: 400, ${filler} request id: ${'9'.repeat(MEGABYTE)}`,
      `connect ECONNREFUSED 127.0.0.1:80POST http://x/?${'a=1&'.repeat(MEGABYTE / 4)} failed.`,
      'Authorization: ACS3-HMAC-SHA256 ' + ',k=v'.repeat(MEGABYTE / 4),
      'AccessKeyId='.repeat(MEGABYTE / 12),
    ];
    for (const text of inputs) {
      expect(problemsOf(text)).toEqual([]);
      expect(problemsOf(new Error(text))).toEqual([]);
      expect(problemsOf({ Code: 'InvalidParameter', Message: text, data: { Message: text } })).toEqual([]);
    }
    const report = classifySlbError({ Code: 'InvalidParameter', Message: filler });
    expect(report.message.length).toBeLessThanOrEqual(1000);
  });

  it('for huge and non-string code and message fields', () => {
    const huge = fc.constantFrom('A'.repeat(MEGABYTE), 'Invalid'.repeat(100_000), `${'9'.repeat(1000)}`);
    const odd = fc.oneof(
      huge,
      anything,
      fc.constant(Symbol('code')),
      fc.constant(() => 'InvalidParameter'),
      fc.constant(10n ** 30n),
    );
    const withOddFields = fc.record(
      {
        code: odd,
        message: odd,
        Code: odd,
        Message: odd,
        name: odd,
        requestId: odd,
        statusCode: odd,
        data: fc.record({ Code: odd, Message: odd, RequestId: odd }),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(withOddFields, holds), { numRuns: RUNS });
  });
});

describe('classifySlbResponse never rejects and always returns a valid report', () => {
  it('for any body text, status and headers', async () => {
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom('', '<Error><Code>InvalidParameter</Code></Error>', '<html><body>502</body></html>'),
    );
    const headers = fc.dictionary(
      fc.constantFrom('content-type', 'x-acs-request-id', 'x-acs-retry-after', 'retry-after'),
      fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.integer({ min: 200, max: 599 }), headers, async (text, status, headerValues) => {
        const noBody = status === 204 || status === 205 || status === 304;
        const report = await classifySlbResponse(new Response(noBody ? null : text, { status, headers: headerValues }));
        expect(reportProblems(report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
