/** What one run measures; NaN where a renderer or size does not take part. */
export const METRICS = [
  'startup',
  'firstPaint',
  'loadQuiet',
  'filter',
  'filterQuiet',
  'highlight',
  'highlightQuiet',
  'row',
  'rowQuiet',
  'search',
  'fps',
  'png',
  'heap',
] as const;
export type Metric = (typeof METRICS)[number];
export type Metrics = Record<Metric, number>;

/** Our production build (canvas), the same with Cytoscape's WebGL renderer, the anchor. */
export type Who = 'ours' | 'webgl' | 'bare';
export const WHO: readonly Who[] = ['ours', 'webgl', 'bare'];

const NAMES: Record<Who | 'ratio', string> = {
  ours: 'Actor Graph',
  webgl: 'Actor Graph, WebGL',
  bare: 'bare Cytoscape',
  ratio: 'Actor Graph / bare',
};

const COLUMNS: [Metric, string, string][] = [
  ['firstPaint', 'load → paint', ' ms'],
  ['loadQuiet', 'load → quiet', ' ms'],
  ['filter', 'filter → paint', ' ms'],
  ['filterQuiet', 'filter → quiet', ' ms'],
  ['highlight', 'highlight → paint', ' ms'],
  ['highlightQuiet', 'highlight → quiet', ' ms'],
  ['row', 'table row → paint', ' ms'],
  ['rowQuiet', 'table row → quiet', ' ms'],
  ['search', 'search', ' ms'],
  ['fps', 'zoom/pan', ' fps'],
  ['png', 'PNG export', ' ms'],
  ['heap', 'JS heap', ' MB'],
  ['startup', 'seed shown', ' ms'],
];

export const median = (xs: number[]) => {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length
    ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2
    : NaN;
};

export const medians = (list: Metrics[]): Metrics =>
  Object.fromEntries(METRICS.map((k) => [k, median(list.map((m) => m[k]))])) as Metrics;

const f = (v: number, unit: string) =>
  Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')}${unit}` : '—';

/** The Markdown table of every size, renderer and ratio. */
export function table(results: Record<string, Record<Who | 'ratio', Metrics>>): string[] {
  const lines = [
    `| size | renderer | ${COLUMNS.map((c) => c[1]).join(' | ')} |`,
    `|---|---|${COLUMNS.map(() => '---').join('|')}|`,
  ];
  for (const [size, r] of Object.entries(results)) {
    for (const who of ['ours', 'webgl', 'bare', 'ratio'] as const) {
      const m = r[who];
      const cells = COLUMNS.map(([k, , unit]) =>
        who === 'ratio' ? (Number.isFinite(m[k]) ? `${m[k].toFixed(2)}×` : '—') : f(m[k], unit),
      );
      lines.push(`| ${size} | ${NAMES[who]} | ${cells.join(' | ')} |`);
    }
  }
  return lines;
}
