import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../pdfText';
import { addStep, addStory } from '../../src/model/stories';
import type { Dataset } from '../../src/model/schema';
import { expectNoSeriousViolations, waitForGraph } from './graph';

const seed = JSON.parse(readFileSync('data/russia-china-military-aid.json', 'utf8')) as Dataset;

/** The seed's briefing: actors → the request → who says so → the denial → the sanctions. */
const STEPS = [
  { title: 'The actors', view: '', caption: 'Who is in the story.' },
  {
    title: 'The request',
    view: 'sel=r%3Arequest-aid',
    caption: 'Russia **asked** China for help.',
  },
  { title: 'Who says so', view: 'view=attribution', caption: '*Anonymous* U.S. officials.' },
  { title: 'The denial', view: 'sel=r%3Adeny-request', caption: 'Beijing denies it.' },
  {
    title: 'The sanctions',
    view: `hideTypes=${seed.relationTypes
      .map((t) => t.id)
      .filter((id) => id !== 'sanction')
      .join(',')}`,
    caption: 'What Washington could do.',
  },
];

/** Serves the seed with its story at /briefing.json, for ?data= links. */
async function serveStory(page: Page): Promise<Dataset> {
  const story = seedStory();
  await page.route(
    (url) => url.pathname === '/briefing.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(story) }),
  );
  return story;
}

function seedStory(): Dataset {
  const [first, ...rest] = STEPS;
  const started = addStory(seed, 'Military aid', first!);
  let dataset = started.dataset;
  for (const step of rest) dataset = addStep(dataset, started.storyId, step);
  return dataset;
}

test('a five-step briefing of the seed is built from views and presented by keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Start a story from this view' }).click();
  const views = ['sel=r%3Arequest-aid', 'view=attribution', 'sel=r%3Adeny-request'];
  for (const view of views) {
    await page.evaluate((v) => {
      const { store } = window.__actorGraph;
      const s = store.getState();
      s.clearSelection();
      if (v.startsWith('sel=r')) s.selectRelation(decodeURIComponent(v.slice('sel=r%3A'.length)));
      if (v === 'view=attribution') s.setViewMode('attribution');
      else s.setViewMode('events');
    }, view);
    await page.getByRole('button', { name: 'Add step from this view' }).click();
  }
  const steps = page.getByRole('list', { name: 'Steps' });
  await expect(steps.getByRole('listitem')).toHaveCount(4);
  await steps.getByRole('textbox', { name: 'Caption of step 2' }).fill('Russia **asked**.');
  await steps.getByRole('textbox', { name: 'Title of step 2' }).click();
  await page.getByRole('button', { name: 'Present' }).click();
  const presentation = page.getByRole('region', { name: /Presenting/ });
  await expect(presentation).toContainText('Step 1 of 4');
  await expect(page.getByRole('complementary', { name: /Filters/ })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(presentation).toContainText('Step 2 of 4');
  await expect(presentation.locator('strong')).toHaveText('asked');
  expect(await page.evaluate(() => window.__actorGraph.store.getState().selection)).toEqual({
    kind: 'relations',
    ids: ['request-aid'],
  });
  // The footnotes of the claims the step is about, folded until asked for.
  const notes = presentation.getByRole('group');
  await notes.getByText(/^Footnotes: \d+ claims$/).click();
  await expect(notes.getByRole('listitem').first()).toContainText(
    'Russia requests military aid from China — alleged: „Berichte über russische Bitte an China“',
  );
  await page.keyboard.press('Space');
  await expect(presentation).toContainText('Step 3 of 4');
  expect(await page.evaluate(() => window.__actorGraph.store.getState().viewMode)).toBe(
    'attribution',
  );
  await page.screenshot({ path: 'test-results/presenting.png' });
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(presentation).toBeHidden();
  await expect(page.getByRole('complementary', { name: /Filters/ })).toBeVisible();
});

test('steps are reordered by dragging; the camera glides between steps, unless motion is reduced', async ({
  page,
}) => {
  const started = addStory(seed, 'Camera', { title: 'Everyone', view: '' });
  const dataset = addStep(started.dataset, started.storyId, {
    title: 'Russia, close',
    view: 'vp=10,185,2.5',
  });
  await page.route(
    (url) => url.pathname === '/camera.json',
    (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto('/?data=/camera.json');
  await waitForGraph(page);
  const steps = page.getByRole('list', { name: 'Steps' });
  await page
    .getByRole('img', { name: /^Drag to move step 2/ })
    .dragTo(steps.getByRole('listitem').first());
  await expect(steps.getByRole('textbox', { name: 'Title of step 1' })).toHaveValue(
    'Russia, close',
  );
  await page.getByRole('button', { name: 'Present' }).click();
  const camera = () =>
    page.evaluate(() => {
      const cy = window.__actorGraphCy as import('cytoscape').Core;
      return { animated: cy.animated(), zoom: cy.zoom() };
    });
  await expect.poll(async () => (await camera()).zoom).toBeCloseTo(2.5, 2);
  await page.keyboard.press('ArrowRight');
  // A step saved while fitted fits the graph; presented, the camera glides there.
  expect((await camera()).animated).toBe(true);
  await expect.poll(async () => (await camera()).animated).toBe(false);
  expect((await camera()).zoom).toBeLessThan(2);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.keyboard.press('ArrowLeft');
  expect(await camera()).toEqual({ animated: false, zoom: 2.5 });
});

test('an embed opens on step 3 of a story with its caption, previous and next', async ({
  page,
}) => {
  const story = await serveStory(page);
  await page.goto(`/?embed=1&data=/briefing.json&story=${story.stories![0]!.id}&step=3`);
  const presentation = page.getByRole('region', { name: /Presenting/ });
  await expect(presentation).toContainText('Step 3 of 5 — Who says so');
  await expect(presentation.locator('em')).toHaveText('Anonymous');
  await presentation.getByRole('button', { name: 'Next →' }).click();
  await expect(presentation).toContainText('Step 4 of 5 — The denial');
  expect(await page.evaluate(() => window.__actorGraph.store.getState().selection)).toEqual({
    kind: 'relations',
    ids: ['deny-request'],
  });
  await page.screenshot({ path: 'test-results/embed-story.png' });
});

test('a link, an embed and the standalone HTML can open on a story step', async ({
  page,
  browser,
}) => {
  const story = await serveStory(page);
  const id = story.stories![0]!.id;
  await page.goto('/?data=/briefing.json');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await dialog
    .getByRole('combobox', { name: 'Open on' })
    .selectOption({ label: 'the story “Military aid”, presented' });
  await dialog.getByRole('spinbutton', { name: 'from step' }).fill('3');
  await expect(dialog.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
    new RegExp(`story=${id}&step=3`),
  );
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    new RegExp(`story=${id}&amp;step=3|story=${id}&step=3`),
  );
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download standalone HTML' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'standalone-story-')), 'briefing.html');
  await (await downloading).saveAs(file);
  const offline = await browser.newContext({ offline: true });
  const standalone = await offline.newPage();
  await standalone.goto(`file://${file}`);
  const presentation = standalone.getByRole('region', { name: /Presenting/ });
  await expect(presentation).toContainText('Step 3 of 5 — Who says so');
  await standalone.keyboard.press('ArrowRight');
  await expect(presentation).toContainText('Step 4 of 5 — The denial');
  await offline.close();
});

/** Exports the story from the app in a format; the downloaded file's name and bytes. */
async function exportFromApp(page: Page, format: RegExp, setUp = async () => {}) {
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.getByRole('menuitem', { name: /Story as a briefing/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the story as a briefing' });
  await dialog.getByRole('radio', { name: format }).check();
  await setUp();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await downloading;
  await expect(dialog).toBeHidden();
  return {
    name: file.suggestedFilename(),
    bytes: new Uint8Array(readFileSync((await file.path())!)),
  };
}

const sanctionQuotes = () =>
  seed.relations.filter((x) => x.type === 'sanction').map((r) => r.evidence[0]!.quote);

test('the story exports as a PDF briefing: a page per step, every footnote quote as text', async ({
  page,
}) => {
  await serveStory(page);
  await page.goto('/?data=/briefing.json');
  await waitForGraph(page);
  const { name, bytes } = await exportFromApp(page, /^PDF/);
  expect(name).toBe('Military aid.pdf');
  const pdf = await PDFDocument.load(bytes);
  expect(pdf.getPageCount()).toBeGreaterThanOrEqual(STEPS.length + 1);
  const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
  for (const [i, step] of STEPS.entries()) expect(text).toContain(`${i + 1}. ${step.title}`);
  // Step 1 shows every claim: each quote is in its footnotes (the first 200 characters, since
  // long quotes are clipped), and step 5's are the sanctions'.
  for (const r of seed.relations)
    expect(text).toContain(r.evidence[0]!.quote.replace(/\s+/g, ' ').slice(0, 200));
  for (const quote of sanctionQuotes()) expect(text).toContain(quote.slice(0, 40));
  // Step 2 highlights the request: it cites that claim and counts the dimmed ones.
  expect(text).toContain('more claims are drawn dimmed');
  expect(text).toContain('Sources');
  expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
  // The view the user had is back.
  expect(
    await page.evaluate(() => window.__actorGraph.store.getState().filters.hiddenTypes),
  ).toEqual([]);
});

test('the story exports as PowerPoint: a slide per step, the footnotes in the notes', async ({
  page,
}) => {
  await serveStory(page);
  await page.goto('/?data=/briefing.json');
  await waitForGraph(page);
  const { name, bytes } = await exportFromApp(page, /^PowerPoint/);
  expect(name).toBe('Military aid.pptx');
  const parts = unzipSync(bytes);
  const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  expect(slides).toHaveLength(STEPS.length);
  const notes = strFromU8(parts['ppt/notesSlides/notesSlide5.xml']!);
  for (const quote of sanctionQuotes()) expect(notes).toContain(quote.slice(0, 40));
  expect(strFromU8(parts['ppt/slides/slide5.xml']!)).toMatch(/descr="Graph of \d+ actors/);
});

test('the CLI makes the same briefing as PDF (Letter, portrait) and PowerPoint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
  const data = join(dir, 'briefing.json');
  writeFileSync(data, JSON.stringify(seedStory()));
  const run = (...args: string[]) =>
    execFileSync('node', ['bin/actor-graph.js', 'render', data, ...args], { encoding: 'utf8' });
  expect(
    run('--story', 'story-1', '-o', join(dir, 'b.pdf'), '--paper', 'letter', '--portrait'),
  ).toContain('(5 steps)');
  return (async () => {
    const bytes = new Uint8Array(readFileSync(join(dir, 'b.pdf')));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(STEPS.length + 1);
    expect([pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()]).toEqual([612, 792]);
    const text = (await pdfText(bytes)).replace(/\s+/g, ' ');
    for (const quote of sanctionQuotes()) expect(text).toContain(quote.slice(0, 40));
    run('-o', join(dir, 'b.pptx'));
    const parts = unzipSync(new Uint8Array(readFileSync(join(dir, 'b.pptx'))));
    expect(Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(
      5,
    );
    // A story the dataset does not have is named, with those it has.
    expect(() =>
      execFileSync(
        'node',
        ['bin/actor-graph.js', 'render', data, '--story', 'nope', '-o', join(dir, 'x.pdf')],
        {
          stdio: 'pipe',
        },
      ),
    ).toThrow(/no story "nope"; the dataset's stories: story-1 \(Military aid\)/);
  })();
});
