import { problem, type Problem } from './problem';

/*
 * A value of megabytes where a name belongs (a 60 MB label) froze the page for minutes:
 * Cytoscape, the table and the details measure and lay out every name they draw. Such values
 * are cut when a file is read, with a warning saying which and where; the article text, which
 * the panel draws in blocks, and the quotes in it are left whole.
 */

/** Names: drawn in the graph, the table, the legend. */
export const NAME_LIMIT = 1_000;
/** Any other text: notes, descriptions, properties, addresses. */
export const TEXT_LIMIT = 100_000;

const NAME_KEYS = new Set(['label', 'title', 'name']);

type Found = { path: (string | number)[]; length: number; limit: number };

/** The limit of a string at this path: names, whole texts, or everything else. */
function limitAt(path: readonly (string | number)[]): number {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  // A document's text is whole by nature: evidence offsets point into it.
  if (path.length === 3 && path[0] === 'documents' && key === 'text') return Infinity;
  if (key === 'quote' && parent !== undefined && path[path.length - 3] === 'evidence')
    return Infinity;
  if (typeof key === 'string' && NAME_KEYS.has(key)) return NAME_LIMIT;
  if (parent === 'labels' || parent === 'aliases') return NAME_LIMIT;
  return TEXT_LIMIT;
}

function find(value: unknown, path: (string | number)[], out: Found[]): void {
  if (typeof value === 'string') {
    const limit = limitAt(path);
    if (value.length > limit) out.push({ path: [...path], length: value.length, limit });
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      find(value[i], path, out);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      find((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/** A copy of `root` with the string at `path` cut to `limit` characters (and an ellipsis). */
function cutAt(root: unknown, path: readonly (string | number)[], limit: number): unknown {
  if (path.length === 0) return `${(root as string).slice(0, limit - 1)}…`;
  const [head, ...rest] = path;
  const copy = Array.isArray(root) ? [...root] : { ...(root as Record<string, unknown>) };
  (copy as Record<string | number, unknown>)[head!] = cutAt(
    (root as Record<string | number, unknown>)[head!],
    rest,
    limit,
  );
  return copy;
}

const pathText = (path: readonly (string | number)[]) =>
  '$' + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('');

/** The input with oversized values cut, and one warning naming them (the first ten). */
export function cutOversized(input: unknown): { value: unknown; problems: Problem[] } {
  const found: Found[] = [];
  find(input, [], found);
  if (found.length === 0) return { value: input, problems: [] };
  let value = input;
  for (const f of found) value = cutAt(value, f.path, f.limit);
  const named = found
    .slice(0, 10)
    .map(
      (f) =>
        `${pathText(f.path)} (${f.length.toLocaleString('en')} characters → ${f.limit.toLocaleString('en')})`,
    )
    .join(', ');
  const more = found.length > 10 ? ` and ${found.length - 10} more` : '';
  return {
    value,
    problems: [
      problem(
        'AG069',
        pathText(found[0]!.path),
        `${found.length === 1 ? 'A value was' : `${found.length} values were`} too long to draw and ${found.length === 1 ? 'was' : 'were'} cut: ${named}${more}.`,
        'warning',
      ),
    ],
  };
}
