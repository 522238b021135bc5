import { memo, useMemo, useRef } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { safeHttpUrl } from '../model/articleSegments';
import { dayOf, evidenceCounts, firstReadable } from '../model/documents';
import type { StoryDocument } from '../model/schema';
import { useGraph } from '../store/StoreContext';
import { selectLabels, selectPublishedBy } from '../store/selectors';
import { ArticleText } from './ArticleText';
import { EvidenceNavigator } from './EvidenceNavigator';
import { useRowWindow } from './useRowWindow';

/** A document's name in lists: its title, else its publisher, else its id. */
export function documentName(d: StoryDocument | undefined, untitled: string): string {
  return d?.title ?? d?.publisher ?? (d ? d.id : untitled);
}

/**
 * The story's documents beside the graph: a list (date, publisher, grade, relations evidenced)
 * when there are several, and the chosen one's text with every quote marked — in its own
 * language. A document known only by its address shows its quotes alone.
 */
export function DocumentReader() {
  const { t } = useTranslation();
  const documents = useGraph((s) => s.dataset.documents);
  const relations = useGraph((s) => s.dataset.relations);
  const title = useGraph((s) => s.dataset.title);
  const chosen = useGraph((s) => s.readingDocument);
  const asOf = useGraph(selectPublishedBy);
  const readDocument = useGraph((s) => s.readDocument);
  // A new dataset mounts a fresh text rather than reconciling thousands of marks.
  const datasetKey = useGraph((s) => s.datasetKey);
  const counts = useMemo(() => evidenceCounts(documents, relations), [documents, relations]);
  const doc = documents.find((d) => d.id === chosen) ?? firstReadable(documents);
  // A GDELT day has tens of thousands of documents: only the rows in view are drawn.
  const listRef = useRef<HTMLUListElement>(null);
  const rows = useRowWindow(documents.length, listRef);
  return (
    <section className="panel article-panel" aria-labelledby="article-heading">
      <div className="panel-heading">
        <h2 id="article-heading">
          {t(documents.length > 1 ? 'documents.heading' : 'article.heading')}
        </h2>
        {doc && <EvidenceNavigator />}
      </div>
      {documents.length > 1 && (
        <ul
          ref={listRef}
          className={rows.windowed ? 'document-list windowed' : 'document-list'}
          aria-label={t('documents.list')}
        >
          {rows.padTop > 0 && <li aria-hidden="true" style={{ height: rows.padTop }} />}
          {documents.slice(rows.first, rows.last).map((d) => {
            const day = dayOf(d.published);
            return (
              <DocumentRow
                key={d.id}
                doc={d}
                day={day}
                current={d.id === doc?.id}
                later={asOf !== null && day !== undefined && day > asOf}
                relations={counts.get(d.id)?.relations ?? 0}
                onRead={readDocument}
              />
            );
          })}
          {rows.padBottom > 0 && <li aria-hidden="true" style={{ height: rows.padBottom }} />}
        </ul>
      )}
      {doc ? (
        <DocumentView key={`${datasetKey}:${doc.id}`} doc={doc} fallbackTitle={title} />
      ) : (
        <div className="article-scroll" tabIndex={0} aria-label={t('article.region')}>
          <p className="hint">{t('article.none')}</p>
        </div>
      )}
    </section>
  );
}

/** A document in the list; drawn again only when its own props change (2,000 of them). */
const DocumentRow = memo(function DocumentRow({
  doc: d,
  day,
  current,
  later,
  relations,
  onRead,
}: {
  doc: StoryDocument;
  day: string | undefined;
  current: boolean;
  later: boolean;
  relations: number;
  onRead: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <li className={later ? 'later' : undefined}>
      <button
        type="button"
        aria-current={current ? 'true' : undefined}
        onClick={() => onRead(d.id)}
        title={later ? t('documents.later') : undefined}
      >
        <span className="document-date">{day ?? t('documents.undated')}</span>
        <span className="document-name" lang={d.language}>
          {documentName(d, t('documents.untitled'))}
        </span>
        {d.publisher && d.title && <span className="hint">{d.publisher}</span>}
        {d.reliability && (
          <span className="grade" title={t('documents.reliability', { grade: d.reliability })}>
            {d.reliability}
          </span>
        )}
        <span className="hint">{t('documents.relations', { count: relations })}</span>
      </button>
    </li>
  );
});

function DocumentView({ doc, fallbackTitle }: { doc: StoryDocument; fallbackTitle: string }) {
  const { t } = useTranslation();
  const url = safeHttpUrl(doc.url);
  return (
    <>
      <p className="article-meta">
        <span className="article-title" lang={doc.language}>
          {doc.title ?? fallbackTitle}
        </span>
        {doc.publisher && <span>{doc.publisher}</span>}
        {doc.published && <span>{t('article.published', { date: doc.published })}</span>}
        {doc.reliability && <span>{t('documents.reliability', { grade: doc.reliability })}</span>}
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer nofollow">
            {t('article.source')}
          </a>
        )}
      </p>
      <div className="article-scroll" tabIndex={0} aria-label={t('article.region')}>
        {doc.text !== undefined ? (
          <ArticleText documentId={doc.id} text={doc.text} language={doc.language} />
        ) : (
          <StandingQuotes documentId={doc.id} language={doc.language} />
        )}
      </div>
    </>
  );
}

/** The quotes of a document without text: each selects its relation. */
function StandingQuotes({ documentId, language }: { documentId: string; language?: string }) {
  const { t } = useTranslation();
  const relations = useGraph((s) => s.dataset.relations);
  const labels = useGraph(selectLabels);
  const selectRelation = useGraph((s) => s.selectRelation);
  const quotes = relations.flatMap((r) =>
    r.evidence.filter((e) => e.document === documentId).map((e) => ({ r, e })),
  );
  return (
    <>
      <p className="hint">{t('documents.noText')}</p>
      <ul className="evidence" aria-label={t('documents.quotes')}>
        {quotes.map(({ r, e }, i) => (
          <li key={i}>
            {e.quote.trim() ? (
              <blockquote lang={language}>{e.quote}</blockquote>
            ) : (
              <p className="coded-from">{t('details.codedHere')}</p>
            )}
            <button type="button" className="link" onClick={() => selectRelation(r.id)}>
              {labels.sentence(r)}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
