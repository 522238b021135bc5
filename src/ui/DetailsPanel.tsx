import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import { selectSelectedActor, selectSelectedRelations } from '../store/selectors';
import { ActorDetails } from './ActorDetails';
import { RelationDetails } from './RelationDetails';

// The editor (forms, live validation) loads when editing starts, not with the page.
const EditorDetails = lazy(() => import('./editor/EditorDetails'));

/** What is selected: relations with their evidence (several after a click on overlapping quotes), or an actor. */
export function DetailsPanel() {
  const { t } = useTranslation();
  const relations = useGraph(selectSelectedRelations);
  const actor = useGraph(selectSelectedActor);
  const clearSelection = useGraph((s) => s.clearSelection);
  const editing = useGraph((s) => s.editing);
  const empty = relations.length === 0 && !actor;
  if (editing) {
    return (
      <section className="panel details-panel" aria-label={t('details.region')}>
        <Suspense fallback={<p className="hint">…</p>}>
          <EditorDetails
            {...(actor ? { actor } : {})}
            {...(relations[0] ? { relation: relations[0] } : {})}
          />
        </Suspense>
      </section>
    );
  }
  return (
    <section className="panel details-panel" aria-label={t('details.region')} aria-live="polite">
      {empty ? (
        <p className="hint">{t('details.empty')}</p>
      ) : (
        <>
          <button
            type="button"
            className="close"
            onClick={clearSelection}
            aria-label={t('details.clear')}
          >
            ×
          </button>
          {relations.length > 1 && (
            <p className="notice">{t('details.several', { count: relations.length })}</p>
          )}
          {relations.map((r) => (
            <RelationDetails key={r.id} relation={r} compact={relations.length > 1} />
          ))}
          {actor && <ActorDetails actor={actor} />}
        </>
      )}
    </section>
  );
}
