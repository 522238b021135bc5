import { checkEvidence, checkInterval, checkRelays } from './checkEvidence';
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
  collectIds(input, 'documents', 'document', out);
  const texts = new Map<string, string | undefined>();
  for (const doc of items(input, 'documents'))
    if (str(doc.id) !== undefined) texts.set(str(doc.id)!, str(doc.text));
  // Evidence may leave its document out when there is exactly one.
  const onlyDocument = texts.size === 1 ? [...texts.keys()][0] : undefined;

  checkActors(input, kinds, actors, out);
  out.push(...checkRelays(items(input, 'actors'), actors));
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
    checkInterval(rel.occurred, id, at('occurred'), out);
    const evidence = Array.isArray(rel.evidence) ? rel.evidence : [];
    evidence.forEach((value, j) => {
      const ev = (typeof value === 'object' && value ? value : {}) as Loose;
      const path = at('evidence', j);
      const named = str(ev.document);
      const document = named ?? onlyDocument;
      if (named !== undefined && !texts.has(named)) {
        out.push(
          problem(
            'AG036',
            jsonPath(['relations', i, 'evidence', j, 'document']),
            `Relation "${id}": evidence names document "${named}", which does not exist.`,
          ),
        );
      } else if (document === undefined) {
        out.push(
          problem(
            'AG037',
            path,
            `Relation "${id}": evidence names no document, and the dataset has ${texts.size} documents.`,
          ),
        );
      } else checkEvidence(ev, texts.get(document), id, document, path, out);
      const chain = Array.isArray(ev.assertedBy) ? ev.assertedBy : [];
      chain.forEach((ref, k) => {
        if (typeof ref === 'string' && !actors.has(ref))
          out.push(
            problem(
              'AG033',
              jsonPath(['relations', i, 'evidence', j, 'assertedBy', k]),
              `Relation "${id}": evidence is asserted by "${ref}", which does not exist.`,
            ),
          );
      });
    });
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
