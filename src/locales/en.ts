export { en } from './en.generated.js';
