/**
 * npm run bench [-- --sizes seed,1k,5k,20k,layout10k --runs 5 --out bench-results/bench.json]
 *
 * Runs the production build (dist/) and a bare-Cytoscape page (bench/bare.html) on the same
 * generated graphs in headless Chromium, alternating runs, and prints medians and ratios:
 * first paint, filter toggle → paint, highlight → paint, search, PNG export, JS heap, and
 * navigation → seed shown; `layoutNk` times the worker layout of N thousand actors without
 * positions; plus the gzipped size of the initial JS against react + react-dom + Cytoscape
 * alone. Not a test: timings depend on the machine.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateDataset } from '../src/model/generate';
import { SAFE_PALETTE } from '../src/model/palette';

const root = process.cwd();
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const SIZES: Record<string, [number, number] | 'seed'> = {
  seed: 'seed',
  '1k': [1000, 2000],
  '5k': [5000, 10000],
  '20k': [20000, 40000],
};
const sizes = arg('--sizes', 'seed,1k,5k,20k,layout10k').split(',');
const runs = Number(arg('--runs', '5'));
const out = arg('--out', 'bench-results/bench.json');

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** dist/ at /, bench/ at /bench/, Cytoscape's ESM build at /cytoscape/. */
function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = path.startsWith('/bench/')
      ? join(root, normalize(path))
      : path.startsWith('/cytoscape/')
        ? join(root, 'node_modules/cytoscape/dist', normalize(path.slice('/cytoscape/'.length)))
        : join(root, 'dist', normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : NaN;
};

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

type Metrics = Record<
  'startup' | 'firstPaint' | 'filter' | 'highlight' | 'search' | 'png' | 'heap',
  number
>;

const time = (page: Page, fn: string, ...params: unknown[]) =>
  page.evaluate(
    async ({ fn, params }) => {
      const t0 = performance.now();
      const path = fn.split('.');
      let target: unknown = window;
      for (const p of path.slice(0, -1)) target = (target as Record<string, unknown>)[p];
      await (target as Record<string, (...a: unknown[]) => Promise<unknown>>)[path.at(-1)!]!(
        ...params,
      );
      return performance.now() - t0;
    },
    { fn, params },
  );

/** Our production build (canvas), the same with Cytoscape's WebGL renderer, the anchor. */
type Who = 'ours' | 'webgl' | 'bare';
const WHO: readonly Who[] = ['ours', 'webgl', 'bare'];

/** Opens the app and waits until its automation interface is there. */
async function openApp(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.waitForFunction(
    () => (window as unknown as { __actorGraph?: { ready: boolean } }).__actorGraph?.ready,
  );
}

/**
 * Navigation → the seed graph painted and the page answering (ms since navigation): the later
 * of the painted graph and the end of the last long task (> 50 ms) before a quiet second,
 * as "time to interactive" counts, with a 1 s quiet window.
 */
const seedShown = (page: Page) =>
  page.evaluate(async () => {
    const mark = 'actor-graph:first-graph';
    while (performance.getEntriesByName(mark).length === 0)
      await new Promise((r) => setTimeout(r, 5));
    const painted = performance.getEntriesByName(mark)[0]!.startTime;
    let busyUntil = 0;
    let lastSeen = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const t of list.getEntries()) busyUntil = Math.max(busyUntil, t.startTime + t.duration);
      lastSeen = performance.now();
    });
    observer.observe({ type: 'longtask', buffered: true });
    while (performance.now() - Math.max(lastSeen, painted) < 1000)
      await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return Math.max(painted, busyUntil);
  });

/**
 * A user looks at what changed before acting again: each timed action starts after a second
 * of idle, for every renderer alike, so it does not also pay for the work the previous one
 * left queued (Cytoscape rebuilds its layer caches a quarter second after a change).
 */
const PAUSE_MS = 1000;
const pause = (page: Page) =>
  page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), PAUSE_MS);

async function runOnce(
  browser: Browser,
  url: string,
  which: Who,
  text: string,
  hideTypes: string[],
  hub: string,
): Promise<Metrics> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    if (which === 'bare') {
      await page.goto(`${url}/bench/bare.html`);
      await page.waitForFunction(() => (window as unknown as { bareReady?: boolean }).bareReady);
      const firstPaint = await time(page, 'bare.load', text, SAFE_PALETTE);
      await pause(page);
      const filter = await time(page, 'bare.hideHalf', hideTypes);
      await pause(page);
      const highlight = await time(page, 'bare.highlight', hub);
      await pause(page);
      const png = await time(page, 'bare.png');
      const heap = await heapMb(page);
      return { startup: NaN, firstPaint, filter, highlight, search: NaN, png, heap };
    }
    // With WebGL, the interactive figures only: start-up, search and PNG do not depend on it.
    const canvas = which === 'ours';
    await openApp(page, `${url}/${canvas ? '' : '?renderer=webgl'}`);
    const startup = canvas ? await seedShown(page) : NaN;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 300))); // let start-up settle
    const firstPaint = await time(page, '__actorGraph.bench.load', text);
    await pause(page);
    const filter = await time(page, '__actorGraph.bench.hideTypes', hideTypes);
    await pause(page);
    const highlight = await time(page, '__actorGraph.bench.highlight', hub);
    await pause(page);
    const search = canvas ? await time(page, '__actorGraph.bench.search', 'ka') : NaN;
    if (canvas) await pause(page);
    const png = canvas ? await time(page, '__actorGraph.bench.png') : NaN;
    return { startup, firstPaint, filter, highlight, search, png, heap: await heapMb(page) };
  } finally {
    await page.close();
  }
}

/** Gzipped size of react + react-dom + Cytoscape alone (bench/baseline.js), as the app bundles them. */
async function baselineJsGzip(): Promise<number> {
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

function initialJsGzip(): { total: number; files: Record<string, number> } {
  const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
  const files: Record<string, number> = {};
  for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)) {
    files[m[1]!] = gzipSync(readFileSync(join(root, 'dist', m[1]!))).length;
  }
  return { total: Object.values(files).reduce((a, b) => a + b, 0), files };
}

async function main() {
  if (!existsSync(join(root, 'dist/index.html')))
    throw new Error('no production build: run "npm run build" first');
  const { server, url } = await serve();
  const flags = JSON.parse(readFileSync(join(root, 'chromium.json'), 'utf8')) as {
    executablePath: string;
    args: string[];
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? flags.executablePath,
    args: flags.args,
  });
  const results: Record<string, Record<Who | 'ratio', Metrics>> = {};
  const layouts: Record<string, { total: number; shown: number; longestPause: number }> = {};
  try {
    for (const size of sizes.filter((s) => s.startsWith('layout'))) {
      // Graphs without positions, laid out by ForceAtlas2 in a worker (ours only: bare
      // Cytoscape would need cose, minutes at this size).
      const actors = Number(size.slice('layout'.length).replace('k', '000')) || 10000;
      const text = JSON.stringify(
        generateDataset({ actors, relations: actors * 2, seed: 1, positions: false }),
      );
      const samples: { total: number; shown: number; longestPause: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await openApp(page, `${url}/`);
        samples.push(
          await page.evaluate(
            (t) =>
              (
                window as unknown as {
                  __actorGraph: {
                    bench: {
                      layout: (
                        t: string,
                      ) => Promise<{ total: number; shown: number; longestPause: number }>;
                    };
                  };
                }
              ).__actorGraph.bench.layout(t),
            text,
          ),
        );
        await page.close();
        process.stderr.write(`${size}: run ${i + 1}/${runs}\n`);
      }
      layouts[size] = {
        total: median(samples.map((x) => x.total)),
        shown: median(samples.map((x) => x.shown)),
        longestPause: median(samples.map((x) => x.longestPause)),
      };
    }
    for (const size of sizes.filter((s) => !s.startsWith('layout'))) {
      const spec = SIZES[size];
      if (!spec) throw new Error(`unknown size ${size}: use ${Object.keys(SIZES).join(', ')}`);
      const text =
        spec === 'seed'
          ? readFileSync(join(root, 'data/russia-china-military-aid.json'), 'utf8')
          : JSON.stringify(generateDataset({ actors: spec[0], relations: spec[1], seed: 1 }));
      const dataset = JSON.parse(text) as {
        relationTypes: { id: string }[];
        actors: { id: string }[];
      };
      const hideTypes = dataset.relationTypes
        .slice(0, Math.ceil(dataset.relationTypes.length / 2))
        .map((t) => t.id);
      const hub = dataset.actors[0]!.id;
      const samples: Record<Who, Metrics[]> = { ours: [], webgl: [], bare: [] };
      for (let i = 0; i < runs; i++) {
        // Alternating: each run starts with a different renderer.
        const order = WHO.map((_, k) => WHO[(k + i) % WHO.length]!);
        for (const which of order)
          samples[which].push(await runOnce(browser, url, which, text, hideTypes, hub));
        process.stderr.write(`${size}: run ${i + 1}/${runs}\n`);
      }
      const med = (list: Metrics[]) =>
        Object.fromEntries(
          (Object.keys(list[0]!) as (keyof Metrics)[]).map((k) => [
            k,
            median(list.map((m) => m[k])),
          ]),
        ) as Metrics;
      const ours = med(samples.ours);
      const webgl = med(samples.webgl);
      const bare = med(samples.bare);
      const ratio = Object.fromEntries(
        (Object.keys(ours) as (keyof Metrics)[]).map((k) => [k, ours[k] / bare[k]]),
      ) as Metrics;
      results[size] = { ours, webgl, bare, ratio };
    }
  } finally {
    await browser.close();
    server.close();
  }
  const js = initialJsGzip();
  const baseline = await baselineJsGzip();
  const NAMES = {
    ours: 'Actor Graph',
    webgl: 'Actor Graph, WebGL',
    bare: 'bare Cytoscape',
    ratio: 'Actor Graph / bare',
  };
  const f = (v: number, unit = ' ms') => (Number.isFinite(v) ? `${Math.round(v)}${unit}` : '—');
  const lines = [
    `| size | renderer | first paint | filter → paint | highlight → paint | search | PNG export | JS heap | seed shown |`,
    `|---|---|---|---|---|---|---|---|---|`,
  ];
  for (const [size, r] of Object.entries(results)) {
    for (const who of ['ours', 'webgl', 'bare', 'ratio'] as const) {
      const m = r[who];
      const cell = (k: keyof Metrics, unit?: string) =>
        who === 'ratio' ? (Number.isFinite(m[k]) ? `${m[k].toFixed(2)}×` : '—') : f(m[k], unit);
      lines.push(
        `| ${size} | ${NAMES[who]} | ${cell('firstPaint')} | ${cell('filter')} | ${cell('highlight')} | ${cell('search')} | ${cell('png')} | ${cell('heap', ' MB')} | ${cell('startup')} |`,
      );
    }
  }
  for (const [size, l] of Object.entries(layouts))
    lines.push(
      '',
      `Layout (${size}, no positions, ForceAtlas2 in a worker): ${f(l.total)} from the bytes to the laid-out picture (the interim grid painted after ${f(l.shown)}); longest main-thread pause while the layout ran ${f(l.longestPause)}.`,
    );
  lines.push(
    '',
    `Initial JS: ${(js.total / 1024).toFixed(1)} KB gzipped (${Object.entries(js.files)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
      .join(
        ', ',
      )}); react + react-dom + Cytoscape alone ${(baseline / 1024).toFixed(1)} KB, the rest ${((js.total - baseline) / 1024).toFixed(1)} KB. Medians of ${runs} alternating runs.`,
  );
  console.log(lines.join('\n'));
  mkdirSync(dirname(resolve(root, out)), { recursive: true });
  writeFileSync(
    resolve(root, out),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs,
        results,
        layouts,
        initialJsGzipBytes: { ...js, reactAndCytoscape: baseline, rest: js.total - baseline },
      },
      null,
      2,
    ),
  );
  console.error(`wrote ${out}`);
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
