// `npm run demo`: the demo SLB console on http://127.0.0.1:5173 (DEMO_PORT to change it), with
// its mock SLB endpoint and BFF (./server/slb-plugin.ts). Loopback only.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { slbDemoPlugin } from './server/slb-plugin.ts';

const port = Number(process.env['DEMO_PORT'] ?? 5173);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Its own cache, apart from Storybook's and Vitest's.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  plugins: [react(), slbDemoPlugin()],
  server: { host: '127.0.0.1', port, strictPort: false },
  preview: { host: '127.0.0.1', port: port + 1 },
  // Known up front, so that no late dependency discovery reloads the page under a user or a test.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      '@radix-ui/react-toast',
      'clsx',
    ],
  },
  clearScreen: false,
});
