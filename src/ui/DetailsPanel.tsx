import { lazy, Suspense } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';
import { selectSelectedActor, selectSelectedRelations } from '../store/selectors';
import { whenIdle } from './whenIdle';

// The editor (forms, live validation) loads when editing starts, not with the page.
const EditorDetails = lazy(() => import('./editor/EditorDetails'));
// What is shown of a selection loads once the page is idle (before anyone has clicked, as a
// rule), not with the page: the start-up budget is spent on drawing the graph.
const loadDetails = () => import('./SelectionDetails');
const SelectionDetails = lazy(loadDetails);
whenIdle(() => void loadDetails());

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
          <Suspense fallback={<p className="hint">…</p>}>
            <SelectionDetails relations={relations} {...(actor ? { actor } : {})} />
          </Suspense>
        </>
      )}
    </section>
  );
}
