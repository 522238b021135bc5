import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateGdeltDay } from '../../src/model/events/generateGdelt';
import { sampleHeaps } from './heaps';
import { median } from './report';
import { heapMb, openApp } from './page';

/** A day of GDELT (#18): opened through the file picker and the event dialog, ours only. */
export interface GdeltResult {
  events: number;
  megabytes: number;
  /** Click on Open → the graph painted (an interim grid while the layout runs). */
  shown: number;
  /** Click on Open → the laid-out graph, and the page quiet after it. */
  laidOut: number;
  /** The longest task on the page from the click to quiet. */
  longestTask: number;
  /** The page's JS heap once open, after a garbage collection. */
  pageHeapMb: number;
  /** The most the renderer process (page and its workers) held while opening. */
  peakRendererMb: number;
  /** The same process with the seed shown, before opening: Chromium's own share. */
  rendererBeforeMb: number;
  /** The most the JS heaps of the page and its workers held together while opening. */
  jsHeapsMb: number;
  jsHeapPeaks: Record<string, number>;
  actors: number;
  relations: number;
}

/** Writes seeded GDELT-format files once; later runs reuse them. */
export async function gdeltFile(events: number, seed = 1, name = `gdelt-${events}.export.CSV`) {
  const path = join(tmpdir(), `actor-graph-bench-${seed}-${name}`);
  if (existsSync(path)) return path;
  const out = createWriteStream(`${path}.part`);
  for (const chunk of generateGdeltDay({
    events,
    seed,
    firstId: 1_000_000_000 + seed * 10_000_000,
  }))
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => {
    out.end(() => r());
  });
  execFileSync('mv', [`${path}.part`, path]);
  return path;
}

/** Resident memory of the largest Chromium renderer process, in MB. */
export function rendererMb(): number {
  const ps = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
  let most = 0;
  for (const line of ps.split('\n'))
    if (line.includes('--type=renderer'))
      most = Math.max(most, Number(line.trim().split(/\s+/)[0]) / 1024);
  return most;
}

export async function runGdelt(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
  events = 200_000,
): Promise<GdeltResult> {
  const path = await gdeltFile(events);
  const samples: GdeltResult[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    await page.getByLabel('Open dataset file').setInputFiles(path);
    await page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).waitFor();
    // tsx names the functions of the evaluated code with a helper the page does not have.
    await page.evaluate('window.__name = (f) => f');
    const before = rendererMb();
    const heaps = await sampleHeaps(browser, 500);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rendererMb())), 250);
    const timing = page.evaluate(async () => {
      const { store } = (
        window as unknown as {
          __actorGraph: {
            store: {
              getState: () => {
                dataset: { actors: unknown[]; relations: unknown[] };
                layoutProgress: number | null;
              };
              subscribe: (f: () => void) => () => void;
            };
          };
        }
      ).__actorGraph;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
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
      const tasks: string[] = [];
      let t0 = 0;
      let busyUntil = 0;
      let lastSeen = 0;
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.duration > 200)
            tasks.push(`${Math.round(e.startTime - t0)}+${Math.round(e.duration)}`);
          longest = Math.max(longest, e.duration);
          busyUntil = Math.max(busyUntil, e.startTime + e.duration);
        }
        lastSeen = performance.now();
      });
      observer.observe({ type: 'longtask' });
      const before = store.getState().dataset;
      const button = [...document.querySelectorAll('[role=dialog] button')].find(
        (b) => b.textContent === 'Open',
      ) as HTMLButtonElement;
      t0 = performance.now();
      button.click();
      await until(() => store.getState().dataset !== before);
      const set = performance.now() - t0;
      await frame();
      const shown = performance.now() - t0;
      await until(() => store.getState().layoutProgress === null);
      await frame();
      const painted = performance.now();
      lastSeen = Math.max(lastSeen, painted);
      while (performance.now() - lastSeen < 1000) await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      const s = store.getState();
      return {
        shown,
        laidOut: Math.max(painted, busyUntil) - t0,
        longestTask: longest,
        tasks: `dataset set at ${Math.round(set)} ms; tasks over 200 ms (start+duration): ${tasks.join(', ')}`,
        actors: s.dataset.actors.length,
        relations: s.dataset.relations.length,
      };
    });
    const { tasks, ...t } = await timing;
    if (t.longestTask > 200) log(tasks);
    clearInterval(sampler);
    peak = Math.max(peak, rendererMb());
    const js = await heaps();
    samples.push({
      events,
      megabytes: statSync(path).size / 1e6,
      ...t,
      pageHeapMb: await heapMb(page),
      peakRendererMb: peak,
      rendererBeforeMb: before,
      jsHeapsMb: js.totalMb,
      jsHeapPeaks: js.peaksMb,
    });
    await page.close();
    log(
      `gdelt${events / 1000}k: run ${i + 1}/${runs}: shown ${Math.round(t.shown)} ms, laid out ${Math.round(t.laidOut)} ms, longest task ${Math.round(t.longestTask)} ms`,
    );
  }
  const m = (k: keyof GdeltResult) => median(samples.map((s) => s[k] as number));
  return {
    events,
    megabytes: samples[0]!.megabytes,
    shown: m('shown'),
    laidOut: m('laidOut'),
    longestTask: m('longestTask'),
    pageHeapMb: m('pageHeapMb'),
    peakRendererMb: m('peakRendererMb'),
    rendererBeforeMb: m('rendererBeforeMb'),
    jsHeapsMb: m('jsHeapsMb'),
    jsHeapPeaks: samples[0]!.jsHeapPeaks,
    actors: samples[0]!.actors,
    relations: samples[0]!.relations,
  };
}

export function gdeltLines(r: GdeltResult): string[] {
  return [
    '',
    `GDELT day (${r.events.toLocaleString('en')} generated events, ${r.megabytes.toFixed(0)} MB, file picker + event dialog, top 2,000 actors → ${r.actors} actors, ${r.relations.toLocaleString('en')} relations; ours):`,
    `  graph shown ${Math.round(r.shown)} ms; laid out and quiet ${Math.round(r.laidOut)} ms; longest task ${Math.round(r.longestTask)} ms`,
    `  page heap once open ${r.pageHeapMb.toFixed(0)} MB; renderer process (page + workers) at most ${r.peakRendererMb.toFixed(0)} MB (${r.rendererBeforeMb.toFixed(0)} MB before opening)`,
    `  JS heaps of the page and its workers at most ${r.jsHeapsMb.toFixed(0)} MB together (${Object.entries(
      r.jsHeapPeaks,
    )
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  ];
}
