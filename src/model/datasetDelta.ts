import type { Dataset } from './schema';

/**
 * A run of a new array: `[from, length]` copies that many items of the old array from `from`,
 * `{ items }` are new. An edit changes a few items of arrays of thousands, so a handful of runs
 * describe it.
 */
export type Run = [from: number, length: number] | { items: unknown[] };

/** How one dataset became the next, field by field (unchanged fields are left out). */
export type DatasetDelta = Record<string, { runs: Run[] } | { value: unknown } | { removed: true }>;

function runsOf(before: readonly unknown[], after: readonly unknown[]): Run[] {
  const at = new Map<unknown, number>();
  before.forEach((item, i) => {
    if (!at.has(item)) at.set(item, i);
  });
  const runs: Run[] = [];
  for (const item of after) {
    const from = at.get(item);
    const last = runs[runs.length - 1];
    if (from === undefined) {
      if (last && !Array.isArray(last)) last.items.push(item);
      else runs.push({ items: [item] });
    } else if (Array.isArray(last) && last[0] + last[1] === from) last[1]++;
    else runs.push([from, 1]);
  }
  return runs;
}

/**
 * What changed from one dataset to the next, told by identity: edits (model/edit.ts) keep every
 * actor, relation and field they do not change, so the delta of an edit is small whatever the
 * graph's size. Used to keep the undo history in the browser (io/savedWork.ts).
 */
export function datasetDelta(before: Dataset, after: Dataset): DatasetDelta {
  const delta: DatasetDelta = {};
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (a[key] === b[key]) continue;
    if (!(key in b)) delta[key] = { removed: true };
    else if (Array.isArray(a[key]) && Array.isArray(b[key]))
      delta[key] = { runs: runsOf(a[key] as unknown[], b[key] as unknown[]) };
    else delta[key] = { value: b[key] };
  }
  return delta;
}

/** The next dataset, from the one before and the delta between them. */
export function applyDelta(before: Dataset, delta: DatasetDelta): Dataset {
  const out: Record<string, unknown> = { ...(before as unknown as Record<string, unknown>) };
  for (const [key, change] of Object.entries(delta)) {
    if ('removed' in change) delete out[key];
    else if ('value' in change) out[key] = change.value;
    else {
      const old = (out[key] ?? []) as unknown[];
      out[key] = change.runs.flatMap((run) =>
        Array.isArray(run) ? old.slice(run[0], run[0] + run[1]) : run.items,
      );
    }
  }
  return out as unknown as Dataset;
}
