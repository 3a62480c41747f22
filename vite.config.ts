import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The renderer is built once and served either by Electron's app:// protocol or
// by `vite preview` for the browser host. No dev server: its inline HMR scripts
// would need a weaker CSP, and the CSP is never weakened.
export default defineConfig({
  root: 'renderer',
  base: '/',
  publicDir: false,
  plugins: [react()],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // The budget is 1 MB gzipped for the initial bundle (DESIGN §6); the bench measures it.
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  preview: { port: 4317, strictPort: true, host: '127.0.0.1' },
});
