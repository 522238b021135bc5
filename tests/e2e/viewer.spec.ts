import { expect, test } from '@playwright/test';
import { clickActor, graphState, waitForGraph } from './graph';

test.describe('seed graph viewer', () => {
  test('loads the seed graph with no console errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/');
    await waitForGraph(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Reports of a Russian request',
    );
    const state = await graphState(page);
    expect(state.nodes).toBe(15);
    expect(state.visibleEdges).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: 'test-results/seed-graph.png' });
    expect(errors).toEqual([]);
  });

  test('unticking a relation type removes exactly its relations from table and graph', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    // The table renders a moment after the graph (the panels are revealed in the background).
    const rows = page.getByRole('table').locator('tbody tr');
    const before = await graphState(page);
    const roles = before.edgeTypes.filter((t) => t === 'role').length;
    expect(roles).toBeGreaterThan(0);
    await expect(rows).toHaveCount(before.visibleEdges);

    await page.getByRole('checkbox', { name: /^role/ }).uncheck();
    const after = await graphState(page);
    expect(after.visibleEdges).toBe(before.visibleEdges - roles);
    expect(after.edgeTypes).not.toContain('role');
    await expect(rows).toHaveCount(after.visibleEdges);
    await expect(page.getByText(`(${after.visibleEdges} visible)`)).toBeVisible();
  });

  test('clicking an actor highlights its neighbourhood; Escape clears', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);
    await clickActor(page, 'zhao-lijian');
    const state = await graphState(page);
    expect(state.highlighted).toEqual([
      'a:anglo-media',
      'a:china-mfa',
      'a:zhao-lijian',
      'r:role-zhao',
      'r:zhao-no-formal-denial',
    ]);
    expect(state.faded).toBeGreaterThan(20);
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('Zhao Lijian');
    await page.keyboard.press('Escape');
    expect((await graphState(page)).highlighted).toEqual([]);
  });

  test('selecting a relation in the table shows its evidence', async ({ page }) => {
    await page.goto('/');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'requests military aid from' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect(
      details.getByText('Angeblich hat Russland von China militärische Hilfe erbeten.'),
    ).toBeVisible();
    await expect(details.getByText('alleged', { exact: true })).toBeVisible();
    // The claim and, linked to it, the denial that disputes it (with its actors).
    expect((await graphState(page)).highlighted).toEqual([
      'a:anglo-media',
      'a:china',
      'a:china-mfa',
      'a:russia',
      'r:deny-request',
      'r:request-aid',
    ]);
  });

  test('opening an invalid file shows the placed problems and keeps the graph', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForGraph(page);
    const before = await graphState(page);
    await page.getByLabel('Open dataset file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "format": "actor-graph",\n  "version": 1,\n  "title": }'),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('broken.json could not be opened');
    await expect(alert).toContainText('line 4, column 12');
    expect(await graphState(page)).toEqual(before);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'Reports of a Russian request',
    );
    await page.screenshot({ path: 'test-results/invalid-file.png' });
  });
});
