/**
 * Runs a task once the page is idle — after the frame in hand has been painted — and at the
 * latest after `timeoutMs`; returns its cancel. Where the browser cannot tell idleness (tests),
 * right after the current task.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}
