import { jsonPath, problem, type Problem } from './problem';

type Loose = Record<string, unknown>;

function items(input: Loose, key: string): Loose[] {
  const value = input[key];
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' && v ? v : {}) as Loose)
    : [];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Ids of one collection; reports duplicates. */
function collectIds(input: Loose, key: string, what: string, out: Problem[]): Set<string> {
  const seen = new Set<string>();
  items(input, key).forEach((item, i) => {
    const id = str(item.id);
    if (id === undefined) return;
    if (seen.has(id)) {
      out.push(problem('AG020', jsonPath([key, i, 'id']), `Duplicate ${what} id "${id}".`));
    }
    seen.add(id);
  });
  return seen;
}

/**
 * Cross-references that a schema cannot express. Works on the raw (possibly invalid)
 * input so every problem is reported in one pass.
 */
export function checkReferences(input: Loose): Problem[] {
  const out: Problem[] = [];
  const kinds = collectIds(input, 'actorKinds', 'actor kind', out);
  const types = collectIds(input, 'relationTypes', 'relation type', out);
  const actors = collectIds(input, 'actors', 'actor', out);
  const relations = collectIds(input, 'relations', 'relation', out);

  checkActors(input, kinds, actors, out);

  const article = input.article as Loose | undefined;
  const text = article && typeof article === 'object' ? str(article.text) : undefined;
  items(input, 'relations').forEach((rel, i) => {
    const id = str(rel.id) ?? `#${i}`;
    const at = (...rest: PropertyKey[]) => jsonPath(['relations', i, ...rest]);
    for (const end of ['source', 'target'] as const) {
      const ref = str(rel[end]);
      if (ref !== undefined && !actors.has(ref)) {
        out.push(
          problem('AG030', at(end), `Relation "${id}": ${end} actor "${ref}" does not exist.`),
        );
      }
    }
    const type = str(rel.type);
    if (type !== undefined && !types.has(type)) {
      out.push(problem('AG031', at('type'), `Relation "${id}": type "${type}" is not declared.`));
    }
    const disputes = str(rel.disputes);
    if (disputes !== undefined && disputes === id) {
      out.push(problem('AG035', at('disputes'), `Relation "${id}" disputes itself.`));
    } else if (disputes !== undefined && !relations.has(disputes)) {
      out.push(
        problem(
          'AG032',
          at('disputes'),
          `Relation "${id}" disputes "${disputes}", which does not exist.`,
        ),
      );
    }
    const assertedBy = Array.isArray(rel.assertedBy) ? rel.assertedBy : [];
    assertedBy.forEach((ref, j) => {
      if (typeof ref === 'string' && !actors.has(ref)) {
        out.push(
          problem(
            'AG033',
            at('assertedBy', j),
            `Relation "${id}" is asserted by "${ref}", which does not exist.`,
          ),
        );
      }
    });
    const evidence = Array.isArray(rel.evidence) ? rel.evidence : [];
    evidence.forEach((ev, j) => checkEvidence(ev as Loose, text, id, at('evidence', j), out));
  });
  return out;
}

function checkActors(input: Loose, kinds: Set<string>, actors: Set<string>, out: Problem[]): void {
  const parents = new Map<string, string>();
  items(input, 'actors').forEach((actor, i) => {
    const id = str(actor.id) ?? `#${i}`;
    const kind = str(actor.kind);
    if (kind !== undefined && !kinds.has(kind)) {
      out.push(
        problem(
          'AG050',
          jsonPath(['actors', i, 'kind']),
          `Actor "${id}": kind "${kind}" is not declared; drawn as "unknown".`,
          'warning',
        ),
      );
    }
    const parent = str(actor.parent);
    if (parent === undefined) return;
    if (!actors.has(parent)) {
      out.push(
        problem(
          'AG034',
          jsonPath(['actors', i, 'parent']),
          `Actor "${id}": parent "${parent}" does not exist.`,
        ),
      );
    } else {
      parents.set(id, parent);
    }
  });
  items(input, 'actors').forEach((actor, i) => {
    const id = str(actor.id);
    if (id === undefined) return;
    const seen = new Set<string>([id]);
    for (let p = parents.get(id); p !== undefined; p = parents.get(p)) {
      if (seen.has(p)) {
        out.push(
          problem('AG034', jsonPath(['actors', i, 'parent']), `Actor "${id}" is its own ancestor.`),
        );
        return;
      }
      seen.add(p);
    }
  });
}

function checkEvidence(
  ev: Loose,
  text: string | undefined,
  id: string,
  path: string,
  out: Problem[],
): void {
  const { start, end, quote } = ev;
  if (typeof start !== 'number' || typeof end !== 'number' || typeof quote !== 'string') return;
  if (text === undefined) {
    out.push(
      problem(
        'AG042',
        path,
        `Relation "${id}": evidence offsets cannot be checked without article text.`,
        'warning',
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
        `Relation "${id}": evidence ends at ${end}, beyond the article's ${text.length} characters.`,
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
        `Relation "${id}": quote ${clip(quote)} does not match the article at ${start}–${end}, which reads ${clip(found)}.`,
      ),
    );
  }
}

function clip(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
}
