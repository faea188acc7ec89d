// One representative value per error shape the classifier reads, built the way the SDKs
// build them (see /test/fixtures for the recorded originals).

const RID = '2E1A7C3B-5F4D-4A6E-9B8C-0D1E2F3A4B5C';
const CODE = 'InvalidParameter';
const MESSAGE = 'The specified port is not valid.';
const RECOMMEND = `https://api.aliyun.com/troubleshoot?q=${CODE}&product=Slb&requestId=${RID}`;
const SIGNED_URL =
  'http://slb.aliyuncs.com/?AccessKeyId=LTAI5tDUMMYKEYID00000000&Action=CreateLoadBalancerTCPListener' +
  '&Format=JSON&SecurityToken=CAISDUMMYSTSTOKEN0000&SignatureNonce=7f3a9c1e&Signature=AbCdEf%2B123%3D';
const DECORATED = `${CODE}: code: 400, ${MESSAGE} request id: ${RID}`;
const body = () => ({ RequestId: RID, HostId: 'slb.aliyuncs.com', Code: CODE, Message: MESSAGE, Recommend: RECOMMEND });

class ClientError extends Error {
  constructor() {
    super(DECORATED);
    this.name = 'ClientError';
    Object.assign(this, {
      statusCode: 400,
      code: CODE,
      description: 'undefined',
      detail: 'undefined',
      requestId: RID,
      data: body(),
      accessDeniedDetail: null,
      retryAfter: undefined,
    });
  }
}

function openapiClientError() {
  const error = new Error(DECORATED);
  return Object.assign(error, {
    code: CODE,
    data: { ...body(), statusCode: 400 },
    description: 'undefined',
    accessDeniedDetail: undefined,
    statusCode: 400,
  });
}

function popCoreError() {
  const error = new Error(`${MESSAGE}, URL: ${SIGNED_URL}`);
  return Object.assign(error, {
    name: `${CODE}Error`,
    data: body(),
    code: CODE,
    url: SIGNED_URL,
    entry: {
      request: { headers: { 'user-agent': 'AlibabaCloud (linux; x64) Node.js/v20 Core/1.8.0' } },
      response: { statusCode: 400, headers: { 'content-type': 'application/json', 'x-acs-request-id': RID } },
    },
  });
}

function transportError() {
  const error = new Error(`connect ECONNREFUSED 127.0.0.1:8080POST ${SIGNED_URL} failed.`);
  return Object.assign(error, {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '127.0.0.1',
    port: 8080,
  });
}

const XML = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Error>',
  `  <RequestId>${RID}</RequestId>`,
  '  <HostId>slb.aliyuncs.com</HostId>',
  `  <Code>${CODE}</Code>`,
  `  <Message>${MESSAGE}</Message>`,
  `  <Recommend><![CDATA[${RECOMMEND}]]></Recommend>`,
  '</Error>',
].join('\n');

/**
 * `value` is what is classified; `response` (for the fetch shape) builds a fresh Response per
 * call, since a body can be read once.
 * @type {ReadonlyArray<{ name: string, value?: unknown, response?: () => Response }>}
 */
export const SHAPES = [
  { name: 'openapi-core ClientError', value: new ClientError() },
  { name: 'openapi-client Error', value: openapiClientError() },
  { name: 'pop-core Error', value: popCoreError() },
  { name: 'serialised JSON string', value: JSON.stringify(new ClientError()) },
  { name: 'raw PascalCase body', value: body() },
  {
    name: 'lower-camel body',
    value: { requestId: RID, hostId: 'slb.aliyuncs.com', code: CODE, message: MESSAGE, recommend: RECOMMEND },
  },
  { name: 'XML text', value: XML },
  // The last SLB row: the naive scan walks the whole list before finding it.
  {
    name: 'raw body, last catalog row',
    value: { RequestId: RID, Code: 'TagCountLimit', Message: 'Tags count limit exceeded.', statusCode: 400 },
  },
  // A real message that differs from the documented one: the naive scan finds nothing.
  {
    name: 'raw body, message variant',
    value: {
      RequestId: RID,
      Code: 'VipTooManyListeners',
      Message: 'The total number of input listeners exceeds max supported number: 50',
      statusCode: 400,
    },
  },
  { name: 'transport error', value: transportError() },
  { name: 'unknown value', value: { reason: 'something else went wrong', at: 3 } },
  {
    name: 'fetch Response',
    response: () =>
      new Response(JSON.stringify(body()), {
        status: 400,
        headers: { 'content-type': 'application/json;charset=utf-8', 'x-acs-request-id': RID },
      }),
  },
];
