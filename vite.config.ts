/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

// The production build carries a strict CSP; the dev server runs without it
// because Vite's HMR client needs inline scripts.
const csp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The seed dataset is fetched at start (see bundledDatasets.ts); a preload link lets the
 * browser download it together with the scripts instead of after them.
 */
const preloadSeed: Plugin = {
  name: 'actor-graph-preload-seed',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (_html, ctx) => {
      const seed = Object.keys(ctx.bundle ?? {}).find((f) =>
        /russia-china-military-aid-[\w-]+\.json$/.test(f),
      );
      return seed
        ? [
            {
              tag: 'link',
              attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `/${seed}` },
              injectTo: 'head',
            },
          ]
        : [];
    },
  },
};

export default defineConfig({
  plugins: [
    react(),
    preloadSeed,
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
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
  },
});
