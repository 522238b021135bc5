import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';

/** A small notice (e.g. ignored link parameters); never in the way, dismissible. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useGraph((s) => s.notice);
  const setNotice = useGraph((s) => s.setNotice);
  const undoes = useGraph((s) => s.noticeUndoes);
  const store = useGraphStoreApi();
  if (!notice) return null;
  return (
    <div className="notice-bar" role="status">
      <span>{notice}</span>
      {undoes && (
        <button
          type="button"
          onClick={() => {
            store.temporal.getState().undo();
            setNotice(null);
          }}
        >
          {t('edit.undo')}
        </button>
      )}
      <button type="button" onClick={() => setNotice(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
