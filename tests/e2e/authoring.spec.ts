import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { validateDataset } from '../../src/model/validate';
import { waitForGraph } from './graph';

const ARTICLE =
  'Die Regierung in Berlin kritisierte „scharf“ die Äußerungen aus Wien – ein Affront.';

/** Selects `quote` in the article panel with the mouse-free Range API, as a drag would. */
async function selectInArticle(page: Page, quote: string) {
  await page.evaluate((q) => {
    const box = document.querySelector('.article-text')!;
    const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(q);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + q.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      box.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the article: ${q}`);
  }, quote);
}

test('builds a small graph from pasted text, survives a reload, undoes, and exports valid JSON', async ({
  page,
}) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const bar = page.getByRole('toolbar', { name: 'Editing' });

  await bar.getByRole('button', { name: 'New dataset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New dataset…' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Berlin und Wien');
  await dialog
    .getByRole('textbox', { name: 'Article text (kept exactly as pasted)' })
    .fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Berlin und Wien');

  const form = page.locator('.details-panel');
  for (const name of ['Berlin', 'Wien']) {
    await bar.getByRole('button', { name: 'Add actor' }).click();
    const label = form.getByRole('textbox', { name: 'Label', exact: true });
    await label.fill(name);
    await label.press('Enter');
    await form.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'State' });
  }
  await page.keyboard.press('Escape');
  await bar.getByRole('button', { name: 'Add relation' }).click();
  await form.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Berlin' });
  await form.getByRole('combobox', { name: 'Target' }).selectOption({ label: 'Wien' });
  await form.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'reported' });
  await selectInArticle(page, 'kritisierte „scharf“ die Äußerungen aus Wien');
  await form.getByRole('button', { name: 'Attach selected article text' }).click();
  await expect(form.getByText('kritisierte „scharf“ die Äußerungen aus Wien')).toBeVisible();
  await expect(page.locator('.article-text mark')).toHaveText([
    'kritisierte „scharf“ die Äußerungen aus Wien',
  ]);
  await expect(page.getByRole('heading', { name: 'Problems (0)' })).toBeVisible();
  await page.screenshot({ path: 'test-results/authoring.png' });

  // Reload: the work comes back from the browser's storage, with a notice.
  await page.waitForTimeout(800);
  await page.reload();
  await waitForGraph(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Restored your unsaved work' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Berlin und Wien');
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);

  // Undo an edit, then export our JSON and check it against the schema.
  await page.getByRole('button', { name: 'related to' }).click();
  await page
    .locator('.details-panel')
    .getByRole('combobox', { name: 'Status' })
    .selectOption({ label: 'alleged' });
  await expect(rows.first()).toContainText('alleged');
  await page.locator('body').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('Control+z');
  await expect(rows.first()).toContainText('reported');

  await page.getByRole('button', { name: 'Export ▾' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Actor Graph JSON (whole graph)' }).click();
  const json = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(validateDataset(json).problems).toEqual([]);
  expect(json.documents[0].text).toBe(ARTICLE);
  expect(json.actors.map((a: { label: string }) => a.label)).toEqual(['Berlin', 'Wien']);
  expect(json.relations[0]).toMatchObject({
    source: json.actors[0].id,
    target: json.actors[1].id,
    status: 'reported',
  });
  expect(json.relations[0].evidence[0].quote).toBe('kritisierte „scharf“ die Äußerungen aus Wien');
  await expect(page.getByRole('status').filter({ hasText: 'No unsaved changes' })).toBeVisible();
});
