import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateDataset } from '../../src/model/generate';
import type { Dataset } from '../../src/model/schema';
import { addStep, addStory } from '../../src/model/stories';
import { median } from './report';
import { openApp, pause, timed, type Timing } from './page';

/** Stepping through a story on a generated graph: each step, and the anchor on the same page. */
export interface SteppingResult {
  /** Hiding half the relation types by the filter (the anchor). */
  filter: Timing;
  /** A step presented (→) with reduced motion: the camera jumps. The slowest of four steps. */
  step: Timing;
  /**
   * A step presented (←) with motion allowed, until the camera lands: it glides (450 ms) where
   * Cytoscape draws the whole graph (up to 3,000 actors), and jumps above. The slowest of four.
   */
  glide: Timing;
}

/** Briefing stories (#19), ours only. */
export interface BriefingResult {
  stepping: Record<string, SteppingResult>;
  /** The seed's 10-step story as a PDF and as PowerPoint, in the browser; and their sizes. */
  pdf: Timing;
  pptx: Timing;
  pdfBytes: number;
  pptxBytes: number;
  /** The anchor: the seed's whole-graph PNG snapshot, once. */
  png: Timing;
  /** `actor-graph render --story` → briefing.pdf, Chromium's start included (wall clock). */
  cliPdf: number;
  /** The anchor: the same command writing one PNG of the graph. */
  cliPng: number;
}

const med = (xs: Timing[]): Timing => ({
  paint: median(xs.map((x) => x.paint)),
  quiet: median(xs.map((x) => x.quiet)),
});
const slowest = (xs: Timing[]): Timing => xs.reduce((a, b) => (b.quiet > a.quiet ? b : a));

/** A story of `n` steps over a dataset, its steps' views cycling through `views`. */
function withStory(dataset: Dataset, views: [string, string][], n: number): Dataset {
  const steps = Array.from({ length: n }, (_, i) => {
    const [title, view] = views[i % views.length]!;
    return { title: `${title} (${i + 1})`, view, caption: `Step ${i + 1}: **${title}**.` };
  });
  const started = addStory(dataset, 'Bench', steps[0]!);
  return steps.slice(1).reduce((d, step) => addStep(d, started.storyId, step), started.dataset);
}

/** Five views: everything; half the types hidden; a hub selected; the other half and a hub. */
function steppingStory(actors: number): { text: string; half: string[] } {
  const d = generateDataset({ actors, relations: actors * 2, seed: 1 });
  const types = d.relationTypes.map((t) => t.id);
  const half = types.slice(0, Math.ceil(types.length / 2));
  const other = types.filter((t) => !half.includes(t));
  const [hub, second] = [d.actors[0]!.id, d.actors[1]!.id];
  const views: [string, string][] = [
    ['Everyone', ''],
    ['Half the types', `hideTypes=${half.join(',')}`],
    ['A hub', `sel=a%3A${encodeURIComponent(hub)}`],
    ['The other half', `hideTypes=${other.join(',')}&sel=a%3A${encodeURIComponent(second)}`],
    ['Two steps around', `sel=a%3A${encodeURIComponent(hub)}&depth=2`],
  ];
  return { text: JSON.stringify(withStory(d, views, 5)), half };
}

/** The seed's briefing of `n` steps: actors, the request, who says so, the denial, sanctions. */
export function seedStory(n: number): Dataset {
  const seed = JSON.parse(readFileSync('data/russia-china-military-aid.json', 'utf8')) as Dataset;
  const others = seed.relationTypes.map((t) => t.id).filter((id) => id !== 'sanction');
  return withStory(
    seed,
    [
      ['The actors', ''],
      ['The request', 'sel=r%3Arequest-aid'],
      ['Who says so', 'view=attribution'],
      ['The denial', 'sel=r%3Adeny-request'],
      ['The sanctions', `hideTypes=${others.join(',')}`],
    ],
    n,
  );
}

async function stepThrough(page: Page, text: string, half: string[]): Promise<SteppingResult> {
  const act = async (fn: string, ...params: unknown[]) => {
    const t = await timed(page, fn, ...params);
    await pause(page);
    return t;
  };
  await act('__actorGraph.bench.load', text);
  const filter = await act('__actorGraph.bench.hideTypes', half);
  await act('__actorGraph.bench.hideTypes', []);
  const storyId = await page.evaluate(
    () =>
      (
        window as unknown as {
          __actorGraph: { store: { getState: () => { dataset: Dataset } } };
        }
      ).__actorGraph.store.getState().dataset.stories![0]!.id,
  );
  await act('__actorGraph.bench.present', storyId);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const steps: Timing[] = [];
  for (let i = 0; i < 4; i++) steps.push(await act('__actorGraph.bench.presentKey', 'ArrowRight'));
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const glides: Timing[] = [];
  for (let i = 0; i < 4; i++) glides.push(await act('__actorGraph.bench.presentKey', 'ArrowLeft'));
  return { filter, step: slowest(steps), glide: slowest(glides) };
}

/**
 * `briefing`: stepping through a five-step story on 1k/2k, 5k/10k and 10k/20k generated graphs
 * (each step's view applied, then → quiet); the seed's 10-step story as PDF and PowerPoint in
 * the browser, and as PDF by the CLI (wall clock, Chromium's start included), each beside its
 * anchor — a PNG snapshot in the same page, a PNG by the same command.
 */
export async function runBriefing(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<BriefingResult> {
  const stories = Object.fromEntries(
    ([1000, 5000, 10000] as const).map((n) => [`${n / 1000}k`, steppingStory(n)]),
  );
  const seedText = JSON.stringify(seedStory(10));
  const dir = mkdtempSync(join(tmpdir(), 'actor-graph-bench-briefing-'));
  const seedFile = join(dir, 'seed-story.json');
  writeFileSync(seedFile, seedText);
  const samples: Omit<BriefingResult, 'stepping' | 'pdfBytes' | 'pptxBytes'>[] = [];
  const steppingSamples: Record<string, SteppingResult[]> = { '1k': [], '5k': [], '10k': [] };
  let sizes = { pdf: 0, pptx: 0 };
  for (let i = 0; i < runs; i++) {
    for (const [size, story] of Object.entries(stories)) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await openApp(page, `${url}/`);
      steppingSamples[size]!.push(await stepThrough(page, story.text, story.half));
      await page.close();
    }
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    await timed(page, '__actorGraph.bench.load', seedText);
    await pause(page);
    const png = await timed(page, '__actorGraph.bench.png');
    await pause(page);
    const pdf = await timed(page, '__actorGraph.bench.briefing', 'pdf');
    await pause(page);
    const pptx = await timed(page, '__actorGraph.bench.briefing', 'pptx');
    if (i === 0)
      sizes = await page.evaluate(async () => {
        const bench = (
          window as unknown as {
            __actorGraph: { bench: { briefing: (f: string) => Promise<number> } };
          }
        ).__actorGraph.bench;
        return { pdf: await bench.briefing('pdf'), pptx: await bench.briefing('pptx') };
      });
    await page.close();
    const cli = (out: string) => {
      const t0 = performance.now();
      execFileSync('node', ['bin/actor-graph.js', 'render', seedFile, '-o', join(dir, out)]);
      return performance.now() - t0;
    };
    samples.push({ pdf, pptx, png, cliPdf: cli('briefing.pdf'), cliPng: cli('graph.png') });
    log(`briefing: run ${i + 1}/${runs}`);
  }
  const stepping = Object.fromEntries(
    Object.entries(steppingSamples).map(([size, xs]) => [
      size,
      {
        filter: med(xs.map((x) => x.filter)),
        step: med(xs.map((x) => x.step)),
        glide: med(xs.map((x) => x.glide)),
      },
    ]),
  );
  return {
    stepping,
    pdf: med(samples.map((s) => s.pdf)),
    pptx: med(samples.map((s) => s.pptx)),
    png: med(samples.map((s) => s.png)),
    pdfBytes: sizes.pdf,
    pptxBytes: sizes.pptx,
    cliPdf: median(samples.map((s) => s.cliPdf)),
    cliPng: median(samples.map((s) => s.cliPng)),
  };
}

/** The briefing's lines in the bench report. */
export function briefingLines(r: BriefingResult): string[] {
  const f = (t: Timing) => `${Math.round(t.paint)} ms → quiet ${Math.round(t.quiet)} ms`;
  const mb = (bytes: number) => `${(bytes / 1048576).toFixed(2)} MB`;
  return [
    '',
    'Briefing stories (ours):',
    ...Object.entries(r.stepping).map(
      ([size, s]) =>
        `  ${size} actors, 5-step story: slowest step ${f(s.step)}; back with motion allowed ${f(s.glide)}; hide half the types (anchor) ${f(s.filter)}`,
    ),
    `  seed, 10 steps: PDF ${f(r.pdf)} (${mb(r.pdfBytes)}); PowerPoint ${f(r.pptx)} (${mb(r.pptxBytes)}); one PNG snapshot (anchor) ${f(r.png)}`,
    `  CLI, Chromium's start included: PDF ${Math.round(r.cliPdf)} ms; a PNG (anchor) ${Math.round(r.cliPng)} ms`,
  ];
}
