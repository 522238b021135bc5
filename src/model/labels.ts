import { UNKNOWN_KIND } from './appearance';
import type { Dataset, Relation } from './schema';

export type Language = 'en' | 'de';
export const LANGUAGES: readonly Language[] = ['en', 'de'];

interface Labelled {
  label: string;
  labels?: Record<string, string> | undefined;
}

/** An item's label in the chosen language, falling back to its `label`. */
export const localLabel = (item: Labelled, lang: string): string =>
  item.labels?.[lang] ?? item.label;

/** Every name the dataset gives things, in one language. */
export interface Labels {
  actor: (id: string) => string;
  kind: (id: string) => string;
  type: (id: string) => string;
  /** The relation's own wording, or its type's label. */
  verb: (relation: Relation) => string;
  /** "Russia requests military aid from China". */
  sentence: (relation: Relation) => string;
}

export function buildLabels(dataset: Dataset, lang: string, unknownKind: string): Labels {
  const actors = new Map(dataset.actors.map((a) => [a.id, localLabel(a, lang)]));
  const kinds = new Map(dataset.actorKinds.map((k) => [k.id, localLabel(k, lang)]));
  const types = new Map(dataset.relationTypes.map((t) => [t.id, localLabel(t, lang)]));
  const actor = (id: string) => actors.get(id) ?? id;
  const type = (id: string) => types.get(id) ?? id;
  const verb = (r: Relation) =>
    r.label !== undefined ? localLabel({ label: r.label, labels: r.labels }, lang) : type(r.type);
  return {
    actor,
    kind: (id) => (id === UNKNOWN_KIND ? unknownKind : (kinds.get(id) ?? id)),
    type,
    verb,
    sentence: (r) => `${actor(r.source)} ${verb(r)} ${actor(r.target)}`,
  };
}
