import type {
  CollectionArgument,
  Core,
  NodeCollection,
  NodeSingular,
  StylesheetJson,
} from 'cytoscape';
import { actorBoxes, crowdedLabels, labelBoxAlong, type ActorLook } from '../detail/labelDeclutter';
import { ACTOR_LOOK, CLASSES, RELATION_FONT } from '../style/look';
import type { Point } from '../../model/geometry';

/**
 * A highlight on a large graph is drawn legibly whatever the zoom — actors at least 12 px,
 * names at 12 px, as the selected few deserve — on the screen (the highlight layer) and in its
 * snapshot alike. Sizes are in graph units, drawn × zoom.
 */
const legibleSizes = (zoom: number) => ({
  node: Math.max(ACTOR_LOOK.node, 12 / zoom),
  font: Math.max(ACTOR_LOOK.font, 12 / zoom),
  maxWidth: Math.max(ACTOR_LOOK.maxWidth, 130 / zoom),
  margin: Math.max(ACTOR_LOOK.margin, 4 / zoom),
  padding: Math.max(2, 2 / zoom),
});

/** An actor look in graph units, as drawn at this zoom (rendered pixels). */
export const lookAt = (look: ActorLook, zoom: number): ActorLook => ({
  node: look.node * zoom,
  font: look.font * zoom,
  maxWidth: look.maxWidth * zoom,
  margin: look.margin * zoom,
});

/** Style rules for the highlight at this zoom; decluttered names are not drawn. */
export function legibleHighlightStyle(zoom: number, selector = 'node'): StylesheetJson {
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
    // An actor sized by a measure keeps its size, or the legible least if that is larger.
    {
      selector: `${selector}[size]`,
      style: {
        width: ((n: NodeSingular) => Math.max(Number(n.data('size')), size.node)) as never,
        height: ((n: NodeSingular) => Math.max(Number(n.data('size')), size.node)) as never,
      },
    },
    // The selection is always named, and on top.
    { selector: `node.${CLASSES.selected}`, style: { label: 'data(label)', 'z-index': 30 } },
  ];
}

/**
 * Gives these elements the decluttered class exactly where `ids` says, changing only what
 * differs: Cytoscape restyles every element a class is toggled on.
 */
export function setDecluttered(cy: Core, eles: CollectionArgument, ids: ReadonlySet<string>): void {
  cy.batch(() => {
    eles.forEach((ele) => {
      const on = ids.has(ele.id());
      if (ele.hasClass(CLASSES.decluttered) !== on) ele.toggleClass(CLASSES.decluttered, on);
    });
  });
}

/** Names are placed before any relation label: a relation's words never hide who it joins. */
const NAMES_FIRST = 1e9;

/**
 * Declutters the names among these actors, and the labels of the relations between them,
 * that — drawn at this zoom with the highlight's sizes — would cover a name or label placed
 * before them (the selection, then the better connected; names before relation labels) or
 * another actor (see labelDeclutter.ts).
 */
export function declutterNames(cy: Core, nodes: NodeCollection, zoom: number): void {
  const look = lookAt(legibleSizes(zoom), zoom);
  const at = (p: Point) => ({ x: p.x * zoom, y: p.y * zoom });
  const actors = nodes.map((n) => {
    const rank = n.hasClass(CLASSES.selected) ? Infinity : NAMES_FIRST + n.degree(false);
    return actorBoxes(n.id(), String(n.data('label') ?? ''), at(n.position()), look, rank);
  });
  const edges = nodes.edgesWith(nodes);
  const relations = edges.map((e) => {
    const touchesSelection = e.connectedNodes(`.${CLASSES.selected}`).nonempty() ? 1 : 0;
    const label = String(e.data('label') ?? '');
    const ends = [at(e.source().position()), at(e.target().position())] as const;
    return labelBoxAlong(e.id(), label, ends[0], ends[1], RELATION_FONT * zoom, touchesSelection);
  });
  const crowded = crowdedLabels(
    [...actors.map((a) => a.name), ...relations],
    actors.map((a) => a.body),
  );
  setDecluttered(cy, nodes.union(edges), crowded);
}
