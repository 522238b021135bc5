import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inlineSeed } from './scripts/inlineSeedPlugin.ts';

/*
 * The standalone target: one self-contained standalone.html (scripts, styles and the import
 * worker inlined, no lazy chunks) that the app fills with a dataset and a view. It opens from
 * disk (file://) with no server and no network, under its own CSP: no connections at all.
 */
const csp = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  'worker-src blob:',
  "connect-src 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ');

/** Builds the workers inline (blobs), since a single file has nothing beside it; no engine. */
const inlineWorker: Plugin = {
  name: 'actor-graph-inline-worker',
  enforce: 'pre',
  async resolveId(source, importer) {
    // The analytical engine (34 MB of WebAssembly) stays out of the single file.
    if (source === './startEngine' && importer?.includes('/src/'))
      return this.resolve('./startEngine.standalone.ts', importer);
    const match = /^\.\/(create\w+Worker)$/.exec(source);
    if (match && importer?.includes('/src/'))
      return this.resolve(`./${match[1]}.inline.ts`, importer);
    return null;
  },
};

export default defineConfig({
  plugins: [
    inlineWorker,
    react(),
    viteSingleFile({ removeViteModuleLoader: true }),
    inlineSeed(),
    {
      name: 'actor-graph-standalone-csp',
      // Written as is: a tag descriptor would escape the policy's quotes (&#39;), which the
      // browser reads alike but the single-file plugin's check does not (a false warning).
      transformIndexHtml: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
        ),
    },
  ],
  define: { 'import.meta.env.VITE_STANDALONE': JSON.stringify('1') },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: { input: 'standalone.html' },
  },
});
