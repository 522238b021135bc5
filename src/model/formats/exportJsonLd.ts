import type { Labels } from '../labels';
import type { Dataset, Relation, StoryDocument } from '../schema';
import { traceSources, type Root } from '../sourceTrace';
import { statusOf } from '../status';

/*
 * The claims as linked data, for fact-checking and archive systems: each relation a
 * schema.org `Claim` — what it says, where it appeared, who made it — with a `ClaimReview`
 * giving its status as the rating, and W3C PROV-O for provenance: `prov:wasQuotedFrom` the
 * documents, `prov:wasAttributedTo` the asserting actors, `prov:hadPrimarySource` the root
 * sources the attribution chains lead to. The mapping is documented in docs/format.md.
 */

const CONTEXT = {
  '@vocab': 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
};

/** Ratings: schema.org has no fixed scale for this; the status word is the alternateName. */
const RATING: Record<string, number> = {
  confirmed: 5,
  reported: 4,
  alleged: 3,
  hypothetical: 2,
  denied: 1,
  unspecified: 3,
};

const documentNode = (d: StoryDocument) => ({
  '@type': 'CreativeWork',
  '@id': d.url ?? `#document-${encodeURIComponent(d.id)}`,
  ...(d.title ? { headline: d.title } : {}),
  ...(d.url ? { url: d.url } : {}),
  ...(d.publisher ? { publisher: { '@type': 'Organization', name: d.publisher } } : {}),
  ...(d.published ? { datePublished: d.published } : {}),
  ...(d.language ? { inLanguage: d.language } : {}),
});

export function exportJsonLd(
  dataset: Dataset,
  relations: readonly Relation[],
  labels: Labels,
  reviewer = 'Actor Graph',
): string {
  const documents = new Map(dataset.documents.map((d) => [d.id, d]));
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const actorRef = (id: string) => ({
    '@id': `#actor-${encodeURIComponent(id)}`,
    name: actors.get(id)?.label ?? id,
  });
  const rootRef = (root: Root) =>
    root.kind === 'actor'
      ? actorRef(root.id)
      : root.kind === 'publisher'
        ? { '@type': 'Organization', name: root.name }
        : { '@id': documents.get(root.id)?.url ?? `#document-${encodeURIComponent(root.id)}` };
  const trace = traceSources(dataset);
  const graph: object[] = [];
  for (const r of relations) {
    const docs = [...new Set(r.evidence.map((e) => e.document).filter(Boolean))]
      .map((id) => documents.get(id!))
      .filter((d): d is StoryDocument => !!d)
      .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? ''));
    const asserters = [
      ...new Set([...(r.assertedBy ?? []), ...r.evidence.flatMap((e) => e.assertedBy ?? [])]),
    ];
    const roots = new Map<string, Root>();
    for (const t of trace.get(r.id) ?? []) roots.set(t.rootKey, t.root);
    const text = labels.sentence(r);
    const status = statusOf(r);
    const claimId = `#relation-${encodeURIComponent(r.id)}`;
    const quotes = r.evidence.map((e) => e.quote).filter((q) => q.trim() !== '');
    graph.push({
      '@type': 'Claim',
      '@id': claimId,
      text,
      ...(quotes.length ? { description: quotes.join(' … ') } : {}),
      about: [actorRef(r.source), actorRef(r.target)],
      ...(docs[0] ? { firstAppearance: documentNode(docs[0]) } : {}),
      appearance: docs.map(documentNode),
      ...(docs[0]?.published ? { datePublished: docs[0].published } : {}),
      ...(asserters.length ? { author: asserters.map(actorRef) } : {}),
      'prov:wasQuotedFrom': docs.map((d) => ({ '@id': documentNode(d)['@id'] })),
      'prov:wasAttributedTo': asserters.map(actorRef),
      'prov:hadPrimarySource': [...roots.values()].map(rootRef),
    });
    graph.push({
      '@type': 'ClaimReview',
      '@id': `${claimId}-review`,
      claimReviewed: text,
      itemReviewed: { '@id': claimId },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING[status] ?? 3,
        bestRating: 5,
        worstRating: 1,
        alternateName: status,
      },
      author: { '@type': 'Organization', name: reviewer },
      ...(dataset.title ? { isPartOf: { '@type': 'Dataset', name: dataset.title } } : {}),
    });
  }
  // "<" written as \u003c: the same JSON, and safe if pasted into an HTML <script> element.
  return `${JSON.stringify({ '@context': CONTEXT, '@graph': graph }, null, 2).replace(/</g, '\\u003c')}\n`;
}
