export { albZhCN } from './zh-CN.generated.js';
