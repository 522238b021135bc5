import type { Page } from 'playwright-core';

/** A user looks at what changed before acting again; also the quiet window of "→ quiet". */
export const QUIET_MS = 1000;

/** JS heap after a forced garbage collection, in MB. */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** Opens the app and waits until its automation interface is there. */
export async function openApp(page: Page, address: string): Promise<void> {
  await page.goto(address);
  await page.waitForFunction(
    () => (window as unknown as { __actorGraph?: { ready: boolean } }).__actorGraph?.ready,
  );
}

/** Waits a quiet moment, so that an action does not pay for what the previous one left queued. */
export const pause = (page: Page) =>
  page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), QUIET_MS);

/** What the user waits for after an action: the next painted frame, and the page quiet. */
export interface Timing {
  /** Action → the frame showing its result. */
  paint: number;
  /**
   * Action → quiet: the later of that frame and the end of the last long task (> 50 ms)
   * before a quiet second — the way "time to interactive" counts, so the work scheduled after
   * the frame (panels, caches, idle checks) is paid for too.
   */
  quiet: number;
}

/**
 * Calls an async function of the page (a dotted path from `window`, resolving once its result
 * is painted) and times it to the paint and to quiet.
 */
export const timed = (page: Page, fn: string, ...params: unknown[]): Promise<Timing> =>
  page.evaluate(
    async ({ fn, params, quietMs }) => {
      const path = fn.split('.');
      let target: unknown = window;
      for (const p of path.slice(0, -1)) target = (target as Record<string, unknown>)[p];
      const call = (target as Record<string, (...a: unknown[]) => Promise<unknown>>)[path.at(-1)!]!;
      let busyUntil = 0;
      let lastSeen = 0;
      const t0 = performance.now();
      // Buffered: the task this very call runs in is reported once it ends.
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          if (e.startTime + e.duration > t0)
            busyUntil = Math.max(busyUntil, e.startTime + e.duration);
        lastSeen = performance.now();
      });
      observer.observe({ type: 'longtask', buffered: true });
      await call.apply(target, params);
      const painted = performance.now();
      lastSeen = Math.max(lastSeen, painted);
      while (performance.now() - lastSeen < quietMs) await new Promise((r) => setTimeout(r, 50));
      observer.disconnect();
      return { paint: painted - t0, quiet: Math.max(painted, busyUntil) - t0 };
    },
    { fn, params, quietMs: QUIET_MS },
  );

/**
 * Frames a second while the view zooms and pans continuously over the whole graph: each frame
 * moves the view of the page's Cytoscape instance (`cyPath`) one step, for `frames` frames.
 */
export const zoomPanFps = (page: Page, cyPath: string, frames = 90): Promise<number> =>
  page.evaluate(
    async ({ cyPath, frames }) => {
      let cy: unknown = window;
      for (const p of cyPath.split('.')) cy = (cy as Record<string, unknown>)[p];
      const core = cy as {
        zoom: () => number;
        pan: () => { x: number; y: number };
        viewport: (v: { zoom: number; pan: { x: number; y: number } }) => void;
      };
      const zoom = core.zoom();
      const pan = core.pan();
      // (No named helpers in here: the bundler would wrap them in a function the page lacks.)
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      for (let i = 1; i <= frames; i++) {
        const phase = (i / frames) * Math.PI * 2;
        const z = zoom * (1 + 0.6 * Math.sin(phase));
        core.viewport({
          zoom: z,
          pan: { x: pan.x + 150 * Math.sin(2 * phase), y: pan.y + 100 * Math.sin(phase) },
        });
        await new Promise((r) => requestAnimationFrame(r));
      }
      return (frames * 1000) / (performance.now() - t0);
    },
    { cyPath, frames },
  );

/**
 * Navigation → the seed graph painted and the page answering (ms since navigation), counted
 * as `timed` counts quiet.
 */
export const seedShown = (page: Page) =>
  page.evaluate(async (quietMs) => {
    const mark = 'actor-graph:first-graph';
    while (performance.getEntriesByName(mark).length === 0)
      await new Promise((r) => setTimeout(r, 5));
    const painted = performance.getEntriesByName(mark)[0]!.startTime;
    let busyUntil = 0;
    let lastSeen = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const t of list.getEntries()) busyUntil = Math.max(busyUntil, t.startTime + t.duration);
      lastSeen = performance.now();
    });
    observer.observe({ type: 'longtask', buffered: true });
    while (performance.now() - Math.max(lastSeen, painted) < quietMs)
      await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    return Math.max(painted, busyUntil);
  }, QUIET_MS);
