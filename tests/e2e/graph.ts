import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Dataset } from '../../src/model/schema';

/** Reads the live Cytoscape instance the app exposes for automation. */
export async function graphState(page: Page) {
  return page.evaluate(() => {
    const cy = window.__actorGraphCy;
    const ids = (sel: string) =>
      cy
        .$(sel)
        .map((e) => e.id())
        .sort();
    return {
      visibleEdges: cy.edges().filter((e) => !e.hasClass('hidden')).length,
      edgeTypes: cy
        .edges()
        .filter((e) => !e.hasClass('hidden'))
        .map((e) => e.data('type') as string),
      highlighted: ids('.highlighted'),
      faded: ids('.faded').length,
      nodes: cy.nodes().length,
    };
  });
}

/** Clicks an actor where it is drawn on the canvas. */
export async function clickActor(page: Page, actorId: string) {
  const point = await page.evaluate((id) => {
    const cy = window.__actorGraphCy;
    const box = cy.container()!.getBoundingClientRect();
    const p = cy.$id(`a:${id}`).renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }, actorId);
  await page.mouse.click(point.x, point.y);
}

/** Waits until the app has drawn its first frame of the graph. */
export async function waitForGraph(page: Page) {
  await page.waitForFunction(() => {
    const cy = window.__actorGraphCy;
    return !!cy && cy.nodes().length > 0;
  });
}

/**
 * Opens a generated dataset through the file picker, from the seed, and waits until every
 * actor has a position (Cytoscape holds few of them on a large graph).
 */
export async function openGenerated(page: Page, dataset: Dataset) {
  await page.goto('/');
  await waitForGraph(page);
  await page.getByLabel('Open dataset file').setInputFiles({
    name: 'generated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText(dataset.title!);
  await page.waitForFunction(
    (n) => Object.keys(window.__actorGraphPositions()).length === n,
    dataset.actors.length,
  );
}

/** axe finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}
