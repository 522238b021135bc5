import { buildLabels } from '../../../src/model/labels';
import { exportJsonLd } from '../../../src/model/formats/exportJsonLd';
import { seedDataset, storyDataset } from '../../helpers';

type Node = Record<string, unknown> & { '@type': string; '@id': string };

function graphOf(dataset: ReturnType<typeof seedDataset>) {
  const labels = buildLabels(dataset, 'en', 'unknown');
  const text = exportJsonLd(dataset, dataset.relations, labels, 'Test desk');
  const doc = JSON.parse(text) as { '@context': Record<string, string>; '@graph': Node[] };
  return { text, doc };
}

describe('claims as JSON-LD', () => {
  it('gives each claim and its review the properties schema.org and PROV-O require', () => {
    const dataset = seedDataset();
    const { doc } = graphOf(dataset);
    expect(doc['@context']).toEqual({
      '@vocab': 'https://schema.org/',
      prov: 'http://www.w3.org/ns/prov#',
    });
    const claims = doc['@graph'].filter((n) => n['@type'] === 'Claim');
    const reviews = doc['@graph'].filter((n) => n['@type'] === 'ClaimReview');
    expect(claims).toHaveLength(dataset.relations.length);
    expect(reviews).toHaveLength(dataset.relations.length);
    for (const review of reviews) {
      // Google's ClaimReview requires claimReviewed, reviewRating (alternateName), author, itemReviewed.
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.reviewRating).toMatchObject({
        '@type': 'Rating',
        alternateName: expect.any(String),
      });
      expect(review.author).toMatchObject({ name: 'Test desk' });
      const item = review.itemReviewed as { '@id': string };
      expect(claims.some((c) => c['@id'] === item['@id'])).toBe(true);
    }
    const denial = claims.find((c) => c['@id'] === '#relation-deny-request')!;
    expect(denial.text).toBe('Chinese foreign ministry dismisses as "fake news" Anglo-Saxon media');
    expect(denial['prov:wasQuotedFrom']).toEqual([
      { '@id': expect.stringMatching(/^(https?:|#document-)/) },
    ]);
    expect(
      reviews.find((r) => r['@id'] === '#relation-deny-request-review')!.reviewRating,
    ).toMatchObject({
      alternateName: 'reported',
    });
    const request = claims.find((c) => c['@id'] === '#relation-request-aid')!;
    expect((request.description as string).length).toBeGreaterThan(10);
    expect(
      reviews.find((r) => r['@id'] === '#relation-request-aid-review')!.reviewRating,
    ).toMatchObject({ alternateName: 'alleged' });
  });

  it('follows attribution chains to their primary sources', () => {
    const dataset = storyDataset();
    const { doc } = graphOf(dataset);
    const claim = doc['@graph'].find(
      (n) => n['@type'] === 'Claim' && (n['prov:hadPrimarySource'] as unknown[]).length > 1,
    )!;
    expect(claim).toBeDefined();
    expect(claim['prov:wasAttributedTo']).toEqual(expect.any(Array));
    expect((claim.appearance as unknown[]).length).toBeGreaterThan(1);
  });

  it('writes markup in the data so that it can never close a script element', () => {
    const dataset = seedDataset();
    dataset.actors[0]!.label = '</script><script>alert(1)</script>';
    const { text, doc } = graphOf(dataset);
    expect(text).not.toContain('</script>');
    expect(JSON.stringify(doc)).toContain('</script><script>alert(1)</script>');
  });
});
