import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sourcesAtLeast, supportOf, traceSources } from '../../src/model/corroboration';
import { generateStory } from '../../src/model/generateStory';
import { firstDays } from '../../src/model/time';
import { expectNoSeriousViolations, openGenerated, waitForGraph } from './graph';

const story = generateStory({ actors: 240, relations: 480, documents: 60, days: 12, seed: 5 });
const trace = traceSources(story);
const first = firstDays(story, trace, 'published');

/** Relation ids the filters and the time leave drawn (Cytoscape holds every one at this size). */
const shownRelations = (page: Page) =>
  page.evaluate(() =>
    window.__actorGraphCy
      .edges()
      .filter((e) => e.id().startsWith('r:') && !e.hasClass('hidden'))
      .map((e) => e.id().slice(2)),
  );

const tableCount = async (page: Page) =>
  Number(
    /\((\d+) visible\)/.exec((await page.locator('#relations-heading').textContent()) ?? '')?.[1],
  );

test('the seed opens as a version 2 file with one document and no timeline', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await expect(page.getByRole('heading', { name: 'Article', level: 2 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
  expect(await tableCount(page)).toBe(31);
  // Its quotes leave their one document out: they are marked in it all the same.
  await expect(page.locator('.article-text mark').first()).toBeVisible();
  expect(await page.locator('.article-text mark').count()).toBeGreaterThan(30);
});

test('a story plays day by day: each claim and each denial appears on its day', async ({
  page,
}) => {
  await openGenerated(page, story);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  const days = timeline.getByRole('slider');
  await days.focus();
  await page.keyboard.press('Home');
  const day0 = '2022-03-01';
  await expect(timeline).toContainText(`As of ${day0}`);
  const expected = (day: string) =>
    story.relations
      .filter((r) => (first.get(r.id) ?? '') <= day)
      .map((r) => r.id)
      .sort();
  expect((await shownRelations(page)).sort()).toEqual(expected(day0));
  // A denial: hidden the day before it is published, shown on its day.
  const denial = story.relations.find((r) => r.disputes && first.get(r.id)! > '2022-03-03')!;
  const denialDay = first.get(denial.id)!;
  const dayIndex = Math.round((Date.parse(denialDay) - Date.parse(day0)) / 86_400_000);
  for (let i = 0; i < dayIndex - 1; i++) await page.keyboard.press('ArrowRight');
  expect(await shownRelations(page)).not.toContain(denial.id);
  await page.keyboard.press('ArrowRight');
  await expect(timeline).toContainText(`As of ${denialDay}`);
  expect((await shownRelations(page)).sort()).toEqual(expected(denialDay));
  expect(await shownRelations(page)).toContain(denial.id);
  // The day and what appeared on it are announced.
  const fresh = story.relations.filter((r) => first.get(r.id) === denialDay).length;
  await expect(timeline.locator('[aria-live]')).toContainText(`${denialDay}: ${fresh} new claim`);
  await page.screenshot({ path: 'test-results/story-as-of.png' });
  // Space plays: the days go on by themselves until Space again.
  await page.keyboard.press('Space');
  await expect(timeline).not.toContainText(`As of ${denialDay}`, { timeout: 5000 });
  await page.keyboard.press('Space');
  await expect(timeline.getByRole('button', { name: 'Play day by day' })).toBeVisible();
  // The timeline, the documents and the details of a claim, checked by axe.
  await page.getByRole('region', { name: 'Relations' }).getByRole('button').nth(1).click();
  await expectNoSeriousViolations(page);
});

test('a window brushed across the days shows the claims reported within it', async ({ page }) => {
  await openGenerated(page, story);
  const bars = page.getByRole('region', { name: 'Timeline' }).locator('svg');
  const box = (await bars.boundingBox())!;
  // Days are 1/12 of the strip each: from the middle of day 4 to the middle of day 7.
  const x = (day: number) => box.x + ((day + 0.5) / 12) * box.width;
  await page.mouse.move(x(3), box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(x(5), box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(x(6), box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  const time = await page.evaluate(() => window.__actorGraph.store.getState().time);
  expect(time).toEqual({ axis: 'published', from: '2022-03-04', to: '2022-03-07' });
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(
    '2022-03-04 to 2022-03-07',
  );
  const brushed = { from: '2022-03-04', to: '2022-03-07' };
  const expected = story.relations
    .filter((r) => supportOf(trace.get(r.id)!, brushed).documents > 0)
    .map((r) => r.id)
    .sort();
  expect((await shownRelations(page)).sort()).toEqual(expected);
});

test('filters to claims with two independent sources graded B or better', async ({ page }) => {
  await openGenerated(page, story);
  await page.getByRole('combobox', { name: 'Independent sources' }).selectOption('2');
  await page.getByRole('combobox', { name: 'Source grade' }).selectOption('B');
  const expected = story.relations
    .filter((r) => sourcesAtLeast(supportOf(trace.get(r.id)!), 'B') >= 2)
    .map((r) => r.id)
    .sort();
  expect(expected.length).toBeGreaterThan(3);
  await expect.poll(() => tableCount(page)).toBe(expected.length);
  expect((await shownRelations(page)).sort()).toEqual(expected);
  // The table sorts by sources, most first.
  await page
    .getByRole('columnheader', { name: /Sources/ })
    .getByRole('button')
    .click();
  await expect(page.getByRole('columnheader', { name: /Sources/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('a snapshot taken as of a day says so in its caption and footnotes', async ({ page }) => {
  await openGenerated(page, story);
  const days = page.getByRole('region', { name: 'Timeline' }).getByRole('slider');
  await days.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'Snapshot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Snapshot for a briefing' });
  await dialog.getByRole('checkbox', { name: /Numbered footnotes/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await download).path(), 'utf8');
  expect(svg).toContain('As known on 2022-03-02');
  expect(svg).toContain('Relations and their evidence — As known on 2022-03-02');
  // The legend explains the widths.
  expect(svg).toContain('3 or more independent sources');
});

test('adds a second dataset through the review dialog, and undoes the whole merge', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles('tests/fixtures/story.actor-graph.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('A request for aid');
  await page
    .getByLabel('Add a dataset file to this story')
    .setInputFiles('tests/fixtures/story-more.actor-graph.json');
  const dialog = page.getByRole('dialog', { name: /Add “story-more.actor-graph.json”/ });
  await expect(dialog.getByRole('table', { name: 'Actors that look the same' })).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Decision for Russia' }).selectOption('Keep apart');
  await page.screenshot({ path: 'test-results/merge-review.png' });
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Add to story' }).click();
  const list = page.getByRole('list', { name: 'Documents of this story' });
  await expect(list.getByRole('listitem')).toHaveCount(8);
  expect(await tableCount(page)).toBe(5);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(6);
  expect(await tableCount(page)).toBe(3);
});
