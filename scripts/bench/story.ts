import type { Browser } from 'playwright-core';
import { generateDataset } from '../../src/model/generate';
import { generateStory } from '../../src/model/generateStory';
import { addDays } from '../../src/model/time';
import { median } from './report';
import { openApp, pause, timed, type Timing } from './page';

/** The figures of a story (#17): time steps, corroboration and a merge, ours only. */
export interface StoryResult {
  load: Timing;
  /** Hiding half the relation types on the same story: the anchor of the time steps. */
  filter: Timing;
  asOf: Timing;
  /** One day later than `asOf`: what Play and → do. */
  nextDay: Timing;
  window: Timing;
  /** All relations traced to their roots and counted, on the main thread. */
  corroborate: number;
  /** A 5k/10k dataset added to another: the bytes → the review dialog painted. */
  merge: Timing;
}

const START = '2022-03-01';

const med = (xs: Timing[]): Timing => ({
  paint: median(xs.map((x) => x.paint)),
  quiet: median(xs.map((x) => x.quiet)),
});

/**
 * `story20k`: 20,000 actors and 40,000 relations told by 2,000 documents over 60 days. Each run
 * opens it, hides half the types and shows them again (the anchor), steps "as of" day 30 and
 * then day 31, brushes days 10–20, and traces every relation; then, on a fresh page, adds a
 * 5k/10k dataset to another one until the review dialog shows.
 */
export async function runStory(
  browser: Browser,
  url: string,
  runs: number,
  log: (line: string) => void,
): Promise<StoryResult> {
  const story = generateStory({
    actors: 20000,
    relations: 40000,
    documents: 2000,
    days: 60,
    seed: 1,
  });
  const text = JSON.stringify(story);
  const half = story.relationTypes.slice(0, 5).map((t) => t.id);
  const base = JSON.stringify(generateDataset({ actors: 5000, relations: 10000, seed: 1 }));
  const added = JSON.stringify(generateDataset({ actors: 5000, relations: 10000, seed: 2 }));
  const samples: Omit<StoryResult, 'corroborate'>[] = [];
  const corroborations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page, `${url}/`);
    const step = async (fn: string, ...params: unknown[]) => {
      const t = await timed(page, fn, ...params);
      await pause(page);
      return t;
    };
    const load = await step('__actorGraph.bench.load', text);
    const filter = await step('__actorGraph.bench.hideTypes', half);
    await step('__actorGraph.bench.hideTypes', []);
    const asOf = await step('__actorGraph.bench.asOf', addDays(START, 29));
    const nextDay = await step('__actorGraph.bench.asOf', addDays(START, 30));
    const brushed = await step(
      '__actorGraph.bench.timeWindow',
      addDays(START, 9),
      addDays(START, 19),
    );
    corroborations.push(
      await page.evaluate(
        () =>
          (
            window as unknown as { __actorGraph: { bench: { corroborate: () => { ms: number } } } }
          ).__actorGraph.bench.corroborate().ms,
      ),
    );
    await page.close();
    const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(other, `${url}/`);
    await timed(other, '__actorGraph.bench.load', base);
    await pause(other);
    const merge = await timed(other, '__actorGraph.bench.mergeReview', added);
    await other.close();
    samples.push({ load, filter, asOf, nextDay, window: brushed, merge });
    log(`story20k: run ${i + 1}/${runs}`);
  }
  return {
    load: med(samples.map((s) => s.load)),
    filter: med(samples.map((s) => s.filter)),
    asOf: med(samples.map((s) => s.asOf)),
    nextDay: med(samples.map((s) => s.nextDay)),
    window: med(samples.map((s) => s.window)),
    corroborate: median(corroborations),
    merge: med(samples.map((s) => s.merge)),
  };
}

/** The story's lines in the bench report. */
export function storyLines(r: StoryResult): string[] {
  const f = (t: Timing) => `${Math.round(t.paint)} ms → quiet ${Math.round(t.quiet)} ms`;
  return [
    '',
    'Story (story20k: 20k actors, 40k relations, 2,000 documents over 60 days; ours):',
    `  open ${f(r.load)}; hide half the types (anchor) ${f(r.filter)}`,
    `  as of day 30 ${f(r.asOf)}; one day on ${f(r.nextDay)}; brush days 10–20 ${f(r.window)}`,
    `  every relation traced to its sources ${Math.round(r.corroborate)} ms (main thread)`,
    `  add a 5k/10k dataset to another, bytes → review dialog ${f(r.merge)}`,
  ];
}
