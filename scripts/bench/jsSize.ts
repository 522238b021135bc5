import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped size of react + react-dom + Cytoscape alone (bench/baseline.js), as the app bundles them. */
export async function baselineJsGzip(root: string): Promise<number> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, rollupOptions: { input: join(root, 'bench/baseline.js') } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as {
    output: { type: string; code?: string }[];
  }[];
  return outputs
    .flatMap((r) => r.output)
    .filter((o) => o.type === 'chunk' && o.code)
    .reduce((sum, o) => sum + gzipSync(o.code!).length, 0);
}

/** Gzipped size of every script the built page loads at start-up. */
export function initialJsGzip(root: string): { total: number; files: Record<string, number> } {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const files: Record<string, number> = {};
  for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) {
    files[m[1]!] = gzipSync(readFileSync(join(root, 'dist', m[1]!))).length;
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}
