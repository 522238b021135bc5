import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { newDataset, type NewDatasetFields } from '../../model/edit';
import { mayReplace } from '../../io/openSource';
import { useGraphStoreApi } from '../../store/StoreContext';
import { Modal } from '../Modal';

/** A new dataset from pasted article text, kept exactly as pasted (offsets point into it). */
export function NewDatasetDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const [f, setF] = useState<NewDatasetFields>({ title: '', text: '' });
  const field = (key: keyof NewDatasetFields, label: string) => (
    <label className="share-field">
      {label}
      <input
        type="text"
        value={f[key] ?? ''}
        onChange={(e) => setF({ ...f, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <Modal title={t('edit.newDataset')} onClose={onClose}>
      {field('title', t('edit.title'))}
      <label className="share-field">
        {t('edit.articleText')}
        <textarea rows={10} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} />
      </label>
      {field('publisher', t('edit.publisher'))}
      {field('url', t('edit.url'))}
      {field('published', t('edit.published'))}
      {field('language', t('edit.language'))}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('edit.close')}
        </button>
        <button
          type="button"
          disabled={!f.title.trim()}
          onClick={() => {
            const name = `${f.title.trim()}.actor-graph.json`;
            if (!mayReplace(store, name)) return;
            const s = store.getState();
            s.loadDataset(newDataset(f), name, [], { kind: 'local' });
            s.markSaved();
            s.edit((d) => d); // a new dataset is unsaved work from the start
            onClose();
          }}
        >
          {t('edit.create')}
        </button>
      </div>
    </Modal>
  );
}
