// The documentation's own text beside each ALB row; the classifier never loads this module.
import { ALB_CATALOG } from './alb.generated.js';
import { ALB_DOCUMENTED } from './alb.docs.generated.js';
import { type SlbDocumentedRow, documented } from './documented-rows.js';

/** Application Load Balancer's documented errors (Alb 2020-06-16), with the documentation's text. */
export const ALB_ERROR_CATALOG: readonly SlbDocumentedRow[] = documented(ALB_CATALOG, ALB_DOCUMENTED);
