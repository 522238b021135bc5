import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, setUiLanguage } from '../../src/i18n/i18n';
import type { GraphStore } from '../../src/store/graphStore';
import { StoreContext } from '../../src/store/StoreContext';

/** Renders UI with the app's i18n and the given store, keeping i18next on the store's language. */
export function renderWithStore(ui: ReactElement, store: GraphStore) {
  setUiLanguage(store.getState().language);
  store.subscribe((s) => setUiLanguage(s.language));
  return render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>{ui}</StoreContext.Provider>
    </I18nextProvider>,
  );
}
