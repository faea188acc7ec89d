// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';

describe('regressions', () => {
  it("a JSON parser's complaint about an HTML page does not become the report's message", () => {
    let thrown: unknown;
    try {
      JSON.parse('<html><head><title>502 Bad Gateway</title></head><body>Tengine</body></html>');
    } catch (error) {
      thrown = error;
    }
    const report = classifySlbError(thrown);
    expect(report).toMatchObject({ origin: 'bad-response', intent: 'retry', message: '' });
  });

  it('a Recommend link with credentials before the host is refused', () => {
    const report = classifySlbError({
      Code: 'InvalidParameter',
      Message: 'The specified port is not valid.',
      RequestId: 'REQ-1',
      Recommend: 'https://api.aliyun.com@evil.example/troubleshoot',
    });
    expect(report.links.diagnose).toBe(
      'https://api.alibabacloud.com/troubleshoot?q=InvalidParameter&product=Slb&requestId=REQ-1',
    );
  });
});
