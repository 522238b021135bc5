/**
 * The seed graph as written by hand: quotes without offsets. scripts/buildSeed.ts finds
 * each quote in the article (it must occur exactly once, or name its occurrence) and
 * writes data/russia-china-military-aid.json. Review table: data/README.md.
 */

export interface QuoteSource {
  quote: string;
  /** 0-based occurrence when the quote appears more than once. */
  occurrence?: number;
}

export interface RelationSource {
  id: string;
  source: string;
  target: string;
  type: string;
  label?: string;
  labels?: Record<string, string>;
  status?: 'reported' | 'alleged' | 'confirmed' | 'denied' | 'hypothetical';
  evidence: (string | QuoteSource)[];
  assertedBy?: string[];
  disputes?: string;
  note?: string;
  properties?: Record<string, unknown>;
}

export const meta = {
  title: 'Reports of a Russian request to China: a US tactical calculus',
  description:
    'Actors and claims of a German commentary on reports that Russia asked China for military aid (March 2022).',
  source: {
    title: 'Berichte über russische Bitte an China : Taktisches Kalkül der USA',
    language: 'de',
  },
};

export const actorKinds = [
  {
    id: 'state',
    label: 'State',
    labels: { de: 'Staat' },
    color: '#0072B2',
    shape: 'round-rectangle',
  },
  {
    id: 'bloc',
    label: 'Group of states',
    labels: { de: 'Staatengruppe' },
    color: '#332288',
    shape: 'pentagon',
  },
  {
    id: 'government',
    label: 'Government / regime',
    labels: { de: 'Regierung / Regime' },
    color: '#56B4E9',
    shape: 'hexagon',
  },
  {
    id: 'institution',
    label: 'State institution',
    labels: { de: 'Behörde' },
    color: '#009E73',
    shape: 'rectangle',
  },
  { id: 'person', label: 'Person', labels: { de: 'Person' }, color: '#E69F00', shape: 'ellipse' },
  {
    id: 'military',
    label: 'Armed forces',
    labels: { de: 'Streitkräfte' },
    color: '#882255',
    shape: 'diamond',
  },
  { id: 'media', label: 'Media', labels: { de: 'Medien' }, color: '#CC79A7', shape: 'tag' },
  {
    id: 'anonymous-source',
    label: 'Anonymous source',
    labels: { de: 'Anonyme Quelle' },
    color: '#888888',
    shape: 'octagon',
  },
  {
    id: 'population',
    label: 'Population',
    labels: { de: 'Bevölkerung' },
    color: '#117733',
    shape: 'barrel',
  },
] as const;

export const relationTypes = [
  {
    id: 'request-military-aid',
    label: 'requests military aid from',
    labels: { de: 'bittet um Militärhilfe' },
    cameo: '0232',
    color: '#D55E00',
  },
  { id: 'deny', label: 'denies', labels: { de: 'dementiert' }, cameo: '016', color: '#CC79A7' },
  {
    id: 'military-aid',
    label: 'provides military aid to',
    labels: { de: 'leistet Militärhilfe an' },
    cameo: '072',
    color: '#882255',
  },
  { id: 'depend-on', label: 'depends on', labels: { de: 'ist angewiesen auf' }, color: '#AA4499' },
  {
    id: 'sanction',
    label: 'could sanction',
    labels: { de: 'könnte sanktionieren' },
    cameo: '1312',
    color: '#E69F00',
  },
  {
    id: 'avoid',
    label: 'wants to avoid sanctions by',
    labels: { de: 'will Sanktionen vermeiden durch' },
    color: '#999933',
  },
  {
    id: 'partner',
    label: 'strategic partner of',
    labels: { de: 'strategischer Partner von' },
    directed: false,
    color: '#009E73',
  },
  {
    id: 'war',
    label: 'wages war in',
    labels: { de: 'führt Krieg in' },
    cameo: '190',
    color: '#661100',
  },
  { id: 'resist', label: 'resists', labels: { de: 'leistet Widerstand gegen' }, color: '#117733' },
  { id: 'leak', label: 'leaks to', labels: { de: 'steckt durch an' }, color: '#0072B2' },
  { id: 'cite', label: 'cites', labels: { de: 'beruft sich auf' }, color: '#56B4E9' },
  {
    id: 'disapprove',
    label: 'is annoyed at',
    labels: { de: 'ist verschnupft über' },
    cameo: '110',
    color: '#332288',
  },
  {
    id: 'pressure',
    label: 'manoeuvres into defence',
    labels: { de: 'drängt in die Defensive' },
    color: '#44AA99',
  },
  {
    id: 'tension',
    label: 'tense relations',
    labels: { de: 'angespannte Beziehungen' },
    directed: false,
    color: '#CC6677',
  },
  {
    id: 'meet',
    label: 'meets',
    labels: { de: 'trifft' },
    cameo: '044',
    directed: false,
    color: '#6699CC',
  },
  {
    id: 'yield',
    label: 'backs down to',
    labels: { de: 'weicht zurück vor' },
    cameo: '08',
    color: '#999999',
  },
  { id: 'role', label: 'role', labels: { de: 'Funktion' }, color: '#555555' },
] as const;

export const actors = [
  {
    id: 'russia',
    label: 'Russia',
    labels: { de: 'Russland' },
    kind: 'state',
    aliases: ['Russland', 'russische Führung', 'Moskau'],
    position: { x: 10, y: 185 },
  },
  {
    id: 'putin-regime',
    label: 'Putin regime',
    labels: { de: 'Putin-Regime' },
    kind: 'government',
    aliases: ['Putin-Regime'],
    position: { x: -105, y: 105 },
  },
  {
    id: 'russian-army',
    label: 'Russian army',
    labels: { de: 'Russische Armee' },
    kind: 'military',
    aliases: ['russische Armee'],
    position: { x: 35, y: 370 },
  },
  {
    id: 'ukraine',
    label: 'Ukraine',
    labels: { de: 'Ukraine' },
    kind: 'state',
    position: { x: -160, y: 290 },
  },
  {
    id: 'ukrainian-population',
    label: 'Ukrainian population',
    labels: { de: 'Ukrainische Bevölkerung' },
    kind: 'population',
    aliases: ['ukrainische Bevölkerung'],
    position: { x: -145, y: 470 },
  },
  {
    id: 'china',
    label: 'China',
    labels: { de: 'China' },
    kind: 'state',
    aliases: ['Peking', 'die Chinesen'],
    position: { x: 345, y: 185 },
  },
  {
    id: 'china-mfa',
    label: 'Chinese foreign ministry',
    labels: { de: 'Chinesisches Außenministerium' },
    kind: 'institution',
    aliases: ['chinesisches Außenministerium'],
    position: { x: 370, y: -35 },
  },
  {
    id: 'zhao-lijian',
    label: 'Zhao Lijian',
    labels: { de: 'Zhao Lijian' },
    kind: 'person',
    aliases: ['Sprecher Zhao Lijian'],
    position: { x: 200, y: -125 },
  },
  {
    id: 'xi-jinping',
    label: 'Xi Jinping',
    labels: { de: 'Xi Jinping' },
    kind: 'person',
    aliases: ['Staatschef Xi Jinping'],
    position: { x: 470, y: 380 },
  },
  {
    id: 'sullivan-counterpart',
    label: "Sullivan's counterpart (unnamed)",
    labels: { de: 'Sullivans Gegenüber (ungenannt)' },
    kind: 'person',
    aliases: ['Gegenüber'],
    position: { x: 400, y: 610 },
  },
  {
    id: 'usa',
    label: 'USA',
    labels: { de: 'USA' },
    kind: 'state',
    aliases: ['Washington', 'die Amerikaner', 'Vereinigte Staaten'],
    position: { x: 720, y: 185 },
  },
  {
    id: 'us-gov-sources',
    label: 'Anonymous US government sources',
    labels: { de: 'Anonyme Quellen in der US-Regierung' },
    kind: 'anonymous-source',
    aliases: ['anonyme Quellen innerhalb der US-Regierung'],
    position: { x: 860, y: 10 },
  },
  {
    id: 'anglo-media',
    label: 'Anglo-Saxon media',
    labels: { de: 'Angelsächsische Medien' },
    kind: 'media',
    aliases: ['angelsächsische Medien', 'die Presse', 'the press'],
    position: { x: 650, y: -125 },
  },
  {
    id: 'europe',
    label: 'Europe',
    labels: { de: 'Europa' },
    kind: 'bloc',
    aliases: ['Europa'],
    position: { x: 250, y: 470 },
  },
  {
    id: 'jake-sullivan',
    label: 'Jake Sullivan',
    labels: { de: 'Jake Sullivan' },
    kind: 'person',
    aliases: ['Sicherheitsberater Jake Sullivan', 'Sullivan'],
    position: { x: 830, y: 520 },
  },
] as const;

export const relations: RelationSource[] = [
  {
    id: 'request-aid',
    source: 'russia',
    target: 'china',
    type: 'request-military-aid',
    status: 'alleged',
    evidence: [
      'Berichte über russische Bitte an China',
      'Angeblich hat Russland von China militärische Hilfe erbeten.',
      'dass die russische Führung bei ihrem strategischen Partner in Peking nach militärischer Hilfe angefragt haben',
    ],
    assertedBy: ['anglo-media', 'us-gov-sources'],
    note: 'Reported by several Anglo-Saxon media citing anonymous US government sources; the article calls it "angeblich" (allegedly) and nobody confirms it.',
  },
  {
    id: 'deny-request',
    source: 'china-mfa',
    target: 'anglo-media',
    type: 'deny',
    label: 'dismisses as "fake news"',
    labels: { de: 'nennt „fake news“' },
    status: 'reported',
    evidence: [
      'China nennt das Fake News',
      'Vom chinesischen Außenministerium wurden die Artikel wenig überraschend als „fake news“ kritisiert.',
    ],
    disputes: 'request-aid',
    note: 'The ministry criticised the articles as "fake news"; the article points out that its spokesman Zhao Lijian, strictly speaking, did not formally deny the accusation.',
  },
  {
    id: 'zhao-no-formal-denial',
    source: 'zhao-lijian',
    target: 'anglo-media',
    type: 'deny',
    label: 'formally denies',
    labels: { de: 'dementiert formal' },
    status: 'denied',
    evidence: [
      'dass Sprecher Zhao Lijian die Anschuldigung streng genommen nicht formal dementiert hat',
    ],
    note: 'What did not happen: the spokesman did not formally deny the accusation.',
  },
  {
    id: 'partnership',
    source: 'russia',
    target: 'china',
    type: 'partner',
    status: 'reported',
    evidence: ['bei ihrem strategischen Partner in Peking'],
  },
  {
    id: 'cite-sources',
    source: 'anglo-media',
    target: 'us-gov-sources',
    type: 'cite',
    status: 'reported',
    evidence: ['Dabei beziehen sie sich auf anonyme Quellen innerhalb der US-Regierung.'],
  },
  {
    id: 'no-weapons',
    source: 'china',
    target: 'russia',
    type: 'military-aid',
    label: 'supplies weapons to',
    labels: { de: 'liefert Waffen an' },
    status: 'denied',
    evidence: [
      'China würde momentan unter keinen Umständen Russland Waffen für den Krieg in der Ukraine liefern.',
    ],
    note: "The author's assessment, whatever the truth of the reports: China would under no circumstances supply weapons at the moment.",
  },
  {
    id: 'war-in-ukraine',
    source: 'russia',
    target: 'ukraine',
    type: 'war',
    status: 'reported',
    evidence: ['den Krieg in der Ukraine'],
  },
  {
    id: 'sanction-usa',
    source: 'usa',
    target: 'china',
    type: 'sanction',
    status: 'hypothetical',
    evidence: [
      'Denn eine solche Aktion wäre eine regelrechte Steilvorlage für die USA und Europa, Peking in diesem Konflikt wirtschaftlich zu sanktionieren.',
    ],
    note: 'Imagined: weapons deliveries would hand the USA and Europe a pretext to sanction China economically. No threat is quoted.',
  },
  {
    id: 'sanction-europe',
    source: 'europe',
    target: 'china',
    type: 'sanction',
    status: 'hypothetical',
    evidence: [
      'Denn eine solche Aktion wäre eine regelrechte Steilvorlage für die USA und Europa, Peking in diesem Konflikt wirtschaftlich zu sanktionieren.',
    ],
    note: 'Imagined, as for the USA: only if China supplied weapons.',
  },
  {
    id: 'xi-avoid-usa',
    source: 'xi-jinping',
    target: 'usa',
    type: 'avoid',
    status: 'reported',
    evidence: ['Das jedoch möchte Staatschef Xi Jinping unter allem Umständen vermeiden.'],
    note: "The author's reading of Xi's intent.",
  },
  {
    id: 'xi-avoid-europe',
    source: 'xi-jinping',
    target: 'europe',
    type: 'avoid',
    status: 'reported',
    evidence: ['Das jedoch möchte Staatschef Xi Jinping unter allem Umständen vermeiden.'],
    note: "The author's reading of Xi's intent.",
  },
  {
    id: 'lifeline',
    source: 'china',
    target: 'russia',
    type: 'military-aid',
    label: 'military lifeline to',
    labels: { de: 'militärischer Rettungsanker für' },
    status: 'hypothetical',
    evidence: [
      'Das einzig denkbare Szenario für einen militärischen Rettungsanker von China nach Russland wäre es, wenn das Putin-Regime kurz vor dem Zusammenbruch stünde.',
    ],
    note: 'The only conceivable scenario for Chinese military help: the Putin regime on the verge of collapse.',
  },
  {
    id: 'army-advances',
    source: 'russian-army',
    target: 'ukraine',
    type: 'war',
    label: 'largely reaches its military objectives in',
    labels: { de: 'erreicht großenteils seine militärischen Ziele in' },
    status: 'alleged',
    evidence: [
      'als ob die russische Armee trotz starkem Widerstands der ukrainischen Bevölkerung seine militärischen Ziele großenteils erreichen kann',
    ],
    note: 'The author\'s assessment of how things look "currently" ("sieht es … so aus, als ob"), not a report.',
  },
  {
    id: 'resistance',
    source: 'ukrainian-population',
    target: 'russian-army',
    type: 'resist',
    status: 'reported',
    evidence: ['trotz starkem Widerstands der ukrainischen Bevölkerung'],
  },
  {
    id: 'no-rescue-needed',
    source: 'russia',
    target: 'china',
    type: 'depend-on',
    label: 'depends on a "rescue delivery" from',
    labels: { de: 'ist angewiesen auf „Rettungslieferung“ aus' },
    status: 'denied',
    evidence: ['Auf eine „Rettungslieferung“ aus Peking ist Moskau also nicht angewiesen.'],
    note: "The author's conclusion: Moscow does not need a rescue delivery from Beijing.",
  },
  {
    id: 'tactical-calculus',
    source: 'usa',
    target: 'china',
    type: 'pressure',
    status: 'alleged',
    evidence: [
      'Taktisches Kalkül der USA',
      'sollte man die Berichte vor allem als taktisches Kalkül der Amerikaner bewerten, die Chinesen in eine defensive Position zu manövrieren',
    ],
    note: 'The commentator\'s interpretation of the reports, not a stated US aim; "Ob der Plan aufgeht, bleibt fraglich" (whether it works is open).',
  },
  {
    id: 'leaks-to-press',
    source: 'usa',
    target: 'anglo-media',
    type: 'leak',
    status: 'reported',
    evidence: [
      'dass Washington regelmäßig während kritischer Zeitpunkte Interna an die Presse durchsticht',
    ],
    note: "Given as the reason for China's annoyance: Washington regularly leaks internal matters to the press at critical moments.",
  },
  {
    id: 'china-annoyed',
    source: 'china',
    target: 'usa',
    type: 'disapprove',
    status: 'reported',
    evidence: ['In China ist man deutlich verschnupft darüber'],
    note: 'Annoyed ("verschnupft") at the US leaks.',
  },
  {
    id: 'relations-tense',
    source: 'china',
    target: 'usa',
    type: 'tension',
    status: 'reported',
    evidence: [
      'die Beziehungen zu den USA sind am Tiefpunkt',
      'Derzeit befinden sich die angespannten Beziehungen der zwei Weltmächte ohnehin an einer Gabelung: Eine weitere Eskalation ist jederzeit möglich.',
    ],
    note: 'At a low point and at a fork: a further escalation is possible at any time.',
  },
  {
    id: 'rome-meeting',
    source: 'jake-sullivan',
    target: 'sullivan-counterpart',
    type: 'meet',
    status: 'reported',
    evidence: [
      'das Treffen zwischen Sicherheitsberater Jake Sullivan und dessen Gegenüber am Montag in Rom',
    ],
    note: 'On Monday in Rome. Whether it eased tensions may only be known in the coming weeks and months.',
    properties: { place: 'Rom', day: 'Montag' },
  },
  {
    id: 'usa-no-backdown',
    source: 'usa',
    target: 'china',
    type: 'yield',
    status: 'denied',
    evidence: [
      'möchte derzeit keine der zwei Seiten ein Zurückweichen der eigenen Position öffentlich zugeben',
    ],
    note: 'Neither side wants to admit publicly to backing down, given the entrenched fronts.',
  },
  {
    id: 'china-no-backdown',
    source: 'china',
    target: 'usa',
    type: 'yield',
    status: 'denied',
    evidence: [
      'möchte derzeit keine der zwei Seiten ein Zurückweichen der eigenen Position öffentlich zugeben',
    ],
    note: 'Neither side wants to admit publicly to backing down, given the entrenched fronts.',
  },
  role(
    'role-zhao',
    'zhao-lijian',
    'china-mfa',
    'spokesman of',
    'Sprecher von',
    'Sprecher Zhao Lijian',
    'The article says "Sprecher" in the context of the foreign ministry.',
  ),
  role(
    'role-mfa',
    'china-mfa',
    'china',
    'ministry of',
    'Ministerium von',
    'Vom chinesischen Außenministerium',
  ),
  role(
    'role-xi',
    'xi-jinping',
    'china',
    'head of state of',
    'Staatschef von',
    'Staatschef Xi Jinping',
  ),
  role('role-army', 'russian-army', 'russia', 'army of', 'Armee von', 'die russische Armee'),
  role('role-regime', 'putin-regime', 'russia', 'regime of', 'Regime von', 'das Putin-Regime'),
  role(
    'role-population',
    'ukrainian-population',
    'ukraine',
    'population of',
    'Bevölkerung von',
    'der ukrainischen Bevölkerung',
  ),
  role(
    'role-sources',
    'us-gov-sources',
    'usa',
    'inside the government of',
    'innerhalb der Regierung von',
    'anonyme Quellen innerhalb der US-Regierung',
  ),
  role(
    'role-sullivan',
    'jake-sullivan',
    'usa',
    'security adviser of',
    'Sicherheitsberater von',
    'Sicherheitsberater Jake Sullivan',
    'The article does not say whose adviser; the context (the two world powers) makes him the US side.',
  ),
  role(
    'role-counterpart',
    'sullivan-counterpart',
    'china',
    'counterpart from',
    'Gegenüber aus',
    'dessen Gegenüber',
    'Not named in the article; the context (the two world powers) makes him the Chinese side.',
  ),
];

function role(
  id: string,
  source: string,
  target: string,
  label: string,
  de: string,
  quote: string,
  note?: string,
): RelationSource {
  return {
    id,
    source,
    target,
    type: 'role',
    label,
    labels: { de },
    status: 'reported',
    evidence: [quote],
    ...(note ? { note } : {}),
  };
}
