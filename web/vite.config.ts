import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress';

/**
 * The web app. `npm run build` writes dist/web, which the server serves in production;
 * `npm run dev:web` serves it with hot reload and forwards /api to the server on port 3000.
 * The build also writes a .br and a .gz beside each text file (precompress.ts), which the
 * server sends to browsers that accept them.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), precompress()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Vendor chunks change less often than app code, so browsers keep them cached across
          // releases. Only modules the first screen needs (`$initial`) go in them: antd
          // components used by lazy pages (tables, charts' pickers) stay with those pages.
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              tags: ['$initial'],
              priority: 2,
            },
            {
              name: 'antd',
              test: /[\\/]node_modules[\\/]/,
              tags: ['$initial'],
              priority: 1,
            },
          ],
        },
      },
    },
  },
});
