export { nlbZhCN } from './zh-CN.generated.js';
