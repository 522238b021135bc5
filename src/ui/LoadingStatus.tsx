import { useTranslation } from '../i18n/useTranslation';
import { cancelLayout } from '../graph/api';
import { cancelLoading } from '../io/openSource';
import { useGraph } from '../store/StoreContext';

/** Progress of a load under way, with Cancel; the current graph stays until the new one is ready. */
export function LoadingStatus() {
  const { t } = useTranslation();
  const loading = useGraph((s) => s.loading);
  const layout = useGraph((s) => s.layoutProgress);
  if (!loading && layout !== null) {
    // A big graph without positions is being laid out in the background.
    return (
      <div className="loading" role="status">
        <span>{t('load.layingOut')}</span>
        <progress aria-label={t('load.layoutProgress')} value={layout} max={1} />
        <button type="button" onClick={cancelLayout}>
          {t('load.cancel')}
        </button>
      </div>
    );
  }
  if (!loading) return null;
  const text = t(`load.${loading.stage}`, { name: loading.name });
  return (
    <div className="loading" role="status">
      <span>{text}</span>
      <progress
        aria-label={t('load.progress')}
        {...(loading.fraction !== null ? { value: loading.fraction, max: 1 } : {})}
      />
      <button type="button" onClick={cancelLoading}>
        {t('load.cancel')}
      </button>
    </div>
  );
}
