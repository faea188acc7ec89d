// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function bundle(entry: string) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  });
  const code = result.outputFiles.map((file) => file.text).join('\n');
  return { inputs: Object.keys(result.metafile.inputs), code };
}

describe('slb-error-kit/core bundle', () => {
  it('holds no React, no Radix, no hooks or components, and no DOM globals', async () => {
    const { inputs, code } = await bundle('src/core/index.ts');
    expect(inputs.some((input) => input.includes('node_modules'))).toBe(false);
    expect(inputs.every((input) => input.startsWith('src/core/') || input.startsWith('src/catalog/'))).toBe(true);
    expect(code).not.toMatch(/\bwindow\.|\bdocument\.|use client/);
  });

  it('the zh-CN locale is a separate module the core does not pull in', async () => {
    const { inputs } = await bundle('src/core/index.ts');
    expect(inputs.some((input) => input.includes('locales'))).toBe(false);
  });
});
