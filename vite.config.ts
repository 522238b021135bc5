/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineSeed } from './scripts/inlineSeedPlugin.ts';

// The production build carries a strict CSP; the dev server runs without it
// because Vite's HMR client needs inline scripts. 'wasm-unsafe-eval' lets the analytical
// engine (DuckDB-WASM) compile its WebAssembly; it allows no JavaScript eval.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

export default defineConfig({
  plugins: [
    react(),
    inlineSeed(),
    {
      name: 'actor-graph-csp',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: csp },
          injectTo: 'head-prepend',
        },
      ],
    },
  ],
  server: { port: 5173 },
  // The entry holds React and Cytoscape (about 700 KB minified) by design: the graph is the
  // first thing shown. The start-up budget is watched in gzipped bytes by `npm run bench`.
  build: { chunkSizeWarningLimit: 800 },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
  },
});
