import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './graph';
import { pngPixels } from './pngPixels';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const visibleRelations = (page: Page) =>
  page.evaluate(() => window.__actorGraphCy.edges().filter((e) => !e.hasClass('hidden')).length);

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Snapshot…' }).click();
  return page.getByRole('dialog', { name: 'Snapshot for a briefing' });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
});

test('PNG export has the announced pixel size, is not blank and carries one footnote per visible relation', async ({
  page,
}) => {
  await page.getByRole('checkbox', { name: /^role/ }).uncheck();
  const dialog = await openDialog(page);
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('2');
  const sizeText = await dialog.getByTestId('snapshot-size').textContent({ timeout: 5000 });
  await expect(dialog.getByTestId('snapshot-size')).toContainText('px');
  const [, w, h] = /(\d+) × (\d+) px/.exec(
    (await dialog.getByTestId('snapshot-size').textContent()) ?? sizeText ?? '',
  )!;
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect(pngSize(bytes)).toEqual({ width: Number(w), height: Number(h) });
  expect((await pngPixels(page, bytes)).colours).toBeGreaterThan(20);
  writeFileSync('test-results/snapshot.png', bytes);

  // The SVG of the same picture: one element per visible actor and relation, footnotes as text.
  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  writeFileSync('test-results/snapshot.svg', svg);
  const counts = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      actors: doc.querySelectorAll('g.actor').length,
      relations: doc.querySelectorAll('g.relation').length,
      footnotes: [...doc.querySelectorAll('text')].filter((t) =>
        /^\d+\. /.test(t.textContent ?? ''),
      ).length,
    };
  }, svg);
  const relations = await visibleRelations(page);
  expect(counts).toEqual({ error: null, actors: 15, relations, footnotes: relations });
});

test('the announced size follows the title and the scale, and the PNG has it', async ({ page }) => {
  const dialog = await openDialog(page);
  const announced = dialog.getByTestId('snapshot-size');
  const sizeShown = async () => {
    const match = /(\d+) × (\d+) px/.exec((await announced.textContent()) ?? '');
    return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
  };
  await expect(announced).toContainText('px');
  const titled = (await sizeShown())!;
  // Without a title the picture loses the title's lines: shorter, as wide.
  await dialog.getByRole('textbox', { name: 'Title' }).fill('');
  await expect.poll(async () => (await sizeShown())?.height).toBeLessThan(titled.height);
  expect((await sizeShown())!.width).toBe(titled.width);
  // The title back: the size it had.
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Russia, China and the sanctions');
  await dialog
    .getByRole('textbox', { name: 'Title' })
    .fill((await page.evaluate(() => window.__actorGraph.store.getState().dataset.title)) ?? '');
  await expect.poll(sizeShown).toEqual(titled);
  // Another scale is measured anew, and the download has the size announced.
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('1');
  await expect.poll(async () => (await sizeShown())?.width).toBeLessThan(titled.width);
  const announcedNow = await sizeShown();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  expect(pngSize(readFileSync(await (await download).path()))).toEqual(announcedNow);
});

test('copies a PNG to the clipboard', async ({ page }) => {
  await page.evaluate(() => {
    window.clipboardWrites = [];
    navigator.clipboard.write = async (items: ClipboardItem[]) => {
      for (const item of items) window.clipboardWrites.push(...item.types);
    };
  });
  const dialog = await openDialog(page);
  await dialog.getByRole('button', { name: 'Copy PNG to clipboard' }).click();
  await expect(dialog.getByText('Copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => window.clipboardWrites)).toEqual(['image/png']);
});

test('says so instead of exporting an image above the canvas limits', async ({ page }) => {
  await page.getByRole('button', { name: 'Open ▾' }).click();
  await page.getByRole('menuitem', { name: 'GeneMania network (Cytoscape .cyjs)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('genemania');
  // Spread the graph far apart so the whole picture at 4× is beyond what a canvas can hold.
  await page.evaluate(() =>
    window.__actorGraphCy.nodes().positions((_n, i) => ({ x: i * 3000, y: (i % 5) * 3000 })),
  );
  const dialog = await openDialog(page);
  await dialog.getByRole('combobox', { name: 'Scale' }).selectOption('4');
  await expect(dialog.getByTestId('snapshot-size')).toContainText(
    'more than this browser can draw',
  );
  await expect(dialog.getByRole('button', { name: 'Download PNG' })).toBeDisabled();
});

test('markup in a label stays text in the SVG: no element, no script', async ({ page }) => {
  const markup = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.evaluate((label) => {
    const s = window.__actorGraph.store.getState();
    s.edit((d) => ({
      ...d,
      actors: d.actors.map((a, i) => (i === 0 ? { ...a, label } : a)),
    }));
  }, markup);
  const dialog = await openDialog(page);
  const svgDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download SVG' }).click();
  const svg = readFileSync(await (await svgDownload).path(), 'utf8');
  const found = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      scripts: doc.querySelectorAll('script, img, foreignObject').length,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
    };
  }, svg);
  expect(found.scripts).toBe(0);
  expect(found.texts.join('')).toContain('<script>alert(1)</script>');
});
