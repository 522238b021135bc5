import { useId, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { openSource } from '../io/openSource';
import { useGraphStoreApi } from '../store/StoreContext';
import { Modal } from './Modal';

/** Paste graph data as text (JSON, GraphML, GEXF, CSV). */
export function PasteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const [text, setText] = useState('');
  const hintId = useId();
  return (
    <Modal title={t('load.pasteTitle')} onClose={onClose}>
      <p id={hintId} className="hint">
        {t('load.pasteHint')}
      </p>
      <textarea
        aria-label={t('load.pasteLabel')}
        aria-describedby={hintId}
        rows={12}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('load.close')}
        </button>
        <button
          type="button"
          disabled={text.trim() === ''}
          onClick={() => {
            onClose();
            void openSource(store, { kind: 'text', name: t('load.pasted'), text });
          }}
        >
          {t('load.pasteOpen')}
        </button>
      </div>
    </Modal>
  );
}
