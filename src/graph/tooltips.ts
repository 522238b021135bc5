import type { Core, EventObject } from 'cytoscape';
import type { StoreApi } from 'zustand/vanilla';
import { effectiveKind } from '../model/appearance';
import { describeRelation } from '../model/describe';
import { statusOf, STATUS_WORDS } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { selectIndex, selectKindStyles, selectTypeStyles } from '../store/selectors';
import { isActorElementId, modelIdOf } from './ids';

/** Lines shown when hovering an element; text only, never HTML from the dataset. */
export function tooltipLines(state: GraphState, elementId: string): string[] {
  const index = selectIndex(state);
  const id = modelIdOf(elementId);
  if (isActorElementId(elementId)) {
    const actor = index.actors.get(id);
    if (!actor) return [];
    const kinds = selectKindStyles(state);
    const kind = kinds.get(effectiveKind(kinds, actor.kind))?.label ?? actor.kind;
    const aka = actor.aliases?.length ? [`also: ${actor.aliases.join(', ')}`] : [];
    return [actor.label, kind, ...aka];
  }
  const relation = index.relations.get(id);
  if (!relation) return [];
  const quote = relation.evidence[0]?.quote;
  return [
    describeRelation(index, selectTypeStyles(state), relation),
    `status: ${STATUS_WORDS[statusOf(relation)].label}`,
    ...(quote ? [`„${quote.length > 120 ? `${quote.slice(0, 117)}…` : quote}“`] : []),
  ];
}

/** A tooltip that follows the pointer over actors and relations. */
export function bindTooltips(cy: Core, store: StoreApi<GraphState>): () => void {
  const container = cy.container();
  if (!container) return () => {};
  const tip = document.createElement('div');
  tip.className = 'graph-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  container.appendChild(tip);

  const show = (event: EventObject) => {
    const lines = tooltipLines(store.getState(), event.target.id() as string);
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
  const move = (event: EventObject) => {
    const p = event.renderedPosition ?? { x: 0, y: 0 };
    const x = Math.min(p.x + 14, container.clientWidth - tip.offsetWidth - 4);
    const y =
      p.y + 14 + tip.offsetHeight > container.clientHeight ? p.y - tip.offsetHeight - 10 : p.y + 14;
    tip.style.transform = `translate(${Math.max(4, x)}px, ${Math.max(4, y)}px)`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  cy.on('mouseover', 'node, edge', show);
  cy.on('mousemove', 'node, edge', move);
  cy.on('mouseout', 'node, edge', hide);
  cy.on('pan zoom', hide);
  return () => {
    cy.off('mouseover', 'node, edge', show);
    cy.off('mousemove', 'node, edge', move);
    cy.off('mouseout', 'node, edge', hide);
    cy.off('pan zoom', hide);
    tip.remove();
  };
}
