// Application Load Balancer (ALB, API Alb 2020-06-16): its catalog, to pass as `products: [alb]`.
export { ALB_CATALOG as alb } from '../catalog/alb.generated.js';
export { ALB_ERROR_CATALOG } from '../catalog/alb-documented.js';
export type { AlbErrorCode } from '../catalog/codes.generated.js';
