import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { download } from './download';

/**
 * Work saved in this browser that could not be read back: said so, with its text to download,
 * and kept until the user discards it.
 */
export function UnreadableWorkNotice() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const work = useGraph((s) => s.unreadableWork);
  if (!work) return null;
  const discard = async () => {
    const { browserWork } = await import('../io/browserWork');
    await browserWork().discardUnreadable(store);
  };
  return (
    <div className="notice-bar" role="alert">
      <span>{t('work.unreadable', { reason: work.reason })}</span>
      <button
        type="button"
        disabled={!work.text}
        onClick={() => download('saved-work.txt', work.text, 'text/plain')}
      >
        {t('work.download')}
      </button>
      <button type="button" onClick={() => void discard()}>
        {t('work.discard')}
      </button>
    </div>
  );
}
