import type { StatusKey } from './status';

/**
 * How each status is drawn, independent of colour (colour belongs to the relation type):
 * line width, dash pattern and arrowhead. Shared by the graph stylesheet and the legend.
 */
export interface StatusLine {
  width: number;
  /** Dash pattern in px; empty for a solid line. */
  dash: readonly number[];
  arrow: 'triangle' | 'tee';
}

export const STATUS_LINES: Record<StatusKey, StatusLine> = {
  confirmed: { width: 4.5, dash: [], arrow: 'triangle' },
  reported: { width: 2.5, dash: [], arrow: 'triangle' },
  alleged: { width: 2.5, dash: [10, 6], arrow: 'triangle' },
  hypothetical: { width: 2.5, dash: [2, 5], arrow: 'triangle' },
  denied: { width: 2.5, dash: [14, 4, 3, 4], arrow: 'tee' },
  unspecified: { width: 1.2, dash: [], arrow: 'triangle' },
};

/** Independent sources drawn as width: 1, 2, 3 or more (the legend explains it). */
export const SOURCE_WIDTH_FACTOR = [1, 1.7, 2.4] as const;

/** The line width of a status for a relation with this many independent sources. */
export function widthFor(status: StatusKey, sources: number): number {
  const factor = SOURCE_WIDTH_FACTOR[Math.max(0, Math.min(sources, 3) - 1)]!;
  return STATUS_LINES[status].width * factor;
}
