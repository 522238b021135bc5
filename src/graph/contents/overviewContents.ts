import type { Core, ElementDefinition, EventObject } from 'cytoscape';
import type { Point } from '../../model/geometry';
import { updateActorMarks, type GraphContents } from './contents';
import { CLASSES } from '../style/look';
import {
  definitionOf,
  isDatasetElement,
  isShownActorNode,
  updateClaimMarks,
} from './cytoscapeContents';
import { classExactly, updateData } from './elementChanges';

/** An actor's definition, always with its current position. */
interface ActorDefinition extends ElementDefinition {
  group: 'nodes';
  position: Point;
}

/**
 * The `overview` mode: the overview canvas paints every actor and relation from its
 * definition, kept here with the actors' current positions, and Cytoscape holds only the few
 * elements kept for a reason — under the pointer, in detail, dragged, marked by a class, joined
 * by a claim — with the actors their relations join; compound groups and their members always
 * (a group's box is its members'). A Cytoscape element costs about 2 KB of memory and its share
 * of every frame even bare: holding only the few is what makes 50,000 actors cheap.
 */
export function overviewContents(cy: Core): GraphContents {
  let relations = new Map<string, ElementDefinition>();
  let actors = new Map<string, ActorDefinition>();
  /** Compound groups and their members: on Cytoscape whatever happens. */
  let groups = new Set<string>();
  let hiddenActors: ReadonlySet<string> = new Set();
  let hiddenRelations: ReadonlySet<string> = new Set();
  let matches: ReadonlySet<string> = new Set();
  /** Why elements are kept on Cytoscape: reason → element ids. */
  const kept = new Map<string, ReadonlySet<string>>();
  /** Relations around each actor, built on first need. */
  let around: Map<string, string[]> | null = null;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  // Drags and layouts move the actors Cytoscape holds: their definitions follow, so an actor
  // let go and kept again later comes back where it was left.
  const onPosition = (event: EventObject) => {
    const def = actors.get(event.target.id());
    if (def) def.position = { ...event.target.position() };
  };
  cy.on('position', 'node', onPosition);

  // Every hidden actor is listed, the groups Cytoscape holds too (they also carry the class).
  const isHidden = (id: string) => hiddenRelations.has(id) || hiddenActors.has(id);

  const actorElement = (def: ActorDefinition): ElementDefinition => ({
    group: 'nodes',
    data: { ...def.data },
    position: { ...def.position },
  });

  /** The actors Cytoscape must hold: kept, joined by a relation it holds, or in a group. */
  function wantedActors(keptRelations: ReadonlySet<string>): Set<string> {
    const want = new Set(groups);
    for (const ids of kept.values())
      for (const id of ids) if (actors.has(id) && !hiddenActors.has(id)) want.add(id);
    for (const id of keptRelations) {
      const { source, target } = relations.get(id)!.data;
      want.add(source as string).add(target as string);
    }
    // Edges Cytoscape holds besides (the "who says so" claims) keep their actors.
    cy.edges().forEach((edge) => {
      if (!relations.has(edge.id())) want.add(edge.source().id()).add(edge.target().id());
    });
    return want;
  }

  /**
   * Brings Cytoscape's elements in line with every reason together: the missing are added
   * (actors before the relations joining them), those no longer wanted — or hidden since —
   * taken off. (The filters list a relation as hidden when either of its actors is.)
   */
  function syncKept(): void {
    const keptRelations = new Set<string>();
    for (const ids of kept.values())
      for (const id of ids)
        if (relations.has(id) && !hiddenRelations.has(id)) keptRelations.add(id);
    cy.batch(() => {
      cy.remove(cy.edges().filter((e) => relations.has(e.id()) && !keptRelations.has(e.id())));
      const want = wantedActors(keptRelations);
      cy.remove(cy.nodes().filter((n) => actors.has(n.id()) && !want.has(n.id())));
      const addActors: ElementDefinition[] = [];
      for (const id of want) {
        const def = actors.get(id);
        if (def && cy.getElementById(id).empty()) addActors.push(actorElement(def));
      }
      if (addActors.length) cy.add(addActors);
      const addRelations: ElementDefinition[] = [];
      for (const id of keptRelations) {
        if (cy.getElementById(id).nonempty()) continue;
        const def = relations.get(id)!;
        const ends = [def.data.source as string, def.data.target as string];
        if (ends.every((end) => cy.getElementById(end).nonempty()))
          addRelations.push({ ...def, data: { ...def.data } });
      }
      if (addRelations.length) cy.add(addRelations);
    });
  }

  return {
    mode: 'overview',
    position(id) {
      const node = cy.getElementById(id);
      if (node.nonempty() && node.isNode()) return { ...node.position() };
      const def = actors.get(id);
      return def ? { ...def.position } : null;
    },
    ends(id) {
      const def = relations.get(id);
      if (def) return { source: def.data.source as string, target: def.data.target as string };
      const edge = cy.getElementById(id);
      return edge.nonempty() && edge.isEdge()
        ? { source: edge.source().id(), target: edge.target().id() }
        : null;
    },
    relationsAround(actorId) {
      if (!around) {
        around = new Map();
        for (const [id, def] of relations)
          for (const end of [def.data.source as string, def.data.target as string]) {
            const list = around.get(end);
            if (list) list.push(id);
            else around.set(end, [id]);
          }
      }
      return around.get(actorId) ?? [];
    },
    isHidden,
    eachShownActor(visit) {
      for (const [id, def] of actors)
        if (!hiddenActors.has(id)) visit({ id, position: def.position, data: def.data });
      for (const id of groups) {
        const node = cy.getElementById(id);
        if (node.nonempty() && node.isNode() && isShownActorNode(node))
          visit({ id, position: node.position(), data: node.data() });
      }
    },
    eachShownRelation(visit) {
      for (const [id, def] of relations) {
        const source = def.data.source as string;
        const target = def.data.target as string;
        if (hiddenRelations.has(id) || hiddenActors.has(source) || hiddenActors.has(target))
          continue;
        visit({ id, source, target, data: def.data });
      }
    },
    definition(id) {
      const e = cy.getElementById(id);
      if (e.nonempty()) return definitionOf(e);
      const actor = actors.get(id);
      if (actor) return { ...actorElement(actor), classes: [] };
      const relation = relations.get(id);
      return relation ? { group: 'edges', data: { ...relation.data }, classes: [] } : null;
    },
    positions() {
      const out = new Map<string, Point>();
      for (const [id, def] of actors) out.set(id, { ...def.position });
      cy.nodes().forEach((node) => {
        if (isDatasetElement(node)) out.set(node.id(), { ...node.position() });
      });
      return out;
    },
    setElements(defs, { moved, fresh }) {
      const wanted = new Set(defs.map((d) => d.data.id as string));
      cy.elements()
        .filter((e) => !wanted.has(e.id()) && isDatasetElement(e))
        .remove();
      groups = new Set();
      for (const def of defs)
        if (def.group === 'nodes' && def.data.parent)
          groups.add(def.data.id as string).add(def.data.parent as string);
      relations = new Map();
      actors = new Map();
      around = null;
      if (fresh) kept.clear();
      const add: ElementDefinition[] = [];
      for (const def of defs) {
        const id = def.data.id as string;
        const existing = cy.getElementById(id);
        if (def.group === 'edges') relations.set(id, def);
        else if (!groups.has(id))
          actors.set(id, { ...def, group: 'nodes', position: { ...(def.position ?? ORIGIN) } });
        else if (existing.empty()) add.push({ ...def, position: { ...(def.position ?? ORIGIN) } });
        if (existing.empty()) continue;
        updateData(existing, def.data);
        if (moved.has(id) && def.position) existing.position(def.position);
      }
      cy.add(add);
      syncKept();
      changed();
    },
    setLabels(labels) {
      cy.batch(() => {
        for (const [id, label] of labels) {
          const def = relations.get(id) ?? actors.get(id);
          if (def) def.data.label = label;
          const e = cy.getElementById(id);
          if (e.nonempty() && e.data('label') !== label) e.data('label', label);
        }
      });
    },
    setHidden(nextActors, nextRelations) {
      hiddenActors = nextActors;
      hiddenRelations = nextRelations;
      // Groups are drawn by Cytoscape: they carry the class.
      const hiddenGroups = new Set([...groups].filter((id) => nextActors.has(id)));
      classExactly(cy, CLASSES.hidden, groups, hiddenGroups);
      syncKept();
      changed();
    },
    setClaimMarks(marks) {
      cy.batch(() => {
        for (const [id, def] of relations)
          updateClaimMarks(def.data, marks, id, (key, value) => {
            def.data[key] = value;
            // Most relations are not on Cytoscape: asking by id makes no collection for them.
            if (cy.hasElementWithId(id)) cy.getElementById(id).data(key, value);
          });
      });
      changed();
    },
    setActorMarks(marks) {
      cy.batch(() => {
        for (const [id, def] of actors)
          updateActorMarks(def.data, marks, id, (key, value) => {
            if (value === undefined) delete def.data[key];
            else def.data[key] = value;
            if (!cy.hasElementWithId(id)) return;
            const node = cy.getElementById(id);
            if (value === undefined) node.removeData(key);
            else node.data(key, value);
          });
      });
      changed();
    },
    setSearchMatches(ids) {
      matches = ids;
      changed();
    },
    searchMatches: () => matches,
    keep(reason, ids) {
      const mine = new Set<string>();
      for (const id of ids) if (relations.has(id) || actors.has(id)) mine.add(id);
      const had = kept.get(reason);
      if (had?.size === mine.size && [...mine].every((id) => had.has(id))) return;
      kept.set(reason, mine);
      syncKept();
    },
    moveActors(positions) {
      for (const [id, def] of actors) {
        const p = positions.get(id);
        if (p) def.position = { x: p.x, y: p.y };
      }
      cy.batch(() => cy.nodes().positions((node) => positions.get(node.id()) ?? node.position()));
      changed();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      cy.off('position', 'node', onPosition);
      cy.elements().filter(isDatasetElement).remove();
      listeners.clear();
    },
  };
}

const ORIGIN = { x: 0, y: 0 };
