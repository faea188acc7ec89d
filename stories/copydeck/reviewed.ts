// Wording a reviewer changed, for the play functions that import it: in the toolbar's language,
// so that in Chinese no English word lands on a kit surface.
import { storyLocale } from '../support/locale.ts';

/** A new title for a row, in the language of `globals` (the toolbar's). */
export function reviewedTitle(globals: Readonly<Record<string, unknown>>): string {
  return storyLocale(globals).base.tag === 'zh-CN' ? '配置仍在进行（已审阅）' : 'Still configuring (reviewed)';
}
