import { useTranslation } from '../i18n/useTranslation';
import { useGraph } from '../store/StoreContext';

/** A small notice (e.g. ignored link parameters); never in the way, dismissible. */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useGraph((s) => s.notice);
  const setNotice = useGraph((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="status">
      <span>{notice}</span>
      <button type="button" onClick={() => setNotice(null)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
