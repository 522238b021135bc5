import type { Core, NodeCollection, StylesheetJson } from 'cytoscape';
import { labelBoxBelow, quietLabels } from './labelDeclutter';

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
    { selector: 'node.quiet', style: { label: '' } },
    // The selection is always named, and on top.
    { selector: 'node.focused', style: { label: 'data(label)', 'z-index': 30 } },
  ];
}

/**
 * Quiets the names among these actors that, drawn at this zoom with the focus's sizes,
 * would cover a better-connected name or another actor (see labelDeclutter.ts).
 */
export function quietCrowdedNames(cy: Core, nodes: NodeCollection, zoom: number): void {
  const size = legibleSizes(zoom);
  const px = (n: number) => n * zoom;
  const boxes = nodes.map((n) => {
    const { x, y } = n.position();
    const rank = n.hasClass('focused') ? Infinity : n.degree(false);
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
  const bodies = nodes.map((n) => {
    const { x, y } = n.position();
    const r = px(size.node) / 2;
    return { id: n.id(), x: px(x) - r, y: px(y) - r, w: 2 * r, h: 2 * r, rank: 0 };
  });
  const quiet = quietLabels(boxes, bodies);
  cy.batch(() => {
    nodes.forEach((n) => {
      // Only where it changes: Cytoscape restyles every element a class is toggled on.
      if (n.hasClass('quiet') !== quiet.has(n.id())) n.toggleClass('quiet', quiet.has(n.id()));
    });
  });
}
