import { registerSlbLocale } from '../core/registry.js';
import { zhCN } from './zh-CN.generated.js';

// Importing this module makes `locale: 'zh-CN'` work everywhere (classifier, provider);
// the data stays out of any bundle that does not import it.
registerSlbLocale(zhCN);

export { zhCN };
