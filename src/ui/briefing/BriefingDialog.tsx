import { useState } from 'react';
import { uiLanguage } from '../../i18n/i18n';
import { useTranslation } from '../../i18n/useTranslation';
import type { Orientation, Paper } from '../../model/briefing/briefing';
import { useGraphStoreApi } from '../../store/StoreContext';
import { Modal } from '../Modal';
import { briefingWords, exportBriefing, type BriefingFormat } from './exportBriefing';

/**
 * Exporting a story as a briefing: PDF (paper and orientation) or PowerPoint. Making it shows
 * every step in turn, so the dialog says it is busy until the file is there.
 */
export default function BriefingDialog({
  storyId,
  onClose,
}: {
  storyId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const [format, setFormat] = useState<BriefingFormat>('pdf');
  const [paper, setPaper] = useState<Paper>('a4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const run = async () => {
    setBusy(true);
    setMessage(t('stories.making'));
    try {
      await exportBriefing(store, storyId, {
        format,
        layout: { paper, orientation },
        ...briefingWords(t),
        language: uiLanguage(),
      });
      onClose();
    } catch (error) {
      setMessage(t('stories.failed', { message: (error as Error).message }));
      setBusy(false);
    }
  };
  const radio = <T extends string>(value: T, current: T, set: (v: T) => void, label: string) => (
    <label>
      <input type="radio" checked={current === value} disabled={busy} onChange={() => set(value)} />{' '}
      {label}
    </label>
  );
  return (
    <Modal title={t('stories.briefingTitle')} onClose={busy ? () => {} : onClose}>
      <fieldset>
        <legend>{t('stories.format')}</legend>
        {radio<BriefingFormat>('pdf', format, setFormat, t('stories.pdfFormat'))}
        {radio<BriefingFormat>('pptx', format, setFormat, t('stories.pptxFormat'))}
      </fieldset>
      <fieldset disabled={format !== 'pdf' || busy}>
        <legend>{t('stories.paper')}</legend>
        {radio<Paper>('a4', paper, setPaper, 'A4')}
        {radio<Paper>('letter', paper, setPaper, 'Letter')}
      </fieldset>
      <fieldset disabled={format !== 'pdf' || busy}>
        <legend>{t('stories.orientation')}</legend>
        {radio<Orientation>('landscape', orientation, setOrientation, t('stories.landscape'))}
        {radio<Orientation>('portrait', orientation, setOrientation, t('stories.portrait'))}
      </fieldset>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <div className="modal-actions">
        <button type="button" disabled={busy} onClick={onClose}>
          {t('load.cancel')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run()}>
          {t('stories.export')}
        </button>
      </div>
    </Modal>
  );
}
