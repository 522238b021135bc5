import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../../src/model/generate';
import { openGenerated, waitForGraph } from './graph';
import { pngPixels } from './pngPixels';

/** A graph above the large-graph threshold (4,000 relations), with stored positions. */
const big = generateDataset({ actors: 1500, relations: 4500, seed: 7 });
const hub = big.actors[0]!.id;

const openBig = (page: Page) => openGenerated(page, big);

/** Where an actor is on the page, whether Cytoscape holds it or not (most it does not). */
const pointOf = (page: Page, id: string) =>
  page.evaluate((id) => {
    const cy = window.__actorGraphCy;
    const box = cy.container()!.getBoundingClientRect();
    const p = window.__actorGraphPositions()[`a:${id}`]!;
    return {
      x: box.left + p.x * cy.zoom() + cy.pan().x,
      y: box.top + p.y * cy.zoom() + cy.pan().y,
    };
  }, id);

/** Zooms in on an actor. */
const zoomInOn = (page: Page, id: string) =>
  page.evaluate((id) => {
    const cy = window.__actorGraphCy;
    const p = window.__actorGraphPositions()[`a:${id}`]!;
    cy.zoom(1.2);
    cy.pan({ x: cy.width() / 2 - p.x * 1.2, y: cy.height() / 2 - p.y * 1.2 });
  }, id);

test('a large graph is drawn bare, labelled where legible, and highlighted through the lens', async ({
  page,
}) => {
  await openBig(page);
  // Zoomed out, Cytoscape holds none of it: the overview paints the many.
  expect(await page.evaluate(() => window.__actorGraphCy.elements().length)).toBe(0);
  const labelOf = (id: string) =>
    page.evaluate((id) => {
      const node = window.__actorGraphCy.$id(`a:${id}`);
      return node.nonempty() ? (node.style('label') as string) : '';
    }, id);

  // Zoomed in on the hub, the actors around it get their labels (a screenful at most).
  await zoomInOn(page, hub);
  await expect.poll(() => labelOf(hub)).not.toBe('');
  const detail = await page.evaluate(() => window.__actorGraphCy.nodes('.detail').length);
  expect(detail).toBeGreaterThan(0);
  expect(detail).toBeLessThanOrEqual(150);

  // Clicking the hub highlights its neighbourhood in the lens above a veil; the thousands of
  // other elements are not restyled.
  const at = await pointOf(page, hub);
  await page.mouse.click(at.x, at.y);
  const lens = page.locator('.highlight-layer');
  await expect(lens).toBeVisible();
  expect(await page.evaluate(() => window.__actorGraphCy.$('.faded').length)).toBe(0);
  await page.screenshot({ path: 'test-results/large-graph-lens.png' });

  // The lens lets clicks through: a neighbour under it can be selected on the graph.
  // A neighbour drawn inside the view, clear of the hub and of the graph's buttons…
  const neighbours = big.relations.flatMap((r) =>
    r.source === hub ? [r.target] : r.target === hub ? [r.source] : [],
  );
  const other = await page.evaluate(
    ([id, neighbours]) => {
      const cy = window.__actorGraphCy;
      const positions = window.__actorGraphPositions();
      const drawn = (a: string) => {
        const p = positions[`a:${a}`]!;
        return { x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y };
      };
      const hubAt = drawn(id);
      // …and clear of every other actor, which could be drawn over it.
      const alone = (n: string) => {
        const p = positions[`a:${n}`]!;
        return Object.entries(positions).every(
          ([k, q]) => k === `a:${n}` || Math.hypot(q.x - p.x, q.y - p.y) > 40,
        );
      };
      return neighbours.find((n) => {
        const p = drawn(n);
        const inside = p.x > 40 && p.x < cy.width() - 40 && p.y > 90 && p.y < cy.height() - 40;
        return inside && Math.hypot(p.x - hubAt.x, p.y - hubAt.y) > 60 && alone(n);
      })!;
    },
    [hub, neighbours] as const,
  );
  const p = await pointOf(page, other);
  await page.mouse.click(p.x, p.y);
  await expect(
    page.getByRole('heading', { level: 2, name: big.actors.find((a) => a.id === other)!.label }),
  ).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(lens).toBeHidden();
});

/** How many pixels of the overview canvas are painted. */
const overviewInk = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.graph-overview');
    if (!canvas || canvas.style.display === 'none') return 0;
    const px = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i]! > 0) ink++;
    return ink;
  });

test('the overview paints a large graph and follows its filters', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  // A small graph is Cytoscape's alone.
  expect(await overviewInk(page)).toBe(0);
  await openBig(page);
  await expect.poll(() => overviewInk(page)).toBeGreaterThan(10_000);
  // Once the view has settled (fitted, repainted sharp), the same picture stays.
  let before = -1;
  await expect
    .poll(async () => {
      const [a, b] = [before, await overviewInk(page)];
      before = b;
      return a === b;
    })
    .toBe(true);
  const type = big.relationTypes[0]!;
  await page.getByRole('checkbox', { name: new RegExp(`^${type.label}`) }).uncheck();
  await expect.poll(() => overviewInk(page)).toBeLessThan(before);
  await page.getByRole('checkbox', { name: new RegExp(`^${type.label}`) }).check();
  await expect.poll(() => overviewInk(page)).toBe(before);
  await page.screenshot({ path: 'test-results/large-graph-overview.png' });
});

test('a relation painted by the overview can be hovered and clicked', async ({ page }) => {
  await openBig(page);
  // A relation, pointed at a quarter of the way along.
  const relation = big.relations.find((r) => r.source !== r.target)!;
  const at = await page.evaluate((r) => {
    const cy = window.__actorGraphCy;
    const a = window.__actorGraphPositions()[`a:${r.source}`]!;
    const b = window.__actorGraphPositions()[`a:${r.target}`]!;
    // A quarter of the way along: clear of the actors, and of most crossings.
    const p = { x: a.x + (b.x - a.x) * 0.25, y: a.y + (b.y - a.y) * 0.25 };
    // Zoomed out of detail: Cytoscape holds none of the relations.
    cy.zoom(0.5);
    cy.pan({ x: cy.width() / 2 - p.x * 0.5, y: cy.height() / 2 - p.y * 0.5 });
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + cy.width() / 2, y: box.top + cy.height() / 2 };
  }, relation);
  await page.waitForTimeout(300); // the overview repaints sharp once the view stops
  // Cytoscape holds no element for it until the pointer comes near.
  expect(
    await page.evaluate((id) => window.__actorGraphCy.$id(`r:${id}`).length, relation.id),
  ).toBe(0);
  await page.mouse.move(at.x + 1, at.y);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  const pointedAt = (await tooltip.locator('strong').textContent()) ?? '';
  expect(pointedAt).toMatch(/ \S.* /); // "<source> <verb> <target>"
  // The click opens the relation the tooltip named.
  await page.mouse.click(at.x, at.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(pointedAt);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap on a painted relation opens it: a finger has no hover to lift it first', async ({
    page,
  }) => {
    await openBig(page);
    // A point a quarter of the way along a relation, clear of every actor (a finger's tap on
    // an actor opens the actor).
    const position = (id: string) => big.actors.find((a) => a.id === id)!.position!;
    const quarter = (r: (typeof big.relations)[number]) => {
      const [a, b] = [position(r.source), position(r.target)];
      return { x: a.x + (b.x - a.x) * 0.25, y: a.y + (b.y - a.y) * 0.25 };
    };
    const model = big.relations
      .filter((r) => r.source !== r.target)
      .map(quarter)
      .find((p) =>
        big.actors.every((a) => Math.hypot(a.position!.x - p.x, a.position!.y - p.y) > 80),
      )!;
    const at = await page.evaluate((p) => {
      const cy = window.__actorGraphCy;
      cy.zoom(0.5);
      cy.pan({ x: cy.width() / 2 - p.x * 0.5, y: cy.height() / 2 - p.y * 0.5 });
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + cy.width() / 2, y: box.top + cy.height() / 2, model: p };
    }, model);
    await page.waitForTimeout(300); // the overview repaints sharp once the view stops
    // A little beside the line, as fingers land: within a finger's reach, not a pointer's.
    await page.touchscreen.tap(at.x + 6, at.y);
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toHaveText(/ \S.* /);
    // What opened is a relation whose line runs under the finger.
    const selection = await page.evaluate(() => window.__actorGraph.store.getState().selection);
    expect(selection?.kind).toBe('relations');
    const ids = selection?.kind === 'relations' ? selection.ids : [];
    const tapped = big.relations.find((r) => r.id === ids[0])!;
    const [a, b] = [position(tapped.source), position(tapped.target)];
    const finger = { x: at.model.x + 6 / 0.5, y: at.model.y };
    const t = Math.max(
      0,
      Math.min(
        1,
        ((finger.x - a.x) * (b.x - a.x) + (finger.y - a.y) * (b.y - a.y)) /
          ((b.x - a.x) ** 2 + (b.y - a.y) ** 2),
      ),
    );
    const gap = Math.hypot(a.x + t * (b.x - a.x) - finger.x, a.y + t * (b.y - a.y) - finger.y);
    expect(gap * 0.5).toBeLessThanOrEqual(12 + 2); // screen pixels: reach plus half a line
  });

  test('a finger drags an actor Cytoscape did not hold before the touch', async ({ page }) => {
    await openBig(page);
    // An actor clear of the others, in a view zoomed out of detail (Cytoscape holds none).
    const actor = big.actors.find((a) =>
      big.actors.every(
        (b) =>
          b === a || Math.hypot(b.position!.x - a.position!.x, b.position!.y - a.position!.y) > 80,
      ),
    )!;
    await page.evaluate((p) => {
      const cy = window.__actorGraphCy;
      cy.zoom(0.5);
      cy.pan({ x: cy.width() / 2 - p.x * 0.5, y: cy.height() / 2 - p.y * 0.5 });
    }, actor.position!);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__actorGraphCy.nodes().length)).toBe(0);
    const from = await pointOf(page, actor.id);
    // Playwright's touchscreen only taps: the drag is sent as raw touch input.
    const touch = await page.context().newCDPSession(page);
    const finger = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      touch.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
      });
    await finger('touchStart', from.x, from.y);
    for (let i = 1; i <= 10; i++) await finger('touchMove', from.x + i * 8, from.y + i * 6);
    await finger('touchEnd', from.x + 80, from.y + 60);
    // Moved with the finger (not the view panned under it): 80 × 60 screen pixels at zoom 0.5.
    const at = await page.evaluate((id) => window.__actorGraphPositions()[`a:${id}`]!, actor.id);
    expect(at.x - actor.position!.x).toBeCloseTo(160, 0);
    expect(at.y - actor.position!.y).toBeCloseTo(120, 0);
  });

  test('a tap on a painted actor opens it, though Cytoscape does not hold it', async ({ page }) => {
    await openBig(page);
    // The view as fitted: thousands of actors, a few pixels each, none of them in Cytoscape.
    expect(await page.evaluate(() => window.__actorGraphCy.nodes().length)).toBe(0);
    const actor = big.actors[42]!;
    const at = await pointOf(page, actor.id);
    await page.touchscreen.tap(at.x, at.y);
    const selection = await page.evaluate(() => window.__actorGraph.store.getState().selection);
    expect(selection?.kind).toBe('actor');
    // What opened is the actor under the finger, or one drawn over it.
    const id = selection?.kind === 'actor' ? selection.id : '';
    const p = big.actors.find((a) => a.id === id)!.position!;
    const zoom = await page.evaluate(() => window.__actorGraphCy.zoom());
    const gap = Math.hypot(p.x - actor.position!.x, p.y - actor.position!.y) * zoom;
    expect(gap).toBeLessThanOrEqual(15 * zoom + 12);
  });
});

async function downloadPng(page: Page): Promise<Buffer> {
  await page.getByRole('button', { name: 'Snapshot…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Snapshot for a briefing' });
  await expect(dialog.getByTestId('snapshot-size')).toContainText('px');
  const [, w, h] = /(\d+) × (\d+) px/.exec(
    (await dialog.getByTestId('snapshot-size').textContent()) ?? '',
  )!;
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download PNG' }).click();
  const bytes = readFileSync(await (await download).path());
  // The announced size is the picture's size.
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Number(w), Number(h)]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return bytes;
}

test('a snapshot of a large graph shows what the screen shows, highlight veil included', async ({
  page,
}) => {
  await openBig(page);
  const plain = await pngPixels(page, await downloadPng(page));
  expect(plain.ink).toBeGreaterThan(0.05);
  expect(plain.vivid).toBeGreaterThan(1000);

  await zoomInOn(page, hub);
  const at = await pointOf(page, hub);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.highlight-layer')).toBeVisible();
  const bytes = await downloadPng(page);
  writeFileSync('test-results/large-graph-snapshot.png', bytes);
  const veiled = await pngPixels(page, bytes);
  // The rest is veiled as on screen; the hub's relations stand out in full colour.
  expect(veiled.ink).toBeLessThan(plain.ink);
  expect(veiled.vivid).toBeGreaterThan(100);
});

test('the WebGL switch redraws the graph with WebGL and is remembered', async ({ page }) => {
  await page.goto('/');
  await waitForGraph(page);
  const webgl = page.getByRole('button', { name: 'WebGL' });
  await expect(webgl).toHaveAttribute('aria-pressed', 'false');
  const glCanvases = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="graph-canvas"] canvas')].filter(
          (c) => (c as HTMLCanvasElement).getContext('2d') === null,
        ).length,
    );
  expect(await glCanvases()).toBe(0);
  await webgl.click();
  await expect(webgl).toHaveAttribute('aria-pressed', 'true');
  await waitForGraph(page);
  expect(await glCanvases()).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__actorGraphCy.nodes().length)).toBe(15);
  await page.reload();
  await waitForGraph(page);
  await expect(page.getByRole('button', { name: 'WebGL' })).toHaveAttribute('aria-pressed', 'true');
});
