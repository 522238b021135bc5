import { useTranslation } from 'react-i18next';
import { cancelLoading } from '../store/openSource';
import { useGraph } from '../store/StoreContext';

/** Progress of a load under way, with Cancel; the current graph stays until the new one is ready. */
export function LoadingStatus() {
  const { t } = useTranslation();
  const loading = useGraph((s) => s.loading);
  if (!loading) return null;
  const text = t(loading.stage === 'reading' ? 'load.reading' : 'load.parsing', {
    name: loading.name,
  });
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
