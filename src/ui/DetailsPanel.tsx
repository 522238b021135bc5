import { useTranslation } from 'react-i18next';
import { useGraph } from '../store/StoreContext';
import { selectSelectedActor, selectSelectedRelations } from '../store/selectors';
import { ActorDetails } from './ActorDetails';
import { ActorForm } from './editor/ActorForm';
import { RelationForm } from './editor/RelationForm';
import { ValidationList } from './editor/ValidationList';
import { RelationDetails } from './RelationDetails';

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
        {actor ? (
          <ActorForm key={actor.id} actor={actor} />
        ) : relations[0] ? (
          <RelationForm key={relations[0].id} relation={relations[0]} />
        ) : (
          <p className="hint">{t('edit.hint')}</p>
        )}
        <ValidationList />
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
