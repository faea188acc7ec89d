// The same Storybook with Chinese as the starting language: the `storybook-zh` test project
// runs every story's checks in Chinese too (see vitest.config.ts).
export { default } from '../.storybook/main.ts';
