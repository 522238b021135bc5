import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createGraphStore } from '../store/graphStore';
import { StoreContext } from '../store/StoreContext';
import { App } from './App';
import { loadSeed, SEED_NAME } from './bundledDatasets';
import './app.css';

const seed = loadSeed();
const store = createGraphStore(seed.dataset, SEED_NAME);
if (seed.problems.length) store.getState().reportProblems(SEED_NAME, seed.problems);

const root = document.getElementById('root');
if (!root) throw new Error('AG901: index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
