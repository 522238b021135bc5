import { exportActorGraph } from '../model/formats/exportActorGraph';
import { exportCsv } from '../model/formats/exportCsv';
import { exportGexf } from '../model/formats/exportGexf';
import { exportGraphml } from '../model/formats/exportGraphml';
import { exportJsonLd } from '../model/formats/exportJsonLd';
import { withMetrics } from '../model/metrics/datasetMetrics';
import { problem, type Problem } from '../model/problem';
import type { GraphState } from '../store/graphStore';
import { selectLabels, selectVisible } from '../store/selectors';

export type ExportFormat = 'json' | 'json-visible' | 'graphml' | 'gexf' | 'csv' | 'jsonld';

export interface ExportFile {
  name: string;
  text: string;
  type: string;
}

/** A file name from the dataset's name, without its old extensions ("x.actor-graph.json" → "x"). */
const base = (s: GraphState) =>
  (
    s.datasetName.replace(/(\.(edges|nodes|visible))?(\.actor-graph)?\.[a-z0-9]+$/i, '') || 'graph'
  ).replace(/[\\/:*?"<>|]+/g, '-');

/** The files an export produces, with warnings for anything it had to leave out. */
export function exportFiles(
  s: GraphState,
  format: ExportFormat,
): { files: ExportFile[]; problems: Problem[] } {
  const name = base(s);
  // The measures last computed (the actors table) travel with every export.
  const d = withMetrics(s.dataset, s.measures.result, s.measures.scope);
  const xmlWarning = (removed: number): Problem[] =>
    removed
      ? [
          problem(
            'AG067',
            '$',
            `${removed} characters that XML cannot carry were removed.`,
            'warning',
          ),
        ]
      : [];
  switch (format) {
    case 'json':
    case 'json-visible': {
      const out = exportActorGraph(d, format === 'json-visible' ? selectVisible(s) : undefined);
      const suffix = format === 'json-visible' ? '.visible' : '';
      return {
        files: [
          { name: `${name}${suffix}.actor-graph.json`, text: out.text, type: 'application/json' },
        ],
        problems: out.problems,
      };
    }
    case 'graphml': {
      const out = exportGraphml(d);
      return {
        files: [{ name: `${name}.graphml`, text: out.text, type: 'application/xml' }],
        problems: xmlWarning(out.removedCharacters),
      };
    }
    case 'gexf': {
      const out = exportGexf(d);
      return {
        files: [{ name: `${name}.gexf`, text: out.text, type: 'application/xml' }],
        problems: xmlWarning(out.removedCharacters),
      };
    }
    case 'jsonld': {
      const text = exportJsonLd(s.dataset, selectVisible(s).relations, selectLabels(s));
      return {
        files: [{ name: `${name}.claims.jsonld`, text, type: 'application/ld+json' }],
        problems: [],
      };
    }
    case 'csv': {
      const out = exportCsv(d);
      return {
        files: [
          { name: `${name}.edges.csv`, text: out.edges, type: 'text/csv' },
          { name: `${name}.nodes.csv`, text: out.nodes, type: 'text/csv' },
        ],
        problems: [],
      };
    }
  }
}
