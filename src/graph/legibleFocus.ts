import type { Core, NodeCollection, StylesheetJson } from 'cytoscape';
import { labelBoxAlong, labelBoxBelow, quietLabels } from './labelDeclutter';

/**
 * A highlight on a large graph is drawn legibly whatever the zoom — actors at least 12 px,
 * names at 12 px, as the selected few deserve — on the screen (the focus lens) and in its
 * snapshot alike. Sizes are in graph units, drawn × zoom.
 */
const legibleSizes = (zoom: number) => ({
  node: Math.max(30, 12 / zoom),
  font: Math.max(13, 12 / zoom),
  maxWidth: Math.max(130, 130 / zoom),
  margin: Math.max(5, 4 / zoom),
  padding: Math.max(2, 2 / zoom),
});

/** Style rules for the focus at this zoom; names quieted by `quietCrowdedNames` are not drawn. */
export function legibleFocusStyle(zoom: number, selector = 'node'): StylesheetJson {
  const size = legibleSizes(zoom);
  return [
    {
      selector,
      style: {
        width: size.node,
        height: size.node,
        'font-size': size.font,
        'text-margin-y': size.margin,
        'text-max-width': `${size.maxWidth}px`,
        'text-background-padding': `${size.padding}px`,
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node.quiet, edge.quiet', style: { label: '' } },
    // The selection is always named, and on top.
    { selector: 'node.focused', style: { label: 'data(label)', 'z-index': 30 } },
  ];
}

/** A relation's label size in graph units (EDGE_LABEL in stylesheet.ts). */
const RELATION_FONT = 10.5;
/** Names are placed before any relation label: a relation's words never hide who it joins. */
const NAMES_FIRST = 1e9;

/**
 * Quiets the names among these actors, and the labels of the relations between them, that —
 * drawn at this zoom with the focus's sizes — would cover a name or label placed before them
 * (the selection, then the better connected; names before relation labels) or another actor
 * (see labelDeclutter.ts).
 */
export function quietCrowdedNames(cy: Core, nodes: NodeCollection, zoom: number): void {
  const size = legibleSizes(zoom);
  const px = (n: number) => n * zoom;
  const at = (p: { x: number; y: number }) => ({ x: px(p.x), y: px(p.y) });
  const names = nodes.map((n) => {
    const { x, y } = n.position();
    const rank = n.hasClass('focused') ? Infinity : NAMES_FIRST + n.degree(false);
    const centre = { x: px(x), y: px(y + size.margin) };
    const label = String(n.data('label') ?? '');
    return labelBoxBelow(
      n.id(),
      label,
      centre,
      px(size.node),
      px(size.font),
      px(size.maxWidth),
      rank,
    );
  });
  const edges = nodes.edgesWith(nodes);
  const relations = edges.map((e) => {
    const touchesSelection = e.connectedNodes('.focused').nonempty() ? 1 : 0;
    const label = String(e.data('label') ?? '');
    const ends = [at(e.source().position()), at(e.target().position())] as const;
    return labelBoxAlong(e.id(), label, ends[0], ends[1], px(RELATION_FONT), touchesSelection);
  });
  const bodies = nodes.map((n) => {
    const { x, y } = n.position();
    const r = px(size.node) / 2;
    return { id: n.id(), x: px(x) - r, y: px(y) - r, w: 2 * r, h: 2 * r, rank: 0 };
  });
  const quiet = quietLabels([...names, ...relations], bodies);
  cy.batch(() => {
    nodes.union(edges).forEach((ele) => {
      // Only where it changes: Cytoscape restyles every element a class is toggled on.
      const q = quiet.has(ele.id());
      if (ele.hasClass('quiet') !== q) ele.toggleClass('quiet', q);
    });
  });
}
