export { albEn } from './en.generated.js';
