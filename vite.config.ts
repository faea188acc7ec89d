import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

// Everything in dependencies and peerDependencies stays external, subpaths included.
const externalPackages = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
const isExternal = (id: string) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`));

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    emptyOutDir: true,
    cssCodeSplit: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'core/index': 'src/core/index.ts',
        'engine/index': 'src/engine/index.ts',
        'locales/en': 'src/locales/en.ts',
        'locales/zh-CN': 'src/locales/zh-CN.ts',
        'alb/index': 'src/alb/index.ts',
        'nlb/index': 'src/nlb/index.ts',
        'locales/alb/en': 'src/locales/alb/en.ts',
        'locales/alb/zh-CN': 'src/locales/alb/zh-CN.ts',
        'locales/nlb/en': 'src/locales/nlb/en.ts',
        'locales/nlb/zh-CN': 'src/locales/nlb/zh-CN.ts',
        'tanstack/index': 'src/tanstack/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
});
