import { useCallback, useSyncExternalStore } from 'react';
import { onUiLanguage, translate, uiLanguage, type Translate } from './i18n';

/** The UI's translate function; components re-render when the language changes. */
export function useTranslation(): { t: Translate } {
  const lang = useSyncExternalStore(onUiLanguage, uiLanguage);
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  return { t };
}
