import type { EventObject } from 'cytoscape';
import { t } from '../i18n/i18n';
import { effectiveKind } from '../model/appearance';
import { statusOf } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { selectIndex, selectKindStyles, selectLabels } from '../store/selectors';
import { claimRelationOf } from './attributionElements';
import type { DrawnGraph } from './drawnGraph';
import { isActorElementId, modelIdOf } from './ids';

/** Lines shown when hovering an element; text only, never HTML from the dataset. */
export function tooltipLines(state: GraphState, elementId: string): string[] {
  const index = selectIndex(state);
  const labels = selectLabels(state);
  const lng = state.language;
  if (isActorElementId(elementId)) {
    const actor = index.actors.get(modelIdOf(elementId));
    if (!actor) return [];
    const kinds = selectKindStyles(state);
    const aka = actor.aliases?.length
      ? [t('graph.also', { names: actor.aliases.join(', '), lng })]
      : [];
    return [labels.actor(actor.id), labels.kind(effectiveKind(kinds, actor.kind)), ...aka];
  }
  const relation = index.relations.get(claimRelationOf(elementId) ?? modelIdOf(elementId));
  if (!relation) return [];
  const quote = relation.evidence[0]?.quote;
  return [
    labels.sentence(relation),
    t('graph.statusTooltip', { status: t(`status.${statusOf(relation)}`, { lng }), lng }),
    ...(quote ? [`„${quote.length > 120 ? `${quote.slice(0, 117)}…` : quote}“`] : []),
  ];
}

/** A tooltip that follows the pointer over actors and relations. */
export function bindTooltips(graph: DrawnGraph, getState: () => GraphState): () => void {
  const { cy } = graph;
  const container = cy.container();
  if (!container) return () => {};
  const tip = document.createElement('div');
  tip.className = 'graph-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.appendChild(tip);

  const move = (event: EventObject) => {
    const p = event.renderedPosition ?? { x: 0, y: 0 };
    const x = Math.min(p.x + 14, container.clientWidth - tip.offsetWidth - 4);
    const below = p.y + 14 + tip.offsetHeight <= container.clientHeight;
    const y = below ? p.y + 14 : p.y - tip.offsetHeight - 10;
    tip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
  };
  const show = (event: EventObject) => {
    if (graph.contents.isHidden(event.target.id() as string)) return;
    const lines = tooltipLines(getState(), event.target.id() as string);
    if (!lines.length) return;
    tip.replaceChildren(
      ...lines.map((line, i) => {
        const el = document.createElement(i === 0 ? 'strong' : 'div');
        el.textContent = line;
        return el;
      }),
    );
    tip.hidden = false;
    move(event);
  };
  const hide = () => {
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mousemove', 'node, edge', move);
  cy.on('mouseout', 'node, edge', hide);
  // A tooltip would stay behind where a dragged actor was picked up.
  cy.on('pan zoom grab', hide);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mousemove', 'node, edge', move);
    cy.off('mouseout', 'node, edge', hide);
    cy.off('pan zoom grab', hide);
    tip.remove();
  };
}
