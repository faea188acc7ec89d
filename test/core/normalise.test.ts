// @vitest-environment node
// The generator merges documented messages by a normalised key (scripts/catalog/api-rows.mjs) and
// the classifier matches a server's message by the same key (src/core/match.ts). The generator is
// plain JS and cannot import the TypeScript source, so the two copies are held together here, over
// every message the three products document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseMessage } from '../../src/core/match.ts';
import { REPO_ROOT } from './catalog-build.ts';

const API_ROWS = new URL('../../scripts/catalog/api-rows.mjs', import.meta.url).href;

async function generatorNormalise(): Promise<(message: string) => string> {
  const module: unknown = await import(/* @vite-ignore */ API_ROWS);
  const value: unknown = typeof module === 'object' && module !== null ? Reflect.get(module, 'normalise') : undefined;
  if (typeof value !== 'function') throw new Error('api-rows.mjs exports no normalise');
  return (message) => String(Reflect.apply(value, undefined, [message]));
}

function documentedMessages(product: string): string[] {
  const facts: unknown = JSON.parse(
    readFileSync(path.join(REPO_ROOT, 'scripts/catalog/api', `${product}.json`), 'utf8'),
  );
  const errors: unknown = typeof facts === 'object' && facts !== null ? Reflect.get(facts, 'errors') : undefined;
  if (!Array.isArray(errors)) throw new Error(`${product}.json has no errors`);
  return errors.map((error: unknown) =>
    String(typeof error === 'object' && error !== null ? Reflect.get(error, 'message') : ''),
  );
}

describe('one message key in the generator and the classifier', () => {
  it.each(['clb', 'alb', 'nlb'])(
    '%s: every documented message, and its variants, get the same key',
    async (product) => {
      const normalise = await generatorNormalise();
      const messages = documentedMessages(product);
      expect(messages.length).toBeGreaterThan(100);
      // The messages as documented, and as servers vary them (case, spacing, numbers, punctuation).
      const variants = messages.flatMap((message) => [
        message,
        message.toUpperCase(),
        `  ${message.replace(/ /g, '  ')}.`,
        message.replace(/%s/g, '42'),
        message.replace(/([,;:])/g, ' $1'),
      ]);
      const differ = variants.filter((message) => normalise(message) !== normaliseMessage(message));
      expect(differ).toEqual([]);
    },
  );
});
