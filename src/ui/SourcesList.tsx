import { useTranslation } from '../i18n/useTranslation';
import { gradeLabel, type Root, type Support } from '../model/corroboration';
import { foldForSearch } from '../model/search';
import { useGraph } from '../store/StoreContext';
import { selectLabels, selectPublishedBy, selectSupport } from '../store/selectors';
import { documentName } from './DocumentReader';

/**
 * "3 documents, 2 independent sources: Reuters; anonymous US officials (via Reuters, CNN)",
 * each with its grade — what the claim rests on, as known at the chosen time.
 */
export function SourcesList({ relationId }: { relationId: string }) {
  const { t } = useTranslation();
  const support: Support | undefined = useGraph((s) => selectSupport(s).get(relationId));
  const labels = useGraph(selectLabels);
  const documents = useGraph((s) => s.dataset.documents);
  const asOf = useGraph(selectPublishedBy);
  const selectActor = useGraph((s) => s.selectActor);
  const readDocument = useGraph((s) => s.readDocument);
  if (!support || support.sources.length === 0)
    return <p className="hint">{t('story.noSources')}</p>;
  const name = (root: Root) => {
    if (root.kind === 'actor')
      return (
        <button type="button" className="link" onClick={() => selectActor(root.id)}>
          {labels.actor(root.id)}
        </button>
      );
    if (root.kind === 'publisher') return <span>{root.name}</span>;
    const doc = documents.find((d) => d.id === root.id);
    return doc ? (
      <button type="button" className="link" onClick={() => readDocument(doc.id)}>
        {documentName(doc, t('documents.untitled'))}
      </button>
    ) : (
      <span>{t('story.documentOf', { id: root.id })}</span>
    );
  };
  return (
    <>
      <p>
        {t('story.corroboration', {
          count: support.sources.length,
          docs: t('story.documentCount', { count: support.documents }),
        })}
        {asOf && <span className="hint"> ({t('story.asKnown', { date: asOf })})</span>}
      </p>
      <ul className="sources" aria-label={t('story.sources')}>
        {support.sources.map((s) => {
          const grade = gradeLabel(s);
          // "via" names the outlets that carried someone else's words, not the source itself.
          const own =
            s.root.kind === 'actor'
              ? labels.actor(s.root.id)
              : s.root.kind === 'publisher'
                ? s.root.name
                : '';
          const via = s.via.filter((p) => foldForSearch(p) !== foldForSearch(own));
          return (
            <li key={s.rootKey}>
              {name(s.root)}
              {via.length > 0 && (
                <span className="hint"> ({t('story.via', { names: via.join(', ') })})</span>
              )}
              {grade && (
                <span className="grade" title={t('story.grade', { grade })}>
                  {grade}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
