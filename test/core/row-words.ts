// The words a catalog row shows in a language, read the way an app reads them: by classifying
// the row's documented error with that locale.
import { ALB_ERROR_CATALOG } from '../../src/alb/index.ts';
import {
  SLB_API_ERRORS,
  SLB_COMMON_ERRORS,
  SLB_ERROR_CATALOG,
  SLB_OBSERVED_ERRORS,
  type SlbLocaleOption,
  classifySlbError,
} from '../../src/core/index.ts';
import { NLB_ERROR_CATALOG } from '../../src/nlb/index.ts';
import { alb } from '../../src/alb/index.ts';
import { nlb } from '../../src/nlb/index.ts';

const ROWS = new Map(
  [
    ...SLB_ERROR_CATALOG,
    ...SLB_API_ERRORS,
    ...SLB_COMMON_ERRORS,
    ...SLB_OBSERVED_ERRORS,
    ...ALB_ERROR_CATALOG,
    ...NLB_ERROR_CATALOG,
  ].map((row) => [row.id, row]),
);
const HOST: Record<string, string> = { alb: 'alb.cn-hangzhou.aliyuncs.com', nlb: 'nlb.cn-hangzhou.aliyuncs.com' };

/** Title and description of row `id` in `locale`; throws for an id no row has. */
export function wordsOf(id: string, locale: SlbLocaleOption): { title: string; description: string } {
  const row = ROWS.get(id);
  if (!row) throw new Error(`no row ${id}`);
  const report = classifySlbError(
    { Code: row.code, Message: row.message, statusCode: row.status, HostId: HOST[id.slice(0, 3)] },
    { locale, products: [alb, nlb], action: row.actions[0] },
  );
  if (report.row?.id !== id) throw new Error(`${id} classifies to ${report.row?.id ?? 'no row'}`);
  return { title: report.title, description: report.description };
}
