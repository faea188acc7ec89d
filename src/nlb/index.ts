// Network Load Balancer (NLB, API Nlb 2022-04-30): its catalog, to pass as `products: [nlb]`.
export { NLB_CATALOG as nlb } from '../catalog/nlb.generated.js';
export { NLB_ERROR_CATALOG } from '../catalog/nlb-documented.js';
export type { NlbErrorCode } from '../catalog/codes.generated.js';
