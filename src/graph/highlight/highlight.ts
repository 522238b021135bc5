import type { Core } from 'cytoscape';
import type { Focus } from '../../model/neighbourhood';
import type { GraphState } from '../../store/graphStore';
import { memoLast } from '../../store/memo';
import { selectHighlight } from '../../store/selectors';
import { claimRelationOf } from '../attributionElements';
import { classExactly } from '../contents/elementChanges';
import type { DrawnGraph } from '../drawnGraph';
import { actorElementId, relationElementId } from '../ids';
import { CLASSES } from '../style/look';
import { createHighlightLayer } from './highlightLayer';

/** The highlight in element ids: what it brings forward, and the selection among them. */
export interface HighlightIds {
  /** Highlighted actors and relations, with the "who says so" claim elements of the relations. */
  ids: ReadonlySet<string>;
  /** The selection itself. */
  selected: readonly string[];
}

/** The highlight's actors and relations as element ids. */
function elementIdsOf(highlight: Focus): Set<string> {
  return new Set([
    ...[...highlight.actorIds].map(actorElementId),
    ...[...highlight.relationIds].map(relationElementId),
  ]);
}

/** Adds the claim elements of highlighted relations (Cytoscape holds them in every mode). */
function withClaims(ids: Set<string>, highlight: Focus, cy: Core): Set<string> {
  cy.elements('.claim, .assertion').forEach((e) => {
    const relation = claimRelationOf(e.id());
    if (relation !== null && highlight.relationIds.has(relation)) ids.add(e.id());
  });
  return ids;
}

const selectedOf = memoLast((shown: boolean, selection: GraphState['selection']): string[] => {
  if (!shown || !selection) return [];
  return selection.kind === 'actor'
    ? [actorElementId(selection.id)]
    : selection.ids.map(relationElementId);
});

/** The selected elements themselves, while the highlight shows them. */
export const selectSelectedElements = (s: GraphState) =>
  selectedOf(selectHighlight(s) !== null, s.selection);

/** The highlight of this state in element ids, as drawn on this graph. */
export function highlightIds(state: GraphState, cy: Core): HighlightIds {
  const highlight = selectHighlight(state);
  if (!highlight) return { ids: new Set(), selected: [] };
  return {
    ids: withClaims(elementIdsOf(highlight), highlight, cy),
    selected: selectSelectedElements(state),
  };
}

/**
 * The highlight — what the selection and the chosen path bring forward — is computed once
 * (selectHighlight in the store's selectors) and drawn one of two ways: in the `full` mode the
 * rest fades (classes on Cytoscape's elements); in the `lean` and `overview` modes the
 * highlight layer draws it above a veil, leaving the many untouched.
 */
export function bindHighlight(graph: DrawnGraph): {
  show: (state: GraphState) => void;
  destroy: () => void;
} {
  const { cy } = graph;
  const layer = createHighlightLayer(graph);
  const none = () => ({
    highlighted: new Set<string>(),
    faded: new Set<string>(),
    selected: new Set<string>(),
  });
  let classed = none();
  const setClasses = (next: typeof classed) => {
    cy.batch(() => {
      for (const key of ['highlighted', 'faded', 'selected'] as const)
        classExactly(cy, CLASSES[key], classed[key], next[key]);
    });
    classed = next;
  };
  return {
    show(state) {
      const highlight = selectHighlight(state);
      if (graph.mode !== 'full') {
        setClasses(none());
        const { ids, selected } = highlightIds(state, cy);
        layer.show(ids, selected);
        return;
      }
      layer.show(new Set(), []);
      if (!highlight) return setClasses(none());
      const highlighted = elementIdsOf(highlight);
      const bright = withClaims(new Set(highlighted), highlight, cy);
      const faded = new Set<string>();
      cy.elements().forEach((e) => {
        if (!bright.has(e.id())) faded.add(e.id());
      });
      setClasses({ highlighted, faded, selected: new Set(selectSelectedElements(state)) });
    },
    destroy: () => layer.destroy(),
  };
}
