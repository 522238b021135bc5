import { useTranslation } from '../i18n/useTranslation';
import type { ViewMode } from '../store/graphStore';
import { useGraph } from '../store/StoreContext';

/** Events (relations as stated) or "who says so" (plus the chains of attribution). */
export function ViewModeSwitch() {
  const { t } = useTranslation();
  const mode = useGraph((s) => s.viewMode);
  const setMode = useGraph((s) => s.setViewMode);
  const option = (value: ViewMode, label: string) => (
    <label className="segment">
      <input
        type="radio"
        name="view-mode"
        checked={mode === value}
        onChange={() => setMode(value)}
      />
      <span>{label}</span>
    </label>
  );
  return (
    <fieldset className="view-mode" title={t('view.modeHint')}>
      <legend className="visually-hidden">{t('view.modeLabel')}</legend>
      {option('events', t('view.events'))}
      {option('attribution', t('view.attribution'))}
    </fieldset>
  );
}
