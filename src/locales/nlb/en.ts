export { nlbEn } from './en.generated.js';
