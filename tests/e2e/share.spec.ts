import { zipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { graphState, waitForGraph } from './graph';

const viewState = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__actorGraphCy;
    return {
      hidden: cy
        .$('.hidden')
        .map((e) => e.id())
        .sort(),
      selected: cy
        .$('.selected')
        .map((e) => e.id())
        .sort(),
      claims: cy.nodes('.claim').length,
      zoom: Math.round(cy.zoom() * 100) / 100,
      label: cy.$id('a:russia').data('label') as string,
    };
  });

test('a permalink restores filters, selection, language, panels, view mode and viewport', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('checkbox', { name: /^role/ }).uncheck();
  await page.getByRole('checkbox', { name: /^hypothetical/ }).uncheck();
  await page.getByRole('button', { name: 'requests military aid from' }).click();
  await page.getByText('Who says so').click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('button', { name: 'Filter', exact: true }).click(); // hide the filter panel
  await expect(page).toHaveURL(/hideTypes=role/);
  await expect(page).toHaveURL(/vp=/);
  const before = await viewState(page);
  const url = page.url();

  const other = await context.newPage();
  await other.goto(url);
  await waitForGraph(other);
  await expect(other.getByRole('heading', { name: 'Artikel' })).toBeVisible();
  await expect(other.locator('aside.sidebar')).toHaveCount(0);
  await expect.poll(() => viewState(other)).toEqual(before);
  // The graph's own words are German too, once the German texts have loaded.
  const edgeLabels = () =>
    other.evaluate(() => window.__actorGraphCy.edges().map((e) => String(e.data('label'))));
  await expect
    .poll(async () => (await edgeLabels()).some((l) => l.includes('⚠ bestritten')))
    .toBe(true);
  expect((await edgeLabels()).some((l) => l.includes('disputed'))).toBe(false);
});

test('bad or stale link parameters are ignored with a small notice', async ({ page }) => {
  await page.goto('/?hideTypes=nonsense,role&sel=r:nope&lang=xx&vp=a,b');
  await waitForGraph(page);
  const notice = page.getByRole('status').filter({ hasText: 'ignored' });
  await expect(notice).toContainText('hideTypes=nonsense');
  await expect(notice).toContainText('sel=nope');
  await expect(page.getByRole('checkbox', { name: /^role/ })).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('embed mode is read-only with minimal chrome and details on click', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 420 });
  await page.goto('/?embed=1&hideTypes=role');
  await waitForGraph(page);
  for (const name of ['Open ▾', 'Export ▾', 'Snapshot…', 'Share…', 'Reset filters', 'WebGL']) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Open in Actor Graph/ })).toHaveAttribute(
    'href',
    /hideTypes=role/,
  );
  const point = await page.evaluate(() => {
    const cy = window.__actorGraphCy;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.$id('a:china').renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('China');
  await page.screenshot({ path: 'test-results/embed.png' });
});

test('the share dialog gives an embed snippet, and for a local file offers the standalone HTML', async ({
  page,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Share…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
    /^<iframe src="http[^"]*embed=1"/,
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByLabel('Open dataset file').setInputFiles('tests/fixtures/small.actor-graph.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Small test graph');
  await page.getByRole('button', { name: 'Share…' }).click();
  await expect(page.getByRole('dialog')).toContainText('a link cannot carry it');
  await expect(page.getByRole('textbox', { name: 'Embed code' })).toHaveCount(0);
});

test('the standalone HTML of a filtered non-seed dataset draws offline from file://', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await waitForGraph(page);
  await page
    .getByLabel('Open dataset file')
    .setInputFiles('tests/fixtures/samples/genemania-export.cyjs');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('genemania');
  await page.getByRole('checkbox', { name: /^Predicted/ }).uncheck();
  const expected = (await graphState(page)).visibleEdges;
  await page.getByRole('button', { name: 'Share…' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download standalone HTML' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'standalone-')), 'genemania.html');
  await (await download).saveAs(file);

  const offline = await browser.newContext({ offline: true });
  const standalone = await offline.newPage();
  const errors: string[] = [];
  standalone.on('pageerror', (e) => errors.push(e.message));
  standalone.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await standalone.goto(`file://${file}`);
  await waitForGraph(standalone);
  const state = await graphState(standalone);
  expect(state.nodes).toBe(31);
  expect(state.visibleEdges).toBe(expected);
  expect(state.edgeTypes).not.toContain('Predicted');
  await expect(standalone.getByRole('checkbox', { name: /^Predicted/ })).not.toBeChecked();
  await standalone.screenshot({ path: 'test-results/standalone.png' });
  expect(errors).toEqual([]);
  await offline.close();
});

test('the render command writes a PNG', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'render-')), 'seed.png');
  const log = execFileSync(
    'node',
    [
      'bin/actor-graph.js',
      'render',
      'data/russia-china-military-aid.json',
      '-o',
      out,
      '--footnotes',
      '--scale',
      '1',
    ],
    { encoding: 'utf8' },
  );
  expect(log).toMatch(/wrote .*seed\.png \(\d+ × \d+ px, 31 relations\)/);
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  writeFileSync('test-results/cli-seed.png', png);
});

test('the render command turns a zipped GDELT day into a PNG', () => {
  const dir = mkdtempSync(join(tmpdir(), 'render-'));
  const zip = join(dir, '20170701234500.export.CSV.zip');
  const events = readFileSync('tests/fixtures/events/gdelt-events-20170701.export.CSV');
  writeFileSync(zip, zipSync({ '20170701234500.export.CSV': new Uint8Array(events) }));
  const out = join(dir, 'day.png');
  const log = execFileSync(
    'node',
    ['bin/actor-graph.js', 'render', zip, '-o', out, '--scale', '1', '--top', '6'],
    { encoding: 'utf8' },
  );
  // The six actors with the most mentions (Egypt 26, Saudi Arabia 20, GOV 11, BUS 10, USA 8,
  // SAUGOV 6) keep five of the sample's eight relations.
  expect(log).toMatch(/wrote .*day\.png \(\d+ × \d+ px, 5 relations\)/);
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  writeFileSync('test-results/cli-gdelt.png', png);
});
