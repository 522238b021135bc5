import { statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { gdeltFile, rendererMb } from './gdelt';
import { sampleHeaps } from './heaps';
import { median } from './report';
import { heapMb, openApp } from './page';

/** Many GDELT files (#18) aggregated by the embedded engine (DuckDB-WASM), ours only. */
export interface EngineResult {
  files: number;
  gigabytes: number;
  events: number;
  /** Click on Open → the aggregated graph set (engine start, every file read, the query). */
  aggregated: number;
  /** Click on Open → the graph laid out and the page quiet. */
  laidOut: number;
  longestTask: number;
  /** The most the renderer process (page, import worker and engine) held meanwhile. */
  peakRendererMb: number;
  /** The page's JS heap once open, after a garbage collection (the engine is gone by then). */
  pageHeapMb: number;
  /** The most the JS heaps of the page and its workers held together while opening. */
  jsHeapsMb: number;
  jsHeapPeaks: Record<string, number>;
  actors: number;
  relations: number;
}

/** Eight files of 900,000 events each: a little over 2 GB of GDELT-format text. */
const FILES = 8;
const EVENTS_PER_FILE = 900_000;

export async function runEngine(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<EngineResult> {
  const paths: string[] = [];
  for (let i = 0; i < FILES; i++)
    paths.push(await gdeltFile(EVENTS_PER_FILE, i + 1, `engine-${i + 1}.export.CSV`));
  const bytes = paths.reduce((sum, p) => sum + statSync(p).size, 0);
  const samples: EngineResult[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    await page.evaluate('window.__name = (f) => f');
    await page.getByLabel('Open dataset file').setInputFiles(paths);
    await page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).waitFor();
    let peak = rendererMb();
    const heaps = await sampleHeaps(browser);
    const sampler = setInterval(() => (peak = Math.max(peak, rendererMb())), 500);
    const t = await page.evaluate(async () => {
      type Store = {
        getState: () => {
          dataset: { actors: unknown[]; relations: unknown[] };
          layoutProgress: number | null;
          report: { problems: { message: string }[] } | null;
        };
        subscribe: (f: () => void) => () => void;
      };
      const { store } = (window as unknown as { __actorGraph: { store: Store } }).__actorGraph;
      const until = (done: () => boolean) =>
        new Promise<void>((resolve) => {
          if (done()) return resolve();
          const stop = store.subscribe(() => {
            if (!done()) return;
            stop();
            resolve();
          });
        });
      let longest = 0;
      let busyUntil = 0;
      let lastSeen = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          longest = Math.max(longest, e.duration);
          busyUntil = Math.max(busyUntil, e.startTime + e.duration);
        }
        lastSeen = performance.now();
      });
      observer.observe({ type: 'longtask' });
      const before = store.getState().dataset;
      const open = [...document.querySelectorAll('[role=dialog] button')].find(
        (b) => b.textContent === 'Open',
      ) as HTMLButtonElement;
      const t0 = performance.now();
      open.click();
      await until(() => store.getState().dataset !== before || store.getState().report !== null);
      const aggregated = performance.now() - t0;
      await until(() => store.getState().layoutProgress === null);
      const painted = performance.now();
      lastSeen = Math.max(lastSeen, painted);
      while (performance.now() - lastSeen < 1000) await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      const s = store.getState();
      return {
        aggregated,
        laidOut: Math.max(painted, busyUntil) - t0,
        longestTask: longest,
        actors: s.dataset.actors.length,
        relations: s.dataset.relations.length,
        report: s.report?.problems.map((p) => p.message).join(' | ') ?? '',
      };
    });
    clearInterval(sampler);
    const js = await heaps();
    log(`engine: run ${i + 1}/${runs}: ${Math.round(t.aggregated)} ms aggregated; ${t.report}`);
    samples.push({
      files: FILES,
      gigabytes: bytes / 1e9,
      events: FILES * EVENTS_PER_FILE,
      aggregated: t.aggregated,
      laidOut: t.laidOut,
      longestTask: t.longestTask,
      peakRendererMb: peak,
      pageHeapMb: await heapMb(page),
      jsHeapsMb: js.totalMb,
      jsHeapPeaks: js.peaksMb,
      actors: t.actors,
      relations: t.relations,
    });
    await page.close();
  }
  const m = (k: keyof EngineResult) => median(samples.map((s) => Number(s[k])));
  return {
    ...samples[0]!,
    aggregated: m('aggregated'),
    laidOut: m('laidOut'),
    longestTask: m('longestTask'),
    peakRendererMb: m('peakRendererMb'),
  };
}

export function engineLines(r: EngineResult): string[] {
  return [
    '',
    `GDELT files through the engine (${r.files} generated files, ${r.gigabytes.toFixed(2)} GB, ${r.events.toLocaleString('en')} events, DuckDB-WASM, top 2,000 actors → ${r.actors} actors, ${r.relations.toLocaleString('en')} relations; ours):`,
    `  aggregated ${(r.aggregated / 1000).toFixed(1)} s; laid out and quiet ${(r.laidOut / 1000).toFixed(1)} s; longest task ${Math.round(r.longestTask)} ms; renderer process (page + workers + engine) at most ${r.peakRendererMb.toFixed(0)} MB; page heap once open ${r.pageHeapMb.toFixed(0)} MB`,
    `  JS heaps of the page and its workers at most ${r.jsHeapsMb.toFixed(0)} MB together (${Object.entries(
      r.jsHeapPeaks,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}); the engine's own memory is capped at 700 MB`,
  ];
}
