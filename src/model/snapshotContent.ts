import type { Footnote } from './footnotes';
import type { NodeShape } from './schema';
import type { StatusKey } from './status';

/** What the picture says around the graph: title, source line, legend, footnotes. */
export interface SnapshotText {
  title?: string;
  sourceLine?: string;
  /** The chosen time ("As known on 2022-03-14"), always said when there is one. */
  timeLine?: string;
  legend: LegendItem[];
  footnotes: Footnote[];
  legendHeading: string;
  footnotesHeading: string;
}

export type LegendItem =
  | { kind: 'actor'; label: string; color: string; shape: NodeShape }
  | { kind: 'relation'; label: string; color: string; status: StatusKey; sources?: number }
  /** An actor size a measure gives (graph units), with the values it stands for. */
  | { kind: 'size'; label: string; size: number };
