import { seededRandom } from '../random';

/**
 * Seeded GDELT 2.0 event exports for the bench and tests: rows in GDELT's own 61-column layout,
 * with what makes real days hard — a few hundred countries and thousands of typed actors whose
 * mentions follow a long tail, one-sided events (about 30 %), many events per article, and
 * dates years before the day they were added. Written in chunks, so 2 GB never sit in memory.
 */
export interface GdeltDayOptions {
  events: number;
  seed?: number;
  /** The day the events were added (GDELT's DATEADDED), YYYYMMDD. */
  day?: string;
  /** The first GLOBALEVENTID. */
  firstId?: number;
}

const TYPES = [
  'GOV',
  'MIL',
  'COP',
  'MED',
  'REB',
  'IGO',
  'NGO',
  'BUS',
  'CVL',
  'OPP',
  'JUD',
  'LEG',
  'EDU',
  'REF',
  'LAB',
];
const ROOTS = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '20',
];
/** Sub-codes per root, as in the codebook (the first of each family). */
const CODE = (root: string, r: number) =>
  r < 0.6 ? `${root}0` : `${root}${1 + Math.floor(r * 4)}`;
/** Roughly GDELT's mix: statements and consultations common, mass violence rare. */
const ROOT_WEIGHTS = [14, 6, 8, 16, 5, 2, 3, 2, 1, 3, 6, 3, 2, 2, 1, 2, 4, 3, 4, 0.2];
const QUAD = (root: number) => (root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4);
const GOLDSTEIN = [
  0, 2, 3, 4, 1.9, 3.5, 6, 7, 5, -2, -2, -4, -4, -6, -6.5, -7.2, -4, -7, -9, -10, -10,
];

function letters(n: number): string {
  let s = '';
  for (let i = 0; i < 3; i++) {
    s += String.fromCharCode(65 + (n % 26));
    n = Math.floor(n / 26);
  }
  return s;
}

export function* generateGdeltDay(options: GdeltDayOptions): Generator<string> {
  const random = seededRandom(options.seed ?? 1);
  const day = options.day ?? '20240315';
  const countries = Array.from({ length: 250 }, (_, i) => letters(i * 7 + 3));
  /** Actor n of a long tail: low numbers are frequent (a Zipf-like draw). */
  const pick = () => Math.floor(Math.pow(random(), 4) * 30000);
  // Codes as GDELT composes them: a country, then up to two actor types (USAGOVLEG).
  const actor = (n: number) => {
    const country = countries[n % countries.length]!;
    if (n < 250) return [country, `COUNTRY ${country}`, country, ''];
    const type = TYPES[Math.floor(n / 250) % TYPES.length]!;
    const second = n < 4000 ? '' : TYPES[Math.floor(n / 3750) % TYPES.length]!;
    return [`${country}${type}${second}`, `${type} ${second} OF ${country}`, country, type];
  };
  const cumulative = ROOT_WEIGHTS.map(
    (
      (sum) => (w) =>
        (sum += w)
    )(0),
  );
  const total = cumulative.at(-1)!;
  let id = options.firstId ?? 1_100_000_000;
  let url = '';
  let lines: string[] = [];
  for (let e = 0; e < options.events; e++) {
    if (e % 4 === 0 || !url)
      url = `https://news${Math.floor(random() * 3000)}.example.com/${day}/story-${e}-${Math.floor(random() * 1e6)}.html`;
    const r = random() * total;
    const rootIndex = cumulative.findIndex((c) => c >= r);
    const root = ROOTS[rootIndex]!;
    const code = CODE(root, random());
    const a1 = random() < 0.12 ? ['', '', '', ''] : actor(pick());
    const a2 = random() < 0.2 ? ['', '', '', ''] : actor(pick());
    const older = random() < 0.1;
    const sqlDate = older
      ? `20${10 + Math.floor(random() * 13)}0${1 + Math.floor(random() * 9)}15`
      : day;
    const mentions = 1 + Math.floor(Math.pow(random(), 4) * 200);
    const sources = 1 + Math.floor(mentions / 10);
    const side = (a: string[]) => [a[0], a[1], a[2], '', '', '', '', a[3], '', ''];
    const geo = ['1', 'Somewhere', 'XX', '', '', '0', '0', ''];
    const row = [
      String(id++),
      sqlDate,
      sqlDate.slice(0, 6),
      sqlDate.slice(0, 4),
      `${sqlDate.slice(0, 4)}.${sqlDate.slice(4, 6)}00`,
      ...side(a1),
      ...side(a2),
      random() < 0.5 ? '1' : '0',
      code,
      code.slice(0, 3),
      root,
      String(QUAD(rootIndex + 1)),
      String(GOLDSTEIN[rootIndex + 1]),
      String(mentions),
      String(sources),
      String(mentions),
      (random() * 10 - 5).toFixed(6),
      ...geo,
      ...geo,
      ...geo,
      `${day}${String(Math.floor(random() * 24)).padStart(2, '0')}${['00', '15', '30', '45'][Math.floor(random() * 4)]}00`,
      url,
    ];
    lines.push(row.join('\t'));
    if (lines.length === 5000) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length) yield `${lines.join('\n')}\n`;
}
