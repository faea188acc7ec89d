// @vitest-environment node
// The classifier keeps a few derived strings (filled titles, Troubleshoot links) between calls;
// what it returns must still depend on every input, in any order of calls.
import { describe, expect, it } from 'vitest';
import { classifySlbError } from '../../src/core/index.ts';

const BAD_PORT = {
  Code: 'InvalidParameter',
  Message: 'The specified port is not valid.',
  RequestId: 'R-1',
  statusCode: 400,
};

describe('what the classifier keeps between calls', () => {
  it('a title filled with one label is not reused for another', () => {
    const labels = ['Port', 'Listener port', 'Frontend port', 'Port'];
    const titles = labels.map((label) => classifySlbError(BAD_PORT, { fieldLabels: { ListenerPort: label } }).title);
    expect(titles).toEqual(['Check the Port', 'Check the Listener port', 'Check the Frontend port', 'Check the Port']);
    expect(classifySlbError(BAD_PORT).title).toBe('Check the listener port');
  });

  it('Troubleshoot links follow the site and the code, call after call', () => {
    const intl = classifySlbError(BAD_PORT, { site: 'intl' }).links.errorCenter;
    const cn = classifySlbError(BAD_PORT, { site: 'cn' }).links.errorCenter;
    const other = classifySlbError({ ...BAD_PORT, Code: 'InvalidParam.ListenerPort' }, { site: 'intl' }).links
      .errorCenter;
    expect(intl).toContain('q=InvalidParameter');
    expect(intl).toContain('intl_lang=EN_US');
    expect(cn).not.toContain('intl_lang');
    expect(other).toContain('q=InvalidParam.ListenerPort');
    expect(classifySlbError(BAD_PORT, { site: 'intl' }).links.errorCenter).toBe(intl);
  });

  it('a flood of distinct codes keeps the kept strings bounded and the answers right', () => {
    for (let i = 0; i < 2000; i++) {
      const report = classifySlbError({ ...BAD_PORT, Code: `Custom.Code${i}` });
      expect(report.links.errorCenter).toContain(`q=Custom.Code${i}`);
    }
  });
});
