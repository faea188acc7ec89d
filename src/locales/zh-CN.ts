export { zhCN } from './zh-CN.generated.js';
