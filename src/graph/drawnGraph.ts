import type { Core } from 'cytoscape';
import type { Renderer } from '../store/graphStore';
import type { GraphContents } from './contents/contents';
import { cytoscapeContents } from './contents/cytoscapeContents';
import { overviewContents } from './contents/overviewContents';
import type { DrawingMode } from './mode';

/**
 * The graph on screen: the one Cytoscape instance, the renderer it was created with, and what
 * it draws in the current mode. Every part of the graph layer is given this object; the mode
 * changes only when a dataset crosses the large-graph size (syncElements.ts), and with it the
 * contents.
 */
export interface DrawnGraph {
  readonly cy: Core;
  readonly renderer: Renderer;
  readonly mode: DrawingMode;
  /** What is drawn, asked the same way in every mode (contents/contents.ts). */
  readonly contents: GraphContents;
  /**
   * Switches to another mode: the last contents takes its elements off Cytoscape, a new one
   * starts empty. False when the mode stays.
   */
  setMode(mode: DrawingMode): boolean;
  /** Hears every change of the contents, across mode switches. */
  onChange(listener: () => void): () => void;
}

export function createDrawnGraph(cy: Core, renderer: Renderer): DrawnGraph {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let contents: GraphContents = cytoscapeContents(cy, 'full');
  let unhook = contents.onChange(notify);
  return {
    cy,
    renderer,
    get mode() {
      return contents.mode;
    },
    get contents() {
      return contents;
    },
    setMode(mode) {
      if (mode === contents.mode) return false;
      unhook();
      contents.clear();
      contents = mode === 'overview' ? overviewContents(cy) : cytoscapeContents(cy, mode);
      unhook = contents.onChange(notify);
      notify();
      return true;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
