import { expect, test, type Page } from '@playwright/test';
import { graphState, waitForGraph } from './graph';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
});

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const article = (page: Page) => page.locator('.article-scroll');

/** Ids of the relations whose element carries the `selected` class (the selection). */
const selectedRelations = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__actorGraphCy;
    return cy.$('edge.selected').map((e) => e.id().slice(2));
  });

test('clicking a quote selects its relation in graph, table and details', async ({ page }) => {
  await article(page).getByText('Angeblich hat Russland von China militärische Hilfe').click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Russia requests military aid from China',
  );
  expect(await selectedRelations(page)).toEqual(['request-aid']);
  await expect(page.getByRole('row', { selected: true })).toContainText(
    'requests military aid from',
  );
  expect((await graphState(page)).highlighted).toContain('r:request-aid');
});

test('clicking overlapping quotes selects every relation quoted there', async ({ page }) => {
  // "bei ihrem strategischen Partner in Peking" lies inside the request's longer quote.
  await article(page)
    .locator('mark', { hasText: 'strategischen Partner in Peking' })
    .first()
    .click();
  await expect(details(page)).toContainText('2 relations quote this passage');
  const headings = details(page).getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([
    'Russia requests military aid from China',
    'Russia strategic partner of China',
  ]);
  expect((await selectedRelations(page)).sort()).toEqual(['partnership', 'request-aid']);
});

test('selecting a relation in the table scrolls the article to its highlighted quote', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'meets' }).click();
  const marks = article(page).locator('mark.selected');
  const text = (await marks.allTextContents()).join('');
  expect(text).toBe(
    'das Treffen zwischen Sicherheitsberater Jake Sullivan und dessen Gegenüber am Montag in Rom',
  );
  const mark = marks.first();
  await expect(mark).toBeInViewport();
  const box = await article(page).boundingBox();
  const markBox = await mark.boundingBox();
  expect(markBox!.y).toBeGreaterThanOrEqual(box!.y);
  expect(markBox!.y + markBox!.height).toBeLessThanOrEqual(box!.y + box!.height);
  await page.screenshot({ path: 'test-results/article-scrolled.png' });
});

test('] and [ walk every relation with evidence in reading order', async ({ page }) => {
  const total = await page.evaluate(() => {
    const cy = window.__actorGraphCy;
    return cy.edges().length;
  });
  const seen: string[] = [];
  let lastStart = -1;
  for (let i = 0; i < total; i++) {
    await page.keyboard.press(']');
    const [id] = await selectedRelations(page);
    seen.push(id!);
    const start = Number(
      await article(page).locator('mark.selected').first().getAttribute('data-start'),
    );
    expect(start).toBeGreaterThanOrEqual(lastStart); // reading order: quotes never go back
    lastStart = start;
  }
  expect(new Set(seen).size).toBe(total);
  expect(seen[0]).toBe('request-aid'); // the headline comes first
  await expect(page.getByText(`${total} of ${total}`)).toBeVisible();
  await page.keyboard.press(']');
  expect(await selectedRelations(page)).toEqual([seen[0]]); // wraps around
  await page.keyboard.press('[');
  expect(await selectedRelations(page)).toEqual([seen[total - 1]]);
});

test('the who-says-so view adds the chain of sources behind a claim', async ({ page }) => {
  await page.getByText('Who says so').click();
  const elements = await page.evaluate(() => {
    const cy = window.__actorGraphCy;
    return {
      claims: cy.nodes('.claim').map((n) => `${n.id()} ${n.data('label')}`),
      assertions: cy.edges('.assertion').map((e) => `${e.source().id()}→${e.target().id()}`),
    };
  });
  expect(elements.claims).toEqual([
    'c:request-aid requests military aid from — rests on Anonymous US government sources',
  ]);
  expect(elements.assertions).toEqual([
    'a:anglo-media→c:request-aid',
    'a:us-gov-sources→a:anglo-media',
  ]);
  await page.screenshot({ path: 'test-results/attribution-view.png' });
  await page.getByText('Events').click();
  expect(await page.evaluate(() => window.__actorGraphCy.nodes('.claim').length)).toBe(0);
});

test('the UI switches to German, labels follow, the article stays German, and the choice persists', async ({
  page,
}) => {
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await expect(page.getByRole('heading', { name: 'Artikel' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Staat / })).toBeVisible();
  const label = () =>
    page.evaluate(() => window.__actorGraphCy.$id('a:russia').data('label') as string);
  expect(await label()).toBe('Russland');
  await expect(article(page)).toContainText('Angeblich hat Russland');
  await page.reload();
  await waitForGraph(page);
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  expect(await label()).toBe('Russland');
  await page.screenshot({ path: 'test-results/german.png' });
});

test('a long article marks its quotes near the view only, and still scrolls to any of them', async ({
  page,
}) => {
  const { generateDataset } = await import('../../src/model/generate');
  const long = generateDataset({ actors: 2000, relations: 6000, evidenced: 6000, seed: 9 });
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(long)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2000 actors');
  // Thousands of quotes, a few dozen marked: those in and near the view.
  await expect.poll(() => article(page).locator('mark').count()).toBeGreaterThan(5);
  expect(await article(page).locator('mark').count()).toBeLessThan(300);
  expect(await page.locator('.article-text').textContent()).toBe(long.documents[0]!.text);
  // A relation quoted near the end, selected elsewhere: its quote comes into view, marked.
  const last = long.relations.at(-1)!;
  await page.evaluate((id) => window.__actorGraph.store.getState().selectRelation(id), last.id);
  const mark = article(page).locator('mark.selected');
  await expect(mark).toHaveText(last.evidence[0]!.quote);
  await expect(mark).toBeInViewport();
  await page.screenshot({ path: 'test-results/long-article.png' });
});
