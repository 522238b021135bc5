import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, setUiLanguage } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../model/labels';
import { createGraphStore } from '../store/graphStore';
import { openSource } from '../store/openSource';
import { StoreContext } from '../store/StoreContext';
import { App } from './App';
import { loadSeed, SEED_NAME } from './bundledDatasets';
import { loadString, saveString } from './persist';
import './app.css';

const LANGUAGE_KEY = 'actor-graph.language';
const saved = loadString(LANGUAGE_KEY);
const language: Language = LANGUAGES.includes(saved as Language) ? (saved as Language) : 'en';

const seed = loadSeed();
const store = createGraphStore(seed.dataset, SEED_NAME, { language });
if (seed.problems.length) store.getState().reportProblems(SEED_NAME, seed.problems);

// The store's language drives i18next and the page's lang, and is remembered.
const applyLanguage = (lang: Language) => {
  setUiLanguage(lang);
  document.documentElement.lang = lang;
  saveString(LANGUAGE_KEY, lang);
};
applyLanguage(language);
store.subscribe((s, prev) => {
  if (s.language !== prev.language) applyLanguage(s.language);
});

// ?data=<http(s) URL> opens that graph; the seed stays until it has loaded without errors.
const dataUrl = new URLSearchParams(window.location.search).get('data');
if (dataUrl) void openSource(store, { kind: 'url', url: dataUrl });

const root = document.getElementById('root');
if (!root) throw new Error('AG901: index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
