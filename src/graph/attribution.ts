import type { ElementDefinition } from 'cytoscape';
import { t } from '../i18n/i18n';
import type { GraphState } from '../store/graphStore';
import { selectIndex, selectLabels, selectVisible } from '../store/selectors';
import { attributionElements, claimRelationOf } from './attributionElements';
import type { DrawnGraph } from './drawnGraph';
import { graphWordsFor } from './graphWords';

/** Places claim nodes on the middle of their relation's (possibly curved) edge. */
function placeClaims(graph: DrawnGraph): void {
  const { cy, contents } = graph;
  cy.nodes('.claim').forEach((claim) => {
    const edge = cy.getElementById(claim.data('relation') as string);
    if (edge.empty()) {
      // A relation the overview paints is drawn straight.
      const ends = contents.ends(claim.data('relation') as string);
      if (!ends) return;
      const a = contents.position(ends.source);
      const b = contents.position(ends.target);
      if (a && b) claim.position({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
      return;
    }
    let at: { x: number; y: number };
    try {
      at = edge.midpoint();
    } catch {
      // Headless instances draw no curves: the straight line's middle will do.
      const a = edge.source().position();
      const b = edge.target().position();
      at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    claim.position(at);
  });
}

/**
 * Adds and removes the derived "who says so" elements by diff when the view mode, the
 * visible relations or the language change; leaves every other element alone.
 */
export function bindAttribution(graph: DrawnGraph): (state: GraphState) => void {
  const { cy } = graph;
  let key: unknown[] = [];
  let shown = false;
  return (state) => {
    // In the events view with nothing drawn, filters and edits have nothing to update here
    // (no scan of every element on the filter path).
    if (state.viewMode === 'events' && !shown) {
      key = [];
      return;
    }
    const visible = selectVisible(state);
    const labels = selectLabels(state);
    const next = [state.viewMode, state.dataset, visible, labels];
    if (next.every((v, i) => v === key[i])) return;
    key = next;
    const defs: ElementDefinition[] =
      state.viewMode === 'attribution'
        ? attributionElements(state.dataset, visible, {
            claim: (rid, root) => {
              const r = selectIndex(state).relations.get(rid);
              const claim = r ? graphWordsFor(state).labels.verb(r) : rid;
              return t('graph.claimLabel', { claim, root, lng: state.language });
            },
            asserts: t('graph.asserts', { lng: state.language }),
            sourceFor: t('graph.citesSource', { lng: state.language }),
            actor: labels.actor,
          })
        : [];
    shown = state.viewMode === 'attribution';
    const wanted = new Map(defs.map((d) => [d.data.id as string, d]));
    // The actors the claims' edges join must be on Cytoscape.
    const joined = defs.flatMap((d) => (d.group === 'edges' ? [d.data.source, d.data.target] : []));
    cy.batch(() => {
      cy.elements()
        .filter((e) => claimRelationOf(e.id()) !== null && !wanted.has(e.id()))
        .remove();
      graph.contents.keep('claims', joined as string[]);
      const toAdd = defs.filter((d) => cy.getElementById(d.data.id as string).empty());
      for (const d of defs) {
        const existing = cy.getElementById(d.data.id as string);
        if (existing.nonempty()) existing.data('label', d.data.label);
      }
      cy.add(toAdd);
      cy.edges('.claimed').removeClass('claimed');
      cy.nodes('.claim').forEach((c) => {
        cy.getElementById(c.data('relation') as string).addClass('claimed');
      });
    });
    placeClaims(graph);
  };
}
