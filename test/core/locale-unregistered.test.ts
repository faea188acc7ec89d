// @vitest-environment node
// No import of src/locales here: the zh-CN data is not registered in this module graph.
import { describe, expect, it } from 'vitest';
import { classifySlbError, en } from '../../src/core/index.ts';

describe('an unregistered locale tag', () => {
  it("falls back to English and says so with report.locale 'en'", () => {
    const report = classifySlbError(
      { Code: 'InvalidParameter', Message: 'The specified port is not valid.' },
      { locale: 'zh-CN' },
    );
    expect(report.locale).toBe('en');
    expect(report.title).toBe('Check the listener port');
    expect(report.description).toBe(en.descriptions['slb-140']);
  });
});
