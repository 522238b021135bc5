import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/model/generate';
import { openGenerated, waitForGraph } from './graph';

/*
 * Pixels pinned: what the graph draws is compared with committed pictures (tests/e2e/pixels/),
 * so that a change of drawing shows in review. After a deliberate change of look, run
 * `npx playwright test pixels --update-snapshots` and look at the new pictures before committing.
 */

const big = generateDataset({ actors: 20000, relations: 40000, seed: 1 });
const hub = big.actors[0]!.id;

/** The graph panel, once nothing in it moves any more. */
const graphArea = (page: Page) => page.getByTestId('graph-canvas');

/** Waits for the graph's paint to settle: the overview repaints 90 ms after the view stops. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(r), 400)),
      ),
  );

async function openBig(page: Page) {
  await openGenerated(page, big);
  await page.mouse.move(0, 0);
  await settle(page);
}

const OPTIONS = { maxDiffPixels: 50, animations: 'disabled' } as const;

test('the seed graph', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await settle(page);
  // Chromium builds rasterise a few small labels differently (353 pixels of anti-aliasing seen
  // between two Debian builds, at the same commit); a real change of drawing moves thousands.
  await expect(graphArea(page)).toHaveScreenshot('seed-graph.png', {
    ...OPTIONS,
    maxDiffPixels: 500,
  });
});

test('20,000 actors and 40,000 relations: plain, filtered, highlighted', async ({ page }) => {
  test.setTimeout(60_000);
  await openBig(page);
  await expect(graphArea(page)).toHaveScreenshot('large-plain.png', OPTIONS);
  const type = big.relationTypes[0]!;
  await page.getByRole('checkbox', { name: new RegExp(`^${type.label}`) }).uncheck();
  await settle(page);
  await expect(graphArea(page)).toHaveScreenshot('large-filtered.png', OPTIONS);
  await page.evaluate((id) => window.__actorGraph.store.getState().selectActor(id), hub);
  await settle(page);
  await expect(graphArea(page)).toHaveScreenshot('large-highlighted.png', OPTIONS);
});

test('a PNG snapshot of the seed', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Snapshot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Snapshot for a briefing' });
  await expect(dialog.getByTestId('snapshot-size')).toContainText('px');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const bytes = readFileSync(await (await download).path());
  expect(bytes).toMatchSnapshot('seed-snapshot.png', { maxDiffPixels: 50 });
});
