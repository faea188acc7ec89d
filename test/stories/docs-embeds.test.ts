// A docs page opens at its top and stays still: the stories it embeds never click, type or
// move focus when they load (they may wait for their state and check it).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCS = path.resolve(__dirname, '../../stories/docs');
const EMBED = /<Canvas of=\{(\w+)\.(\w+)\}/g;
/** What a play function may not do on a docs page. */
const INTERACTION = /userEvent|\.focus\(|\.click\(|keyboard\(/;

const modules = import.meta.glob<Record<string, { play?: () => unknown }>>('../../stories/*.stories.tsx', {
  eager: true,
});

function storiesModule(mdx: string, alias: string) {
  const source = new RegExp(`import \\* as ${alias} from '\\.\\./(\\w+)\\.stories'`).exec(mdx)?.[1];
  if (!source) throw new Error(`no import for ${alias}`);
  const module = modules[`../../stories/${source}.stories.tsx`];
  if (!module) throw new Error(`no stories module ${source}`);
  return module;
}

const embeds = readdirSync(DOCS)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    const mdx = readFileSync(path.join(DOCS, file), 'utf8');
    return [...mdx.matchAll(EMBED)].map(([, alias = '', name = '']) => ({ file, mdx, alias, name }));
  });

describe('stories embedded in docs pages', () => {
  it('are found', () => {
    expect(embeds.length).toBeGreaterThan(10);
  });

  it.each(embeds.map((embed) => [`${embed.file}: ${embed.alias}.${embed.name}`, embed] as const))(
    '%s exists and does not interact when it loads',
    (_, { mdx, alias, name }) => {
      const story = storiesModule(mdx, alias)[name];
      expect(story, `${alias}.${name}`).toBeDefined();
      expect(String(story?.play ?? '')).not.toMatch(INTERACTION);
    },
  );
});
