import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useStore } from 'zustand';
import { actorPositions } from '../../graph/api';
import { addActor, addRelation, setPositions, uniqueId } from '../../model/edit';
import { useGraph, useGraphStoreApi } from '../../store/StoreContext';
import { CategoriesDialog } from './CategoriesDialog';
import { NewDatasetDialog } from './NewDatasetDialog';

/** Authoring tools: undo/redo, new dataset, add actor or relation, kinds & types, save layout. */
export function EditBar() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const canUndo = useStore(store.temporal, (h) => h.pastStates.length > 0);
  const canRedo = useStore(store.temporal, (h) => h.futureStates.length > 0);
  const dirty = useGraph((s) => s.dirty);
  const saveFailed = useGraph((s) => s.saving === 'failed');
  const hasActors = useGraph((s) => s.dataset.actors.length > 0);
  const [dialog, setDialog] = useState<'new' | 'categories' | null>(null);

  const newActor = () => {
    const s = store.getState();
    const id = uniqueId(
      t('edit.newActor'),
      s.dataset.actors.map((a) => a.id),
    );
    const kind = s.dataset.actorKinds[0]?.id ?? 'actor';
    s.edit((d) => addActor(d, { id, label: t('edit.newActor'), kind }));
    s.selectActor(id);
  };
  const newRelation = () => {
    const s = store.getState();
    const actors = s.dataset.actors;
    const from = s.selection?.kind === 'actor' ? s.selection.id : actors[0]?.id;
    const to = actors.find((a) => a.id !== from)?.id ?? from;
    const type = s.dataset.relationTypes[0]?.id ?? 'related';
    if (!from || !to) return;
    const id = uniqueId(
      `${from}-${type}-${to}`,
      s.dataset.relations.map((r) => r.id),
    );
    s.edit((d) => addRelation(d, { id, source: from, target: to, type, evidence: [] }));
    s.selectRelation(id);
  };
  const saveLayout = () => {
    const positions = actorPositions();
    if (positions) store.getState().edit((d) => setPositions(d, positions));
  };

  return (
    <div className="edit-bar" role="toolbar" aria-label={t('edit.bar')}>
      <button
        type="button"
        onClick={() => store.temporal.getState().undo()}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
      >
        ↶ {t('edit.undo')}
      </button>
      <button
        type="button"
        onClick={() => store.temporal.getState().redo()}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        ↷ {t('edit.redo')}
      </button>
      <button type="button" onClick={() => setDialog('new')}>
        {t('edit.newDataset')}
      </button>
      <button type="button" onClick={newActor}>
        {t('edit.addActor')}
      </button>
      <button type="button" onClick={newRelation} disabled={!hasActors}>
        {t('edit.addRelation')}
      </button>
      <button type="button" onClick={() => setDialog('categories')}>
        {t('edit.categories')}
      </button>
      <button type="button" onClick={saveLayout} disabled={!hasActors}>
        {t('edit.saveLayout')}
      </button>
      <span className="hint" role="status">
        {dirty ? t(saveFailed ? 'edit.notSaved' : 'edit.unsaved') : t('edit.saved')}
      </span>
      {dialog === 'new' && <NewDatasetDialog onClose={() => setDialog(null)} />}
      {dialog === 'categories' && <CategoriesDialog onClose={() => setDialog(null)} />}
    </div>
  );
}
