// The documentation's own text beside each CLB row (the documented message, the error page's
// description, the statuses and actions); the classifier never loads this module.
import { CLB_CATALOG } from './clb.generated.js';
import { CLB_DOCUMENTED } from './clb.docs.generated.js';
import { type SlbDocumentedRow, documented } from './documented-rows.js';

const clb = documented(CLB_CATALOG, CLB_DOCUMENTED);

/** One row per row of the CLB error page (Slb 2014-05-15), in its order (`slb-001` … `slb-205`). */
export const SLB_ERROR_CATALOG: readonly SlbDocumentedRow[] = Object.freeze(clb.filter((row) => row.source === 'slb'));
/** CLB's per-action error tables: every documented (code, message) the error page does not have. */
export const SLB_API_ERRORS: readonly SlbDocumentedRow[] = Object.freeze(clb.filter((row) => row.source === 'api'));
/** Alibaba Cloud's common gateway errors (throttling, signature, AccessKey, RAM, balance …). */
export const SLB_COMMON_ERRORS: readonly SlbDocumentedRow[] = Object.freeze(
  clb.filter((row) => row.source === 'common'),
);
/** Codes seen in the field (`InvalidLoadBalancerId.NotFound` …), each decided from what real clients do with it. */
export const SLB_OBSERVED_ERRORS: readonly SlbDocumentedRow[] = Object.freeze(
  clb.filter((row) => row.source === 'observed'),
);
