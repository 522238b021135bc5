/**
 * npm run bench [-- --sizes seed,1k,5k,20k,20kev,50k,layout10k,story20k --runs 5 --who ours,webgl,bare
 *                  --out bench-results/bench.json]
 *
 * Runs the production build (dist/) and a bare-Cytoscape page (bench/bare.html) on the same
 * generated graphs in headless Chromium, alternating runs, and prints medians and ratios. Each
 * action is timed to the painted frame and to quiet (see bench/page.ts): loading a file,
 * hiding half the relation types, highlighting the best-connected actor, search; then the
 * frame rate while zooming and panning, PNG export, the JS heap, and navigation → seed shown.
 * `20kev` is 20k/40k with every relation quoted in one long article; `layoutNk` times the
 * worker layout of N thousand actors without positions; `story20k` a story's time steps,
 * corroboration and a merge (bench/story.ts); `gdelt200k` a generated GDELT day opened through
 * the file picker and the event dialog (bench/gdelt.ts); `engine2gb` eight generated files, 2 GB,
 * aggregated by the embedded engine (bench/engine.ts); `briefing` stepping through stories on
 * 5k and 10k actors and the seed's 10-step briefing as PDF and PowerPoint, in the page and by
 * the CLI (bench/briefing.ts); `network` the measures of a 20k/40k graph in their worker beside
 * bare graphology (bench/network.ts). Also the gzipped size of the initial
 * JS against react + react-dom + Cytoscape alone. Not a test: timings depend on the machine.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateDataset, type GenerateOptions } from '../src/model/generate';
import { SAFE_PALETTE } from '../src/model/palette';
import { baselineJsGzip, initialJsGzip } from './bench/jsSize';
import { heapMb, openApp, pause, seedShown, timed, zoomPanFps } from './bench/page';
import { medians, median, table, WHO, type Metrics, type Who } from './bench/report';
import { serve } from './bench/serve';
import { runStory, storyLines, type StoryResult } from './bench/story';
import { gdeltLines, runGdelt, type GdeltResult } from './bench/gdelt';
import { engineLines, runEngine, type EngineResult } from './bench/engine';
import { briefingLines, runBriefing, type BriefingResult } from './bench/briefing';
import { networkLines, runNetwork, type NetworkResult } from './bench/network';

const root = process.cwd();
const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const SIZES: Record<string, GenerateOptions | 'seed'> = {
  seed: 'seed',
  '1k': { actors: 1000, relations: 2000 },
  '5k': { actors: 5000, relations: 10000 },
  '20k': { actors: 20000, relations: 40000 },
  '20kev': { actors: 20000, relations: 40000, evidenced: 40000 },
  '50k': { actors: 50000, relations: 100000 },
};
/** Above this many actors a whole-graph picture exceeds the browser's canvas: no PNG. */
const PNG_ACTORS = 30000;
/** The relations table's row clicked (0-based): a relation quoted a little way into the article. */
const ROW = 10;
const sizes = arg('--sizes', 'seed,1k,5k,20k,20kev,50k,layout10k,story20k').split(',');
const runs = Number(arg('--runs', '5'));
const who = arg('--who', WHO.join(',')).split(',') as Who[];
const out = arg('--out', 'bench-results/bench.json');

const NONE: Metrics = {
  startup: NaN,
  firstPaint: NaN,
  loadQuiet: NaN,
  filter: NaN,
  filterQuiet: NaN,
  highlight: NaN,
  highlightQuiet: NaN,
  row: NaN,
  rowQuiet: NaN,
  search: NaN,
  fps: NaN,
  png: NaN,
  heap: NaN,
};

interface Case {
  text: string;
  hideTypes: string[];
  hub: string;
  /** A row of the relations table once the types are hidden (0-based), and its relation. */
  row: number;
  rowRelation: string;
  actors: number;
}

type Call = [fn: string, ...params: unknown[]];

/**
 * What every page is timed on, in the same order, each action after a quiet moment: load,
 * zoom and pan, filter, highlight, a relations-table row (or what stands for it).
 */
async function sharedActions(
  page: Page,
  calls: { load: Call; cy: string; filter: Call; highlight: Call; row: Call },
): Promise<Partial<Metrics>> {
  const action = async ([fn, ...params]: Call) => {
    const timing = await timed(page, fn, ...params);
    await pause(page);
    return timing;
  };
  const load = await action(calls.load);
  const fps = await zoomPanFps(page, calls.cy);
  await pause(page);
  const filter = await action(calls.filter);
  const highlight = await action(calls.highlight);
  const row = await action(calls.row);
  return {
    firstPaint: load.paint,
    loadQuiet: load.quiet,
    fps,
    filter: filter.paint,
    filterQuiet: filter.quiet,
    highlight: highlight.paint,
    highlightQuiet: highlight.quiet,
    row: row.paint,
    rowQuiet: row.quiet,
  };
}

async function runBare(page: Page, url: string, c: Case): Promise<Metrics> {
  await page.goto(`${url}/bench/bare.html`);
  await page.waitForFunction(() => (window as unknown as { bareReady?: boolean }).bareReady);
  const shared = await sharedActions(page, {
    load: ['bare.load', c.text, SAFE_PALETTE],
    cy: 'bare.cy',
    filter: ['bare.hideHalf', c.hideTypes],
    highlight: ['bare.highlight', c.hub],
    row: ['bare.highlightRelation', c.rowRelation],
  });
  const png = c.actors <= PNG_ACTORS ? (await timed(page, 'bare.png')).paint : NaN;
  return { ...NONE, ...shared, png, heap: await heapMb(page) };
}

async function runOurs(page: Page, url: string, c: Case, canvas: boolean): Promise<Metrics> {
  // With WebGL, the interactive figures only: start-up, search and PNG do not depend on it.
  await openApp(page, `${url}/${canvas ? '' : '?renderer=webgl'}`);
  const startup = canvas ? await seedShown(page) : NaN;
  const shared = await sharedActions(page, {
    load: ['__actorGraph.bench.load', c.text],
    cy: '__actorGraphCy',
    filter: ['__actorGraph.bench.hideTypes', c.hideTypes],
    highlight: ['__actorGraph.bench.highlight', c.hub],
    row: ['__actorGraph.bench.clickRow', c.row],
  });
  const search = canvas ? (await timed(page, '__actorGraph.bench.search', 'ka')).paint : NaN;
  if (canvas) await pause(page);
  const png =
    canvas && c.actors <= PNG_ACTORS ? (await timed(page, '__actorGraph.bench.png')).paint : NaN;
  return { ...NONE, ...shared, startup, search, png, heap: await heapMb(page) };
}

async function runOnce(browser: Browser, url: string, which: Who, c: Case): Promise<Metrics> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  try {
    return which === 'bare'
      ? await runBare(page, url, c)
      : await runOurs(page, url, c, which === 'ours');
  } finally {
    await page.close();
  }
}

type LayoutResult = { total: number; shown: number; longestPause: number };

/** A graph without positions, laid out by ForceAtlas2 in a worker (ours only). */
async function runLayout(browser: Browser, url: string, size: string): Promise<LayoutResult> {
  const actors = Number(size.slice('layout'.length).replace('k', '000')) || 10000;
  const text = JSON.stringify(
    generateDataset({ actors, relations: actors * 2, seed: 1, positions: false }),
  );
  const samples: LayoutResult[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    samples.push(
      await page.evaluate(
        (t) =>
          (
            window as unknown as {
              __actorGraph: { bench: { layout: (t: string) => Promise<LayoutResult> } };
            }
          ).__actorGraph.bench.layout(t),
        text,
      ),
    );
    await page.close();
    process.stderr.write(`${size}: run ${i + 1}/${runs}\n`);
  }
  return {
    total: median(samples.map((x) => x.total)),
    shown: median(samples.map((x) => x.shown)),
    longestPause: median(samples.map((x) => x.longestPause)),
  };
}

function caseOf(size: string): Case {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}: use ${Object.keys(SIZES).join(', ')}`);
  const text =
    spec === 'seed'
      ? readFileSync(join(root, 'data/russia-china-military-aid.json'), 'utf8')
      : JSON.stringify(generateDataset({ ...spec, seed: 1 }));
  const dataset = JSON.parse(text) as {
    relationTypes: { id: string }[];
    actors: { id: string }[];
    relations: { id: string; type: string }[];
  };
  const hideTypes = dataset.relationTypes
    .slice(0, Math.ceil(dataset.relationTypes.length / 2))
    .map((t) => t.id);
  const shown = dataset.relations.filter((r) => !hideTypes.includes(r.type));
  return {
    text,
    hideTypes,
    hub: dataset.actors[0]!.id,
    row: Math.min(ROW, shown.length - 1),
    rowRelation: shown[Math.min(ROW, shown.length - 1)]!.id,
    actors: dataset.actors.length,
  };
}

async function main() {
  if (!existsSync(join(root, 'dist/index.html')))
    throw new Error('no production build: run "npm run build" first');
  const { server, url } = await serve(root);
  const flags = JSON.parse(readFileSync(join(root, 'chromium.json'), 'utf8')) as {
    executablePath: string;
    args: string[];
  };
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? flags.executablePath,
    args: flags.args,
  });
  const results: Record<string, Record<Who | 'ratio', Metrics>> = {};
  const layouts: Record<string, LayoutResult> = {};
  let story: StoryResult | undefined;
  let gdelt: GdeltResult | undefined;
  let engine: EngineResult | undefined;
  let briefing: BriefingResult | undefined;
  let network: NetworkResult | undefined;
  try {
    if (sizes.includes('network'))
      network = await runNetwork(browser, url, runs, (line) => process.stderr.write(`${line}\n`));
    if (sizes.includes('briefing'))
      briefing = await runBriefing(browser, url, runs, (line) => process.stderr.write(`${line}\n`));
    if (sizes.includes('engine2gb'))
      engine = await runEngine(browser, url, runs, (line) => process.stderr.write(`${line}\n`));
    if (sizes.includes('gdelt200k'))
      gdelt = await runGdelt(browser, url, runs, (line) => process.stderr.write(`${line}\n`));
    if (sizes.includes('story20k'))
      story = await runStory(browser, url, runs, (line) => process.stderr.write(`${line}\n`));
    for (const size of sizes.filter((s) => s.startsWith('layout')))
      layouts[size] = await runLayout(browser, url, size);
    for (const size of sizes.filter(
      (s) =>
        !s.startsWith('layout') &&
        !['story20k', 'engine2gb', 'briefing', 'network'].includes(s) &&
        !s.startsWith('gdelt'),
    )) {
      const c = caseOf(size);
      const samples: Record<Who, Metrics[]> = { ours: [], webgl: [], bare: [] };
      for (let i = 0; i < runs; i++) {
        // Alternating: each run starts with a different renderer.
        const order = who.map((_, k) => who[(k + i) % who.length]!);
        for (const which of order) samples[which].push(await runOnce(browser, url, which, c));
        process.stderr.write(`${size}: run ${i + 1}/${runs}\n`);
      }
      const [ours, webgl, bare] = (['ours', 'webgl', 'bare'] as const).map((w) =>
        samples[w].length ? medians(samples[w]) : NONE,
      ) as [Metrics, Metrics, Metrics];
      const ratio = Object.fromEntries(
        (Object.keys(ours) as (keyof Metrics)[]).map((k) => [k, ours[k] / bare[k]]),
      ) as Metrics;
      results[size] = { ours, webgl, bare, ratio };
    }
  } finally {
    await browser.close();
    server.close();
  }
  const js = initialJsGzip(root);
  const baseline = await baselineJsGzip(root);
  const f = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
  const lines = table(results);
  for (const [size, l] of Object.entries(layouts))
    lines.push(
      '',
      `Layout (${size}, no positions, ForceAtlas2 in a worker): ${f(l.total)} from the bytes to the laid-out picture (the interim grid painted after ${f(l.shown)}); longest main-thread pause while the layout ran ${f(l.longestPause)}.`,
    );
  if (story) lines.push(...storyLines(story));
  if (gdelt) lines.push(...gdeltLines(gdelt));
  if (engine) lines.push(...engineLines(engine));
  if (briefing) lines.push(...briefingLines(briefing));
  if (network) lines.push(...networkLines(network));
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
        ...(story ? { story } : {}),
        ...(gdelt ? { gdelt } : {}),
        ...(engine ? { engine } : {}),
        ...(briefing ? { briefing } : {}),
        ...(network ? { network } : {}),
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
