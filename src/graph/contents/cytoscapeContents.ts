import type { Core, ElementDefinition, NodeSingular, SingularElementArgument } from 'cytoscape';
import { claimRelationOf } from '../attributionElements';
import type { Point } from '../../model/geometry';
import { CLASSES } from '../style/look';
import { updateActorMarks, type ClaimMarks, type GraphContents } from './contents';
import { classExactly, updateData } from './elementChanges';

const HIDDEN = CLASSES.hidden;
const SEARCH_MATCH = CLASSES.searchMatch;

/** Whether an element is one of the dataset's, not a "who says so" claim element. */
export const isDatasetElement = (e: SingularElementArgument) => claimRelationOf(e.id()) === null;

/** Whether a node Cytoscape holds is an actor the filters leave shown (not a group, not a claim). */
export const isShownActorNode = (node: NodeSingular): boolean =>
  !node.hasClass(HIDDEN) &&
  !node.isParent() &&
  isDatasetElement(node) &&
  !(node.isChild() && node.ancestors().some((a) => (a as NodeSingular).hasClass(HIDDEN)));

/** A fresh definition of an element Cytoscape holds: data, position and classes. */
export const definitionOf = (e: SingularElementArgument): ElementDefinition => ({
  group: e.isNode() ? 'nodes' : 'edges',
  data: { ...(e.data() as Record<string, unknown>) },
  ...(e.isNode() ? { position: { ...(e as NodeSingular).position() } } : {}),
  classes: e.classes(),
});

/**
 * The `full` and `lean` modes: Cytoscape holds every element. Hidden elements and search
 * matches carry a class; nothing needs keeping.
 */
export function cytoscapeContents(cy: Core, mode: 'full' | 'lean'): GraphContents {
  let hidden: ReadonlySet<string> = new Set();
  let matches: ReadonlySet<string> = new Set();
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());
  return {
    mode,
    position(id) {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : null;
    },
    ends(id) {
      const edge = cy.getElementById(id);
      if (edge.empty() || !edge.isEdge()) return null;
      return { source: edge.source().id(), target: edge.target().id() };
    },
    relationsAround: (id) =>
      cy
        .getElementById(id)
        .connectedEdges()
        .filter(isDatasetElement)
        .map((e) => e.id()),
    isHidden: (id) => cy.getElementById(id).hasClass(HIDDEN),
    eachShownActor(visit) {
      cy.nodes().forEach((node) => {
        if (isShownActorNode(node))
          visit({ id: node.id(), position: node.position(), data: node.data() });
      });
    },
    eachShownRelation(visit) {
      cy.edges().forEach((edge) => {
        if (edge.hasClass(HIDDEN) || !isDatasetElement(edge)) return;
        visit({
          id: edge.id(),
          source: edge.source().id(),
          target: edge.target().id(),
          data: edge.data(),
        });
      });
    },
    definition(id) {
      const e = cy.getElementById(id);
      return e.empty() ? null : definitionOf(e);
    },
    positions() {
      const out = new Map<string, Point>();
      cy.nodes().forEach((node) => {
        if (isDatasetElement(node)) out.set(node.id(), { ...node.position() });
      });
      return out;
    },
    setElements(defs, { moved }) {
      const wanted = new Set(defs.map((d) => d.data.id as string));
      cy.elements()
        .filter((e) => !wanted.has(e.id()) && isDatasetElement(e))
        .remove();
      const add: ElementDefinition[] = [];
      for (const def of defs) {
        const existing = cy.getElementById(def.data.id as string);
        if (existing.empty()) {
          add.push({ ...def, data: { ...def.data } });
          continue;
        }
        updateData(existing, def.data);
        if (moved.has(existing.id()) && def.position) existing.position(def.position);
      }
      cy.add(add);
      changed();
    },
    setLabels(labels) {
      cy.batch(() => {
        for (const [id, label] of labels) {
          const e = cy.getElementById(id);
          if (e.nonempty() && e.data('label') !== label) e.data('label', label);
        }
      });
    },
    setHidden(actors, relations) {
      const next = new Set([...actors, ...relations]);
      classExactly(cy, HIDDEN, hidden, next);
      hidden = next;
      changed();
    },
    setClaimMarks(marks) {
      cy.batch(() =>
        cy.edges().forEach((edge) => {
          // Claim and "asserts" edges of the who-says-so view carry no status and no marks.
          if (edge.data('status') === undefined) return;
          updateClaimMarks(edge.data(), marks, edge.id(), (key, value) => edge.data(key, value));
        }),
      );
      changed();
    },
    setActorMarks(marks) {
      cy.batch(() =>
        cy.nodes().forEach((node) => {
          // Groups and the claims of the who-says-so view have no kind colour: not actors.
          if (node.data('kindColor') === undefined) return;
          updateActorMarks(node.data(), marks, node.id(), (key, value) =>
            value === undefined ? node.removeData(key) : node.data(key, value),
          );
        }),
      );
      changed();
    },
    setSearchMatches(ids) {
      classExactly(cy, SEARCH_MATCH, matches, ids);
      matches = ids;
      changed();
    },
    searchMatches: () => matches,
    keep() {},
    moveActors(positions) {
      cy.batch(() =>
        cy.nodes().positions((node: NodeSingular) => positions.get(node.id()) ?? node.position()),
      );
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      cy.elements().filter(isDatasetElement).remove();
      listeners.clear();
    },
  };
}

/** Brings a relation's `sources` (1, 2, or 3 for three and more) and `disputed` in line. */
export function updateClaimMarks(
  data: Record<string, unknown>,
  marks: ClaimMarks,
  id: string,
  write: (key: string, value: unknown) => void,
): void {
  const sources = Math.min(3, Math.max(1, marks.sources.get(id) ?? 1));
  if (((data.sources as number | undefined) ?? 1) !== sources) write('sources', sources);
  const disputed = marks.disputed.has(id);
  if (data.disputed !== disputed) write('disputed', disputed);
}
