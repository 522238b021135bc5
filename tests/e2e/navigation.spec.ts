import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, graphState, waitForGraph } from './graph';

const classesOf = (page: import('@playwright/test').Page, cls: string) =>
  page.evaluate((c) => {
    const cy = window.__actorGraphCy;
    return cy
      .$(`.${c}`)
      .map((e) => e.id())
      .sort();
  }, cls);

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
});

test('search marks and centres matches in both languages, hides nothing; Enter moves on', async ({
  page,
}) => {
  const search = page.getByRole('searchbox', { name: 'Search actors' });
  await search.fill('Peking');
  await expect(page.getByText('1 of 1: China')).toBeVisible();
  expect(await classesOf(page, 'search-current')).toEqual(['a:china']);
  const centre = await page.evaluate(() => {
    const cy = window.__actorGraphCy;
    const p = cy.$id('a:china').renderedPosition();
    return { dx: Math.abs(p.x - cy.width() / 2), dy: Math.abs(p.y - cy.height() / 2) };
  });
  expect(centre.dx).toBeLessThan(2);
  expect(centre.dy).toBeLessThan(2);

  await search.fill('sullivan');
  expect(await classesOf(page, 'search-match')).toEqual([
    'a:jake-sullivan',
    'a:sullivan-counterpart',
  ]);
  await search.press('Enter');
  expect(await classesOf(page, 'search-current')).toEqual(['a:jake-sullivan']);
  await search.press('Enter');
  expect(await classesOf(page, 'search-current')).toEqual(['a:sullivan-counterpart']);
  expect(await classesOf(page, 'hidden')).toEqual([]);

  await search.fill('Außenministerium'); // German label of an English-labelled actor
  expect(await classesOf(page, 'search-match')).toEqual(['a:china-mfa']);
});

test('a path between two actors highlights the shortest connecting relations', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Path from' }).selectOption({ label: 'Zhao Lijian' });
  await page.getByRole('combobox', { name: 'Path to' }).selectOption({ label: 'Europe' });
  const steps = page.getByRole('list', { name: 'Shortest path' }).getByRole('button');
  await expect(steps).toHaveText([
    'Zhao Lijian spokesman of Chinese foreign ministry',
    'Chinese foreign ministry ministry of China',
    'Europe could sanction China',
  ]);
  const state = await graphState(page);
  expect(state.highlighted.filter((id) => id.startsWith('r:'))).toEqual([
    'r:role-mfa',
    'r:role-zhao',
    'r:sanction-europe',
  ]);
  expect(state.highlighted).toContain('a:europe');
  await page.screenshot({ path: 'test-results/path.png' });
});

test('depth 2 widens an actor highlight', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search actors' }).fill('Zhao');
  await page.getByRole('button', { name: 'Show details' }).click();
  const one = (await graphState(page)).highlighted.length;
  await page.getByRole('radio', { name: '2 steps' }).check();
  expect((await graphState(page)).highlighted.length).toBeGreaterThan(one);
});

test('hovering an actor or a relation shows a tooltip', async ({ page }) => {
  const point = await page.evaluate(() => {
    const cy = window.__actorGraphCy;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.$id('a:xi-jinping').renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  });
  await page.mouse.move(point.x, point.y);
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Xi Jinping');
  await expect(tip).toContainText('Person');
  await page.screenshot({ path: 'test-results/tooltip.png' });
  // Picking the actor up to drag it takes the tooltip away: it would stay behind.
  await page.mouse.down();
  await page.mouse.move(point.x + 60, point.y + 40, { steps: 5 });
  await expect(tip).toBeHidden();
  await page.mouse.up();
});

test('the main view has no serious or critical accessibility violations', async ({ page }) => {
  await page.getByRole('button', { name: 'requests military aid from' }).click();
  await expectNoSeriousViolations(page);
});

test('keyboard alone: filter, select a relation, read its quote', async ({ page }) => {
  const focusedName = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return (
        el?.getAttribute('aria-label') ?? el?.closest('label')?.textContent ?? el?.textContent ?? ''
      );
    });
  // Tab to the "role" relation type and untick it with Space.
  for (let i = 0; i < 60 && !/^role\d/.test(await focusedName()); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /^role/ })).not.toBeChecked();
  // Tab on to the relations table, then walk its rows with the arrow keys.
  for (let i = 0; i < 80 && (await focusedName()) !== 'requests military aid from'; i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Russia requests military aid from China',
  );
  await page.keyboard.press('ArrowDown');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'Chinese foreign ministry dismisses as "fake news" Anglo-Saxon media',
  );
  await expect(details.getByText('China nennt das Fake News')).toBeVisible();
  expect(await focusedName()).toBe('dismisses as "fake news"');
  await page.keyboard.press('Escape');
  await expect(details.getByText(/Click an actor or a relation/)).toBeVisible();
});
