import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { setUiLanguage } from '../../src/i18n/i18n';
import type { GraphStore } from '../../src/store/graphStore';
import { StoreContext } from '../../src/store/StoreContext';

/** Renders UI with the app's i18n and the given store, keeping the UI on the store's language. */
export function renderWithStore(ui: ReactElement, store: GraphStore) {
  setUiLanguage(store.getState().language);
  store.subscribe((s) => setUiLanguage(s.language));
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}
