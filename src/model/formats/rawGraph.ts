import type { Point } from '../geometry';
/**
 * What every foreign importer produces before it becomes our dataset: nodes and edges with
 * their attributes, in file order. `buildDataset` maps it onto the actor-graph model.
 */
export interface RawNode {
  id: string;
  label?: string;
  color?: string;
  position?: Point;
  parent?: string;
  /** Every other attribute of the node, typed as the file typed it. */
  attrs: Record<string, unknown>;
}

export interface RawEdge {
  id?: string;
  source?: string;
  target?: string;
  label?: string;
  /** An explicit relation type (e.g. GEXF's edge `kind`), beating type-like attributes. */
  type?: string;
  /** Per-edge direction where the format has it (GEXF `type`). */
  directed?: boolean;
  attrs: Record<string, unknown>;
  /** Where the edge sits in the file, for messages ("edge 12"). */
  place: string;
}

export interface RawGraph {
  title?: string;
  description?: string;
  directed: boolean;
  nodes: RawNode[];
  edges: RawEdge[];
  /** Nodes exist only as edge endpoints (a bare edge list): no placeholders, no warning. */
  implicitNodes?: boolean;
  /** Our own dataset fields, when the file was exported by this app (round trip). */
  embedded?: unknown;
}
