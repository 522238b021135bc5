import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { GraphState } from '../../src/store/graphStore';
import { StoreContext } from '../../src/store/StoreContext';

export function renderWithStore(ui: ReactElement, store: StoreApi<GraphState>) {
  return render(<StoreContext.Provider value={store}>{ui}</StoreContext.Provider>);
}
