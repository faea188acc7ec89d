// @vitest-environment node
// Real messages differ from the seed in case, spacing, punctuation, numbers and detail;
// they must still find their row. Unknown messages and codes fall back by code, then status.
import { describe, expect, it } from 'vitest';
import { classifySlbError, type SlbDocumentedRow } from '../../src/core/index.ts';
import { ALL_ENTRIES, expectValidReport } from './report-checks.ts';

const RID = '7C1D0B6E-3A2F-4E5D-8C9B-1A2B3C4D5E6F';

const byId = (id: string): SlbDocumentedRow => {
  const entry = ALL_ENTRIES.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
};

const classify = (code: string, message: string, status?: number, action?: string) => {
  const report = classifySlbError(
    { statusCode: status, data: { RequestId: RID, Code: code, Message: message } },
    { action },
  );
  expectValidReport(report);
  return report;
};

// Each rewrites a documented message the way a live server's message may differ from it.
const VARIANTS: [string, (message: string) => string][] = [
  ['upper case', (message) => message.toUpperCase()],
  ['lower case', (message) => message.toLowerCase()],
  ['doubled spaces', (message) => message.replace(/ /g, '  ')],
  ['no space after commas', (message) => message.replace(/, /g, ',')],
  ['no space before punctuation', (message) => message.replace(/\s+([.,;:!?])/g, '$1')],
  ['surrounding white space and a newline', (message) => `  ${message}\t\n`],
  ['trailing punctuation removed', (message) => message.replace(/[.!。]+\s*$/u, '')],
  ['trailing punctuation added', (message) => `${message.replace(/[.!]\s*$/, '')}!`],
  ['numbers changed', (message) => message.replace(/\d+/g, (digits) => String(Number(digits) + 7))],
  ['detail appended', (message) => `${message} (instance lb-bp1abcdef)`],
  ['detail after a colon', (message) => `${message.replace(/\.\s*$/, '')}: 99999.`],
];

// Observed rows whose message no source shows are found by their code alone.
const WITH_MESSAGE = ALL_ENTRIES.filter((entry) => entry.message !== '');
// A code with one row is found by its code whatever the message: its message is not shipped.
const rowsOfCode = new Map<string, number>();
for (const entry of ALL_ENTRIES) rowsOfCode.set(entry.code, (rowsOfCode.get(entry.code) ?? 0) + 1);
const expectedMatch = (entry: SlbDocumentedRow) =>
  (rowsOfCode.get(entry.code) ?? 0) > 1 ? ['exact', 'fuzzy'] : ['code', 'exact', 'fuzzy'];

describe('message variants find their row', () => {
  it('rows with no known message are found by their code, whatever the message', () => {
    const silent = ALL_ENTRIES.filter((entry) => entry.message === '');
    expect(silent.every((entry) => entry.source === 'observed')).toBe(true);
    for (const entry of silent) {
      const report = classify(entry.code, 'Some message nobody recorded.', entry.status);
      expect(report.row?.id, entry.id).toBe(entry.id);
      expect(report.match).toBe('code');
    }
  });

  it.each(VARIANTS)('%s, for every catalog row with a message', (_, rewrite) => {
    const misses: string[] = [];
    for (const entry of WITH_MESSAGE) {
      const message = rewrite(entry.message);
      // Under an action that documents it: a row only some actions decide is found under those.
      const report = classify(entry.code, message, entry.status, entry.actions[0]);
      if (report.row?.id !== entry.id || !expectedMatch(entry).includes(report.match)) {
        misses.push(`${entry.id} ${JSON.stringify(message)} → ${report.row?.id ?? 'null'} (${report.match})`);
      }
    }
    expect(misses).toEqual([]);
  });

  it.each([
    ['VipTooManyListeners', 'The total number of input listeners exceeds max supported number: 50', 'slb-146'],
    ['TooManyBackendServers', 'The total number of input real servers exceeds max supported number: 100.', 'slb-158'],
    ['PrivateKeyEncryption', 'Key has Encrypted.', 'slb-132'],
    ['IpNotAvailable', 'the specified network type load balancer load balancer', 'slb-177'],
    ['OverQuota', 'INSTANCE NUM EXCEEDED QUOTA', 'slb-067'],
    ['OverQuota', 'The Total is over the quota. (current: 51, limit: 50)', 'slb-073'],
    ['InvalidParameter', 'The specified port is not valid: 99999.', 'slb-140'],
    ['PAY.GET_PAY_URL_ERROR', 'The Acount failed to get Pay Url: order 20991231.', 'slb-021'],
  ])('%s "%s" → %s', (code, message, id) => {
    const report = classify(code, message);
    expect(report.row?.id).toBe(id);
    expect(report.intent).toBe(byId(id).intent);
  });

  it('a code in another case is normalised to the catalog spelling', () => {
    const report = classify('invalidparameter', 'The specified port is not valid.', 400);
    expect(report.code).toBe('InvalidParameter');
    expect(report.row?.id).toBe('slb-140');
  });

  it('(code, message) decides, not the code alone', () => {
    expect(classify('OverQuota', 'Instance num exceeded Quota.').intent).toBe('quota');
    expect(classify('OverQuota', 'The Total is over the quota.').intent).toBe('fix-input');
  });

  it("a message of another code's row does not pull that row in", () => {
    const report = classify('OverQuota', 'The specified port is not valid.', 400);
    expect(report.row?.code).toBe('OverQuota');
    expect(report.match).toBe('code');
  });
});

describe('unknown message of a known code', () => {
  it.each([
    ['InvalidParameter', 400, 'slb-062', 'fix-input'],
    ['InvalidParameter', undefined, 'slb-062', 'fix-input'],
    ['OverQuota', 400, 'slb-067', 'quota'],
    ['MissingParameter', 400, 'common-MissingParameter', 'fix-input'],
    ['ServiceUnavailable', 503, 'common-ServiceUnavailable', 'retry'],
    ['InternalError', 500, 'common-InternalError', 'retry'],
    ['VipTooManyListeners', 400, 'slb-146', 'quota'],
  ] as const)('%s (%s) → its generic row %s', (code, status, id, intent) => {
    const report = classify(code, 'Something nobody documented happened to lb-bp1xyz.', status);
    expect(report.row?.id).toBe(id);
    expect(report.match).toBe('code');
    expect(report.intent).toBe(intent);
    expect(report.code).toBe(code);
  });

  it('InvalidParameter with status 503 is not the 400 generic row: the server failed, retry', () => {
    const report = classify('InvalidParameter', 'Something nobody documented happened.', 503);
    expect(report.row?.id).not.toBe('slb-062');
    expect(report.row?.status).toBeGreaterThanOrEqual(500);
    expect(report.intent).toBe('retry');
    expect(report.retryable).toBe(true);
  });

  it('a code with no message at all uses the generic row', () => {
    const report = classifySlbError({ statusCode: 400, data: { Code: 'InvalidParameter' } });
    expect(report.row?.id).toBe('slb-062');
    expect(report.message).toBe('');
  });
});

describe('unknown code: the status decides', () => {
  it.each([
    [500, 'retry'],
    [502, 'retry'],
    [503, 'retry'],
    [504, 'retry'],
    [429, 'retry'],
    [449, 'retry'],
    [401, 'sign-in'],
    [403, 'permission'],
    [400, 'none'],
    // A resource the call is about that no longer exists: the view is out of date.
    [404, 'refresh'],
  ] as const)('%i → %s', (status, intent) => {
    const report = classify('Slb.Totally.Undocumented', 'An error nobody has seen before.', status);
    expect(report.row).toBeNull();
    expect(report.code).toBe('Slb.Totally.Undocumented');
    expect(report.status).toBe(status);
    expect(report.intent).toBe(intent);
    expect(report.match).toBe('status');
  });

  it('no status at all → none', () => {
    const report = classifySlbError({ Code: 'Slb.Totally.Undocumented', Message: 'An error nobody has seen before.' });
    expect(report.intent).toBe('none');
    expect(report.match).toBe('none');
  });

  it('an unknown Throttling code is still throttling', () => {
    const report = classify('Throttling.Region', 'Request was denied due to region flow control.', 400);
    expect(report.intent).toBe('retry');
    expect(report.throttled).toBe(true);
    expect(report.match).toBe('pattern');
  });
});

describe('field', () => {
  it('is read from an unknown message that names the parameter', () => {
    const report = classify(
      'MissingParameter',
      'The input parameter "LoadBalancerId" that is mandatory for processing this request is not supplied.',
      400,
    );
    expect(report.row?.id).toBe('common-MissingParameter');
    expect(report.intent).toBe('fix-input');
    expect(report.field).toBe('LoadBalancerId');
    expect(report.surface).toBe('inline');
  });

  it('comes from the row when the row names it', () => {
    const report = classify('InvalidParameter', 'The specified port is not valid.', 400);
    expect(report.field).toBe('ListenerPort');
    expect(report.surface).toBe('inline');
  });

  it('is null for intents other than fix-input', () => {
    const report = classify('Throttling', 'The parameter "ListenerPort" was throttled.', 400);
    expect(report.intent).toBe('retry');
    expect(report.field).toBeNull();
  });

  it('is null when the message names no parameter, and the report stays a toast', () => {
    const report = classify('MissingParameter', 'A required value is missing.', 400);
    expect(report.field).toBeNull();
    expect(report.surface).toBe('toast');
  });
});

describe('decorated SDK messages', () => {
  it('"<Code>: code: <status>, <Message> request id: <id>" is taken apart', () => {
    const error = new Error(`InvalidParameter: code: 400, The specified port is not valid. request id: ${RID}`);
    const report = classifySlbError(error);
    expect(report).toMatchObject({
      code: 'InvalidParameter',
      status: 400,
      requestId: RID,
      message: 'The specified port is not valid.',
    });
    expect(report.row?.id).toBe('slb-140');
  });

  it('a request id of "undefined" is no request id', () => {
    const error = new Error('InvalidParameter: code: 400, undefined request id: undefined');
    const report = classifySlbError(Object.assign(error, { requestId: 'undefined' }));
    expect(report.requestId).toBeNull();
    expect(report.message).toBe('');
    expect(report.row?.id).toBe('slb-062');
  });
});
