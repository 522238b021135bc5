type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The id version 1's one article gets as version 2's one document. */
export const V1_DOCUMENT_ID = 'article';

/**
 * Version 1's `source` and `article` as version 2's documents: the article becomes the one
 * document, carrying the source's title, publisher, date and URL. Evidence keeps its offsets
 * (they pointed into that text) and leaves out its document (there is only one). A v1 file
 * without article text but with quotes gets a document without text; its quotes lose their
 * offsets, which had nothing to point into.
 */
export function documentsFromV1(source: unknown, article: unknown, hasQuotes: boolean): Loose[] {
  const text = isObject(article) ? article.text : undefined;
  if (!isObject(source) && text === undefined && !hasQuotes) return [];
  return [
    {
      id: V1_DOCUMENT_ID,
      ...(isObject(source) ? source : {}),
      ...(text !== undefined ? { text } : {}),
    },
  ];
}

/** Migrates a version 1 dataset to version 2 (see migrate.ts). */
export function migrateV1(d: Loose): Loose {
  const { source, article, relations, ...rest } = d;
  const list = Array.isArray(relations) ? relations : [];
  const hasQuotes = list.some((r) => isObject(r) && Array.isArray(r.evidence) && r.evidence.length);
  const documents = documentsFromV1(source, article, hasQuotes);
  const withText = documents[0]?.text !== undefined;
  return {
    ...rest,
    documents,
    relations: Array.isArray(relations) ? list.map((r) => migrateRelation(r, withText)) : relations,
  };
}

function migrateRelation(r: unknown, withText: boolean): unknown {
  if (!isObject(r)) return r;
  const { date, ...rest } = r;
  const out: Loose = { ...rest, ...(date !== undefined ? { occurred: date } : {}) };
  if (!withText && Array.isArray(r.evidence))
    out.evidence = r.evidence.map((e) => {
      if (!isObject(e)) return e;
      const { start: _s, end: _e, ...quote } = e;
      return quote;
    });
  return out;
}
