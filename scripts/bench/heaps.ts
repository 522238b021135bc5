import type { Browser, CDPSession } from 'playwright-core';

/**
 * The JS heaps of every page and worker of the browser, sampled while an action runs: workers
 * (the import worker, the engine's, the layout's) have heaps of their own that the page's
 * `Runtime.getHeapUsage` does not count. Reached through the browser's DevTools session.
 */
export async function sampleHeaps(browser: Browser, everyMs = 1000) {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const peaks = new Map<string, number>();
  const replies = new Map<number, (result: { usedSize: number } | null) => void>();
  let next = 1;
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id: number; result?: { usedSize: number } };
    replies.get(message.id)?.(message.result ?? null);
    replies.delete(message.id);
  });
  const usage = async (targetId: string) => {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const id = next++;
    const result = await new Promise<{ usedSize: number } | null>((resolve) => {
      replies.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
      });
      setTimeout(() => resolve(null), 2000);
    });
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return result;
  };
  let total = 0;
  const sample = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    let sum = 0;
    for (const t of targetInfos) {
      if (t.type !== 'worker' && t.type !== 'page') continue;
      const result = await usage(t.targetId).catch(() => null);
      if (!result) continue;
      const mb = result.usedSize / 1e6;
      sum += mb;
      const name = t.type === 'page' ? 'page' : (t.url.split('/').pop() ?? 'worker').split('-')[0]!;
      peaks.set(name, Math.max(peaks.get(name) ?? 0, mb));
    }
    total = Math.max(total, sum);
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      await sample().catch(() => {});
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach().catch(() => {});
    return {
      totalMb: total,
      peaksMb: Object.fromEntries([...peaks].map(([k, v]) => [k, Math.round(v)])),
    };
  };
}
