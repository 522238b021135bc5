/*
 * The checks of version 2's story fields that a schema cannot express: intervals, relays and
 * each quote against its document's text. Called by checkReferences.ts.
 */
import { jsonPath, problem, type Problem } from './problem';

type Loose = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** An interval's end must not come before its start (ISO dates of one form compare as text). */
export function checkInterval(value: unknown, id: string, path: string, out: Problem[]): void {
  if (typeof value !== 'object' || !value) return;
  const { start, end } = value as Loose;
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (end.slice(0, start.length) < start.slice(0, end.length)) {
    out.push(
      problem(
        'AG038',
        path,
        `Relation "${id}": it occurred from ${start} to ${end}, which ends first.`,
      ),
    );
  }
}

/** `relays` must name an actor, and following it must end somewhere. */
export function checkRelays(actors: Loose[], ids: Set<string>): Problem[] {
  const out: Problem[] = [];
  const relays = new Map<string, string>();
  actors.forEach((actor, i) => {
    const id = str(actor.id);
    const to = str(actor.relays);
    if (id === undefined || to === undefined) return;
    if (!ids.has(to))
      out.push(
        problem(
          'AG033',
          jsonPath(['actors', i, 'relays']),
          `Actor "${id}" relays "${to}", which does not exist.`,
        ),
      );
    else relays.set(id, to);
  });
  const reported = new Set<string>();
  actors.forEach((actor, i) => {
    const id = str(actor.id);
    if (id === undefined || reported.has(id)) return;
    const seen = [id];
    for (let next = relays.get(id); next !== undefined; next = relays.get(next)) {
      if (next === id) {
        seen.forEach((s) => reported.add(s));
        out.push(
          problem(
            'AG039',
            jsonPath(['actors', i, 'relays']),
            `Actor "${id}" relays words that come back to it: ${[...seen, id].join(' → ')}. Its claims count as its own.`,
            'warning',
          ),
        );
        return;
      }
      if (seen.includes(next)) return;
      seen.push(next);
    }
  });
  return out;
}

/** A quote's offsets against its document's text (or the lack of one). */
export function checkEvidence(
  ev: Loose,
  text: string | undefined,
  id: string,
  document: string,
  path: string,
  out: Problem[],
): void {
  const { start, end, quote } = ev;
  if ((typeof start === 'number') !== (typeof end === 'number')) {
    out.push(problem('AG043', path, `Relation "${id}": evidence gives only one of start and end.`));
    return;
  }
  if (typeof start !== 'number' || typeof end !== 'number' || typeof quote !== 'string') return;
  if (text === undefined) {
    out.push(
      problem(
        'AG042',
        path,
        `Relation "${id}": evidence has offsets, but document "${document}" has no text; leave them out to let the quote stand alone.`,
      ),
    );
    return;
  }
  if (start > end) {
    out.push(
      problem('AG043', path, `Relation "${id}": evidence starts at ${start} but ends at ${end}.`),
    );
    return;
  }
  if (end > text.length) {
    out.push(
      problem(
        'AG040',
        path,
        `Relation "${id}": evidence ends at ${end}, beyond the ${text.length} characters of document "${document}".`,
      ),
    );
    return;
  }
  const found = text.slice(start, end);
  if (found !== quote) {
    out.push(
      problem(
        'AG041',
        path,
        `Relation "${id}": quote ${clip(quote)} does not match document "${document}" at ${start}–${end}, which reads ${clip(found)}.`,
      ),
    );
  }
}

function clip(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}
