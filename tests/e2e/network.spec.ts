import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/model/generate';
import { expectNoSeriousViolations, openGenerated, waitForGraph } from './graph';

/** Each listed actor's drawn width and fill, as Cytoscape holds them. */
const drawn = (page: Page, ids: string[]) =>
  page.evaluate((ids) => {
    const cy = window.__actorGraphCy as import('cytoscape').Core;
    return Object.fromEntries(
      ids.map((id) => {
        const n = cy.getElementById(`a:${id}`);
        return [id, { width: n.width(), color: String(n.data('color')) }];
      }),
    );
  }, ids);

test('the seed sized by betweenness and coloured by camp; its actors sorted by PageRank', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  await legend.getByRole('combobox', { name: 'Actor size:' }).selectOption('betweenness');
  await expect(legend.getByRole('list', { name: 'Sizes: betweenness' })).toBeVisible();
  await expect.poll(async () => (await drawn(page, ['china'])).china!.width).toBe(72);
  const sized = await drawn(page, ['china', 'russia', 'usa', 'xi-jinping']);
  expect(sized.china!.width).toBeGreaterThan(sized.usa!.width);
  expect(sized.russia!.width).toBeGreaterThanOrEqual(sized.usa!.width);
  expect(sized.usa!.width).toBeGreaterThan(sized['xi-jinping']!.width);
  await legend.getByRole('combobox', { name: 'Actor colour:' }).selectOption('community');
  const camps = legend.getByRole('list', { name: 'Camps' });
  await expect(camps.getByRole('listitem').first()).toContainText('Camp 1 · China');
  const coloured = await drawn(page, ['china', 'anglo-media']);
  expect(coloured.china!.color).not.toBe(coloured['anglo-media']!.color);
  // Brokers: who joins the camps stays bright, China first among them.
  await legend.getByRole('checkbox', { name: /Show brokers/ }).check();
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window.__actorGraphCy as import('cytoscape').Core)
          .getElementById('a:china')
          .hasClass('highlighted'),
      ),
    )
    .toBe(true);
  await page.screenshot({ path: 'test-results/network-brokers.png' });
  await legend.getByRole('checkbox', { name: /Show brokers/ }).uncheck();
  // A camp collapsed into one node, its members hidden; a click on it opens it again.
  await legend.getByRole('button', { name: /^Collapse Camp 1 · China/ }).click();
  const china = () =>
    page.evaluate(() => {
      const cy = window.__actorGraphCy as import('cytoscape').Core;
      return {
        camp: cy.getElementById('k:0').nonempty(),
        hidden: cy.getElementById('a:china').hasClass('hidden'),
      };
    });
  await expect.poll(china).toEqual({ camp: true, hidden: true });
  await page.screenshot({ path: 'test-results/network-collapsed.png' });
  // (Braces: returning Cytoscape's collection would make Playwright serialise the graph.)
  await page.evaluate(() => {
    (window.__actorGraphCy as import('cytoscape').Core).getElementById('k:0').emit('tap');
  });
  await expect.poll(china).toEqual({ camp: false, hidden: false });
  // The view carries it: a link opens sized and coloured alike.
  await expect(page).toHaveURL(/size=betweenness/);
  await expect(page).toHaveURL(/colour=community/);
  // The actors table, sorted by PageRank.
  await page.getByRole('tab', { name: 'Actors' }).click();
  const table = page.getByRole('table', { name: /Actors/ });
  await table.getByRole('button', { name: /PageRank/ }).click();
  await expect(table.getByRole('columnheader', { name: /PageRank/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const ranks = await table
    .locator('tbody tr td:nth-child(5)')
    .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
  expect(ranks.length).toBeGreaterThan(10);
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  await table.getByRole('button', { name: 'Russia', exact: true }).click();
  expect(await page.evaluate(() => window.__actorGraph.store.getState().selection)).toEqual({
    kind: 'actor',
    id: 'russia',
  });
  await page.screenshot({ path: 'test-results/network-seed.png' });
  await expectNoSeriousViolations(page);
});

test('a 20k/40k graph coloured by its camps, measured in a worker', async ({ page }) => {
  test.setTimeout(90_000);
  await openGenerated(page, generateDataset({ actors: 20000, relations: 40000, seed: 1 }));
  const legend = page.getByRole('region', { name: 'Legend' });
  await legend.getByRole('combobox', { name: 'Actor colour:' }).selectOption('community');
  const camps = legend.getByRole('list', { name: 'Camps' });
  await expect(camps.getByRole('listitem').first()).toContainText('Camp 1 ·', { timeout: 30_000 });
  await expect(camps.getByRole('listitem').last()).toContainText('smaller camps');
  await expect(legend).toContainText('Betweenness estimated from 500 sources');
  await page.screenshot({ path: 'test-results/network-20k.png' });
  // Every camp collapsed: an overview of a node per camp, then the graph again.
  const campNodes = () =>
    page.evaluate(() => (window.__actorGraphCy as import('cytoscape').Core).nodes('.camp').length);
  const count = await page.evaluate(
    () => window.__actorGraph.store.getState().measures.result!.communities.length,
  );
  await legend.getByRole('button', { name: 'Collapse every camp' }).click();
  await expect.poll(campNodes).toBe(count);
  await page.screenshot({ path: 'test-results/network-20k-camps.png' });
  await legend.getByRole('button', { name: 'Expand every camp' }).click();
  await expect.poll(campNodes).toBe(0);
});

test('the measures go out in GEXF and come back when it is opened', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('tab', { name: 'Actors' }).click();
  // Measured once the actors are listed.
  await expect(
    page.getByRole('table', { name: /Actors/ }).getByRole('button', { name: 'China' }),
  ).toBeVisible();
  await page.getByRole('button', { name: /^Export/ }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'GEXF 1.3 (Gephi)' }).click();
  const file = await (await downloading).path();
  const gexf = readFileSync(file!, 'utf8');
  expect(gexf).toContain('title="betweenness"');
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'measured.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(gexf),
  });
  await expect
    .poll(() =>
      page.evaluate(
        () => window.__actorGraph.store.getState().dataset.metrics?.actors.china?.betweenness,
      ),
    )
    .toBeGreaterThan(0.5);
});
