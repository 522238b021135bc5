import { useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Relation } from '../model/schema';
import { statusOf } from '../model/status';
import { useGraph } from '../store/StoreContext';
import {
  selectIndex,
  selectLabels,
  selectPublishedBy,
  selectTypeStyles,
  selectVisible,
} from '../store/selectors';
import { dayOf } from '../model/documents';
import { AssertedBy } from './AssertedBy';
import { documentName } from './DocumentReader';
import { EvidenceQuote } from './EvidenceQuote';
import { SourcesList } from './SourcesList';
import { PropertyList } from './PropertyList';
import { LineSwatch } from './Swatches';

/** A claim in full: wording, direction, status in words, who says so, evidence, disputes. */
export function RelationDetails({
  relation,
  compact = false,
}: {
  relation: Relation;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const index = useGraph(selectIndex);
  const labels = useGraph(selectLabels);
  const types = useGraph(selectTypeStyles);
  const visible = useGraph(selectVisible);
  const selectActor = useGraph((s) => s.selectActor);
  const selectRelation = useGraph((s) => s.selectRelation);
  const documents = useGraph((s) => s.dataset.documents);
  const readDocument = useGraph((s) => s.readDocument);
  const articleOpen = useGraph((s) => s.panels.article);
  const togglePanel = useGraph((s) => s.togglePanel);
  const asOf = useGraph(selectPublishedBy);
  const type = types.get(relation.type);
  const status = statusOf(relation);
  const cameo = index.types.get(relation.type)?.cameo;
  const disputes = relation.disputes ? index.relations.get(relation.disputes) : undefined;
  const disputedBy = (index.disputedBy.get(relation.id) ?? []).flatMap(
    (id) => index.relations.get(id) ?? [],
  );
  const directed = type?.directed !== false;

  const actorButton = (id: string) => (
    <button type="button" className="link" onClick={() => selectActor(id)}>
      {labels.actor(id)}
    </button>
  );
  const relationItem = (r: Relation) => (
    <li key={r.id}>
      <button type="button" className="link" onClick={() => selectRelation(r.id)}>
        {labels.sentence(r)}
      </button>{' '}
      <span className="hint">({t(`status.${statusOf(r)}`)})</span>
    </li>
  );

  return (
    <article aria-labelledby={headingId} className={compact ? 'relation compact' : 'relation'}>
      <h2 id={headingId}>{labels.sentence(relation)}</h2>
      {!visible.relationIds.has(relation.id) && <p className="notice">{t('details.hidden')}</p>}
      <p className="direction">
        {actorButton(relation.source)} <span aria-hidden="true">{directed ? '→' : '—'}</span>
        <span className="visually-hidden">
          {directed ? t('details.to') : t('details.and')}
        </span>{' '}
        {actorButton(relation.target)}
      </p>
      <dl>
        <dt>{t('details.type')}</dt>
        <dd>
          <LineSwatch color={type?.color} status={status} undirected={type?.directed === false} />{' '}
          {labels.type(relation.type)}
          {labels.verb(relation) !== labels.type(relation.type) && ` — “${labels.verb(relation)}”`}
          {cameo && <span className="hint"> {t('details.cameo', { code: cameo })}</span>}
        </dd>
        <dt>{t('details.status')}</dt>
        <dd>
          <strong>{t(`status.${status}`)}</strong>: {t(`status.meaning.${status}`)}
        </dd>
        {/* In a story, who says so is told per document under Sources. */}
        {(relation.assertedBy?.length || documents.length <= 1) && (
          <>
            <dt>{t('details.assertedBy')}</dt>
            <dd>
              <AssertedBy relation={relation} actorButton={actorButton} />
            </dd>
          </>
        )}
        {relation.occurred && (
          <>
            <dt>{t('story.occurred')}</dt>
            <dd>
              {typeof relation.occurred === 'string'
                ? relation.occurred
                : `${relation.occurred.start} – ${relation.occurred.end}`}
            </dd>
          </>
        )}
        {relation.confidence !== undefined && (
          <>
            <dt>{t('details.confidence')}</dt>
            <dd>{Math.round(relation.confidence * 100)} %</dd>
          </>
        )}
      </dl>
      <h3>{t('story.sources')}</h3>
      <SourcesList relationId={relation.id} />
      <h3>{t('details.evidence')}</h3>
      {relation.evidence.length === 0 ? (
        <p className="hint">{t('details.noEvidence')}</p>
      ) : (
        <ul className="evidence" aria-label={t('details.evidenceList')}>
          {relation.evidence.map((ev, i) => {
            const doc = documents.find((d) => d.id === ev.document);
            const docName = documentName(doc, t('documents.untitled'));
            const day = dayOf(doc?.published);
            const later = asOf !== null && day !== undefined && day > asOf;
            return (
              <li key={i} className={later ? 'later' : undefined}>
                <EvidenceQuote quote={ev.quote} doc={doc} />
                <span className="hint">
                  {documents.length > 1 && (
                    <>
                      {[
                        docName,
                        doc?.publisher !== docName && doc?.publisher,
                        dayOf(doc?.published),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                      {' · '}
                    </>
                  )}
                  {later && <strong>{t('documents.later')} · </strong>}
                  {ev.start !== undefined &&
                    ev.end !== undefined &&
                    t('details.offsets', { start: ev.start, end: ev.end })}
                </span>
                {documents.length > 1 && doc && (
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      readDocument(doc.id);
                      if (!articleOpen) togglePanel('article');
                    }}
                  >
                    {t('documents.read', { title: docName })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {relation.note && (
        <>
          <h3>{t('details.note')}</h3>
          <p>{relation.note}</p>
        </>
      )}
      {disputes && (
        <>
          <h3>{t('details.disputes')}</h3>
          <ul aria-label={t('details.disputes')}>{relationItem(disputes)}</ul>
        </>
      )}
      {disputedBy.length > 0 && (
        <>
          <h3>{t('details.disputedBy')}</h3>
          <ul aria-label={t('details.disputedBy')}>{disputedBy.map(relationItem)}</ul>
        </>
      )}
      <PropertyList properties={relation.properties} />
    </article>
  );
}
