// The words a catalog row shows in a language, read the way an app reads them: by classifying
// the row's documented error with that locale.
import { alb } from '../../src/alb/index.ts';
import { type SlbLocaleOption, classifySlbError } from '../../src/core/index.ts';
import { nlb } from '../../src/nlb/index.ts';
import { HOST_IDS } from '../sdk/harness.mjs';
import { EVERY_ROW } from './report-checks.ts';

/** Title and description of row `id` in `locale`; throws for an id no row has. */
export function wordsOf(id: string, locale: SlbLocaleOption): { title: string; description: string } {
  const row = EVERY_ROW.get(id);
  if (!row) throw new Error(`no row ${id}`);
  const report = classifySlbError(
    { Code: row.code, Message: row.message, statusCode: row.status, HostId: HOST_IDS[row.product] },
    { locale, products: [alb, nlb], action: row.actions[0] },
  );
  if (report.row?.id !== id) throw new Error(`${id} classifies to ${report.row?.id ?? 'no row'}`);
  return { title: report.title, description: report.description };
}
