import { z } from 'zod';
import { FORMAT_NAME, FORMAT_VERSION, NODE_SHAPES, RELIABILITY, STATUSES } from './vocabulary';

// Our production CSP forbids eval: zod must not even probe for it (the probe is reported).
z.config({ jitless: true });

/**
 * The `actor-graph` format, version 2: the single definition of our data. Version 1 files
 * (one `article`) are migrated on reading (formats/migrate.ts).
 * data/schema/actor-graph.schema.json is generated from this file (npm run schema).
 */

export { FORMAT_NAME, FORMAT_VERSION, NODE_SHAPES, RELIABILITY, STATUSES };

const id = z.string().min(1, 'must not be empty').max(200);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f77b4');
/** Labels per language, keyed by BCP 47 tag ("de", "en", "pt-BR"). */
const labels = z.record(
  z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "de"'),
  z.string(),
);
/** ISO 8601: a year, year-month, date, or date-time with time zone. */
const isoDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'must be an ISO 8601 date such as 2022-03-14',
  );
const httpUrl = z.string().regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL');
const properties = z.record(z.string(), z.unknown());

const reliability = z.enum(RELIABILITY, 'must be a grade from A to F');
/** How credible a piece of information is: 1 confirmed … 6 truth cannot be judged. */
const credibility = z
  .number('must be a grade from 1 to 6')
  .int('must be a grade from 1 to 6')
  .min(1, 'must be a grade from 1 to 6')
  .max(6, 'must be a grade from 1 to 6');

/** A document of the story: an article, a statement, a report. Evidence quotes point into it. */
export const documentSchema = z.object({
  id,
  title: z.string().optional(),
  publisher: z.string().optional(),
  author: z.string().optional(),
  url: httpUrl.optional(),
  published: isoDate.optional(),
  language: z.string().optional(),
  /** The full text the evidence offsets point into; absent for a document known by URL only. */
  text: z.string().optional(),
  reliability: reliability.optional(),
  /** Anything else the source says about it (e.g. GDELT's confidence in a mention). */
  properties: properties.optional(),
});

/** When a relation happened: a date (its precision is how it is written) or an interval. */
export const occurredSchema = z.union([
  isoDate,
  z.object({
    start: isoDate,
    end: isoDate,
    precision: z.enum(['day', 'month', 'year']).optional(),
  }),
]);

export const actorKindSchema = z.object({
  id,
  label: z.string(),
  labels: labels.optional(),
  description: z.string().optional(),
  color: color.optional(),
  shape: z.enum(NODE_SHAPES).optional(),
});

export const relationTypeSchema = z.object({
  id,
  label: z.string(),
  labels: labels.optional(),
  description: z.string().optional(),
  directed: z.boolean().default(true),
  color: color.optional(),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits')
    .optional(),
});

export const positionSchema = z.object({ x: z.number(), y: z.number() });

export const actorSchema = z.object({
  id,
  label: z.string(),
  labels: labels.optional(),
  kind: id,
  aliases: z.array(z.string()).optional(),
  description: z.string().optional(),
  parent: id.optional(),
  /** Overrides the kind's colour for this actor (e.g. colours imported from Gephi). */
  color: color.optional(),
  position: positionSchema.optional(),
  /** For an actor who is a source (a spokesman, an agency): how reliable it is. */
  reliability: reliability.optional(),
  /** Whose words this actor passes on (an outlet relaying an agency): followed to the root. */
  relays: id.optional(),
  properties: properties.optional(),
});

export const evidenceSchema = z.object({
  /** The document quoted; may be left out when the dataset has exactly one. */
  document: id.optional(),
  quote: z.string(),
  /** UTF-16 code-unit offset into the document's text, inclusive; absent if it has none. */
  start: z.number().int().min(0).optional(),
  /** UTF-16 code-unit offset into the document's text, exclusive. */
  end: z.number().int().min(0).optional(),
  credibility: credibility.optional(),
  /** Who this document says makes the claim, nearest first; else the relation's assertedBy. */
  assertedBy: z.array(id).optional(),
});

export const relationSchema = z.object({
  id,
  source: id,
  target: id,
  type: id,
  /** Overrides the type's label for this relation (e.g. "spokesman of" for type "role"). */
  label: z.string().optional(),
  labels: labels.optional(),
  status: z.enum(STATUSES).optional(),
  evidence: z.array(evidenceSchema),
  /** Who asserts the claim, nearest source first (e.g. the media, then their anonymous sources). */
  assertedBy: z.array(id).optional(),
  /** The relation (claim) this one contradicts. */
  disputes: id.optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** When it happened, as opposed to when it was reported (its evidence's documents). */
  occurred: occurredSchema.optional(),
  note: z.string().optional(),
  properties: properties.optional(),
});

/**
 * A step of a briefing story: a saved view — the same parameters a link carries
 * (`hideTypes=…&time=…&sel=…&vp=…`, store/viewParams.ts) — with a title and a short caption
 * (emphasis and http(s) links; anything else shows as text).
 */
export const storyStepSchema = z.object({
  id,
  title: z.string(),
  caption: z.string().max(5000).optional(),
  view: z.string().max(20000),
  /** The view's version (vocabulary.ts VIEW_VERSION); a newer one is refused when shown. */
  viewVersion: z.number().int().min(1).optional(),
});

export const storySchema = z.object({
  id,
  title: z.string(),
  steps: z.array(storyStepSchema),
});

const measure = z.number().finite().min(0);

/**
 * Network measures as computed when the file was written (the actors table's): a snapshot,
 * not kept up to date by edits. Optional; other tools get them as node attributes.
 */
export const metricsSchema = z.object({
  /** Of the graph as it was shown, or of the whole dataset. */
  scope: z.enum(['visible', 'whole']),
  /** Betweenness estimated from a sample of sources (large graphs). */
  sampled: z.boolean(),
  actors: z.record(
    id,
    z.object({
      degreeIn: measure,
      degreeOut: measure,
      degree: measure,
      weightedDegree: measure,
      betweenness: measure,
      pagerank: measure,
      closeness: measure,
      community: z.number().int().min(0),
    }),
  ),
  communities: z.array(
    z.object({ id: z.number().int().min(0), size: z.number().int().min(1), hub: id }),
  ),
});

export const datasetSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  title: z.string(),
  description: z.string().optional(),
  documents: z.array(documentSchema),
  actorKinds: z.array(actorKindSchema),
  relationTypes: z.array(relationTypeSchema),
  actors: z.array(actorSchema),
  relations: z.array(relationSchema),
  /** Briefing stories: saved views in sequence, travelling with the data. */
  stories: z.array(storySchema).optional(),
  metrics: metricsSchema.optional(),
});

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type ActorKind = Dataset['actorKinds'][number];
export type RelationType = Dataset['relationTypes'][number];
export type Actor = Dataset['actors'][number];
export type Relation = Dataset['relations'][number];
export type Evidence = Relation['evidence'][number];
export type StoryDocument = Dataset['documents'][number];
export type Story = NonNullable<Dataset['stories']>[number];
export type StoryStep = Story['steps'][number];
export type DatasetMetrics = NonNullable<Dataset['metrics']>;
export type Occurred = NonNullable<Relation['occurred']>;
export type Reliability = (typeof RELIABILITY)[number];
export type Status = (typeof STATUSES)[number];
export type NodeShape = (typeof NODE_SHAPES)[number];
