// @vitest-environment node
// What an app's bundle holds follows what it imports: a console pays for the words it shows and
// the products it adds, nothing more. Each test bundles a small app the way a bundler would
// (esbuild, tree-shaken; React and Radix external) and reads what came out.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EN_FAMILIES } from '../../src/core/families.en.generated.ts';
import { albEn } from '../../src/locales/alb/en.ts';
import { en } from '../../src/locales/en.ts';
import { nlbEn } from '../../src/locales/nlb/en.ts';
import type { SlbRowWords } from '../../src/core/locale.ts';

async function bundle(app: string) {
  const result = await build({
    stdin: { contents: app, resolveDir: process.cwd(), loader: 'ts', sourcefile: 'app.ts' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    jsx: 'automatic',
    charset: 'utf8',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@radix-ui/react-toast'],
    logLevel: 'silent',
  });
  const code = result.outputFiles.map((file) => file.text).join('\n');
  // The modules that put something into the output (tree-shaking drops the rest).
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
  return { inputs, code };
}

/** How a string sits in the bundle: esbuild writes string literals with JSON's escapes. */
const literal = (text: string) => JSON.stringify(text).slice(1, -1);

const familySentences = new Set<string>(
  Object.values(EN_FAMILIES).flatMap((words) =>
    Object.values(words).filter((text): text is string => typeof text === 'string'),
  ),
);
/** Every sentence of a locale's row words that is the row's own (not also a family sentence). */
function englishRowWords(rows: readonly SlbRowWords[]): string[] {
  const texts = rows.flatMap((words) => (typeof words === 'string' ? [words] : words === 0 ? [] : words));
  return [
    ...new Set(
      texts.filter(
        (text): text is string => typeof text === 'string' && text.length > 20 && !familySentences.has(text),
      ),
    ),
  ];
}

const CONSOLE = `export { SlbErrorProvider, ErrorOutlet, useSlbError, classifySlbError } from './src/index.ts';`;

describe('a Chinese console', () => {
  it('carries no English row words, and the Chinese ones', async () => {
    const { code, inputs } = await bundle(`${CONSOLE} export { zhCN } from './src/locales/zh-CN.ts';`);
    const english = englishRowWords(en.rows);
    expect(english.length).toBeGreaterThan(300);
    const found = english.filter((words) => code.includes(literal(words)));
    expect(found).toEqual([]);
    expect(inputs).not.toContain('src/locales/en.generated.ts');
    // The Chinese words are there: a sentence of the zh-CN locale's own rows.
    expect(code).toContain('请刷新页面查看最新状态');
  });
});

describe('a CLB console', () => {
  it('carries none of ALB’s or NLB’s data or words', async () => {
    const { code, inputs } = await bundle(`${CONSOLE} export { en } from './src/locales/en.ts';`);
    expect(inputs.filter((input) => /alb|nlb/.test(input))).toEqual([]);
    const clbWords = new Set(englishRowWords(en.rows));
    const familyWords = [...englishRowWords(albEn.rows), ...englishRowWords(nlbEn.rows)].filter(
      (words) => !clbWords.has(words),
    );
    expect(familyWords.length).toBeGreaterThan(100);
    expect(familyWords.filter((words) => code.includes(literal(words)))).toEqual([]);
    // The same detector finds CLB's English row words, which this console does import.
    const english = englishRowWords(en.rows);
    expect(english.filter((words) => !code.includes(literal(words)))).toEqual([]);
    // ALB's own codes are not in CLB's data.
    expect(code).not.toContain('ResourceQuotaExceeded.LoadBalancerServersNum');
  });

  it('an ALB console adds ALB’s catalog and words, and not NLB’s', async () => {
    const { inputs } = await bundle(
      `${CONSOLE} export { alb } from './src/alb/index.ts'; export { albEn } from './src/locales/alb/en.ts';`,
    );
    expect(inputs).toContain('src/catalog/alb.generated.ts');
    expect(inputs).toContain('src/locales/alb/en.generated.ts');
    expect(inputs.filter((input) => input.includes('nlb'))).toEqual([]);
  });
});

describe('surfaces', () => {
  it.each(['Banner', 'InlineError', 'Toast'])('%s alone carries no catalog data and no locale', async (name) => {
    const { inputs } = await bundle(`export { ${name} } from './src/index.ts';`);
    expect(inputs.filter((input) => /generated|locales/.test(input) && !input.includes('ui.en'))).toEqual([]);
  });
});
