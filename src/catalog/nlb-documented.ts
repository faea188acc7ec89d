// The documentation's own text beside each NLB row; the classifier never loads this module.
import { NLB_CATALOG } from './nlb.generated.js';
import { NLB_DOCUMENTED } from './nlb.docs.generated.js';
import { type SlbDocumentedRow, documented } from './documented-rows.js';

/** Network Load Balancer's documented errors (Nlb 2022-04-30), with the documentation's text. */
export const NLB_ERROR_CATALOG: readonly SlbDocumentedRow[] = documented(NLB_CATALOG, NLB_DOCUMENTED);
