// The review pseudo-locales: every string of English transformed, placeholders intact, longer.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/locales/en.ts';
import { SLB_UI_STRINGS_EN } from '../../src/components/index.ts';
import { classifySlbError } from '../../src/index.ts';
import { accent, mirror, pseudoAccented, pseudoRtl } from '../../stories/support/pseudo.ts';

const placeholders = (text: string) => text.match(/\{\w+\}/g) ?? [];

describe('pseudo-locales', () => {
  it('accent keeps placeholders, drops no letter and grows the text by about a third', () => {
    const text = 'Retrying automatically in {seconds} s';
    const pseudo = accent(text);
    expect(placeholders(pseudo)).toEqual(['{seconds}']);
    expect(pseudo).not.toMatch(/[A-Za-z]{2,}(?![^{]*\})/);
    expect(pseudo.length).toBeGreaterThanOrEqual(text.length * 1.3);
    expect(pseudo.startsWith('⟦') && pseudo.endsWith('⟧')).toBe(true);
  });

  it('mirror wraps each word in a right-to-left override and keeps placeholders', () => {
    expect(mirror('Show {count} more')).toBe('\u202eShow\u202c {count} \u202emore\u202c');
  });

  it.each([
    ['accented', pseudoAccented],
    ['right to left', pseudoRtl],
  ] as const)('%s covers every English string, placeholders intact', (_, locale) => {
    const [base] = locale;
    for (const [key, text] of Object.entries(SLB_UI_STRINGS_EN)) {
      const pseudo = base.ui[key as keyof typeof SLB_UI_STRINGS_EN];
      expect(pseudo, key).toBeDefined();
      if (/[A-Za-z]/.test(text.replace(/\{\w+\}/g, ''))) expect(pseudo, key).not.toBe(text);
      expect(placeholders(pseudo ?? ''), key).toEqual(placeholders(text));
    }
    expect(base.rows).toHaveLength(en.rows.length);
    expect(base.rows.map((words) => words === 0)).toEqual(en.rows.map((words) => words === 0));
    expect(Object.keys(base.families)).toEqual(Object.keys(en.families));
    expect(Object.keys(base.fields)).toEqual(Object.keys(en.fields));
    expect(Object.keys(base.rules)).toEqual(Object.keys(en.rules));
    // The kit uses it like any locale.
    const report = classifySlbError(
      { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
      { locale },
    );
    const english = classifySlbError(
      { Code: 'Throttling.User', Message: 'Request was denied due to user flow control.' },
      { locale: en },
    );
    expect(report.intent).toBe(english.intent);
    expect(report.title).not.toBe(english.title);
    expect(report.description).not.toBe(english.description);
  });
});
