import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './graph';

const sample = (name: string) => readFileSync(`tests/fixtures/samples/${name}`);

const counts = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__actorGraphCy;
    return [cy.nodes().length, cy.edges().length];
  });

/** Records Content-Security-Policy violations from the first script on. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
});

const cspViolations = (page: Page) => page.evaluate(() => window.cspViolations);

test('opens a GEXF with the file picker and draws it, with no CSP violation', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'lesmiserables.gexf',
    mimeType: 'application/xml',
    buffer: sample('lesmiserables.graphology.gexf'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Les Misérables');
  expect(await counts(page)).toEqual([77, 254]);
  await expect(page.getByText('(254 visible)')).toBeVisible();
  await page.screenshot({ path: 'test-results/open-gexf.png' });
  expect(await cspViolations(page)).toEqual([]);
});

test('opens a file dropped onto the window', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const text = sample('petclinic.yed.graphml').toString('utf8');
  const dataTransfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'petclinic.graphml', { type: 'application/xml' }));
    return dt;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText(/Drop a graph file to open it/)).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('petclinic.graphml');
  expect(await counts(page)).toEqual([4, 7]);
  await expect(page.getByText(/Drop a graph file/)).toHaveCount(0);
});

test('a broken file shows its placed error and the graph before stays', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const before = await counts(page);
  const broken = sample('lesmiserables.graphology.gexf').toString('utf8').replace('</nodes>', '');
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'broken.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(broken),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('broken.gexf could not be opened');
  await expect(alert).toContainText(/AG007 at line \d+, column \d+/);
  expect(await counts(page)).toEqual(before);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Reports of a Russian request',
  );
});

test('a large file is parsed in a worker: Tokyo railways, 943 stations in Japanese', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'tokyo-railways.cyjs',
    mimeType: 'application/json',
    buffer: sample('tokyo-railways.cyjs'),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('tokyo-railways.cyjs', {
    timeout: 20_000,
  });
  expect(await counts(page)).toEqual([943, 860]);
  expect(await cspViolations(page)).toEqual([]);
});

test('the Open menu lists bundled datasets and ?data= loads an http(s) URL only', async ({
  page,
}) => {
  await page.goto('/?data=javascript:alert(1)');
  await expect(page.getByRole('alert')).toContainText('Only http(s) addresses can be opened');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Reports of a Russian request',
  );

  await page.goto('/?data=/datasets/genemania.cyjs');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('genemania.cyjs');
  expect(await counts(page)).toEqual([31, 255]);

  await page.getByRole('button', { name: 'Open ▾' }).click();
  await page.getByRole('menuitem', { name: 'Les Misérables (Gephi GEXF)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Les Misérables');
  expect(await cspViolations(page)).toEqual([]);
});

test('a big graph without positions is laid out in a worker while the page keeps answering', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles('tests/fixtures/samples/yeast.gexf');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('yeast.gexf', {
    timeout: 20_000,
  });
  const xs = () =>
    page.evaluate(() => Object.values(window.__actorGraphPositions()).map((p) => p.x));
  const grid = await xs();
  await expect(page.getByText('Laying out the graph…')).toBeVisible();
  // The page answers while the worker runs: a search is served at once.
  await page.getByRole('searchbox', { name: 'Search actors' }).fill('YBR236C');
  await expect(page.getByText('1 of 1: YBR236C')).toBeVisible();
  await expect(page.getByText('Laying out the graph…')).toHaveCount(0, { timeout: 30_000 });
  const laidOut = await xs();
  expect(laidOut).not.toEqual(grid);
  expect(new Set(laidOut.map((x) => Math.round(x))).size).toBeGreaterThan(1000); // not grid columns
});
