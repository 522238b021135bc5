import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n, setUiLanguage } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../model/labels';
import { createGraphStore, type Renderer } from '../store/graphStore';
import { StoreContext } from '../store/StoreContext';
import { App } from './App';
import { installAutomation } from './automation';
import { boot } from './boot';
import { setReplaceGuard } from '../io/openSource';
import { EmbedApp } from './EmbedApp';
import { syncUrl } from './syncUrl';
import { datasetParam, isEmbed } from '../store/viewParams';
import { EMPTY_DATASET, SEED_NAME } from './bundledDatasets';
import { loadString, saveString } from '../io/persist';
import './app.css';

const LANGUAGE_KEY = 'actor-graph.language';
const RENDERER_KEY = 'actor-graph.renderer';
const saved = loadString(LANGUAGE_KEY);
const language: Language = LANGUAGES.includes(saved as Language) ? (saved as Language) : 'en';

// Canvas unless this browser chose WebGL (or the address asks, as the benchmark does).
const askedRenderer =
  new URLSearchParams(window.location.search).get('renderer') ?? loadString(RENDERER_KEY);
const renderer: Renderer = askedRenderer === 'webgl' ? 'webgl' : 'canvas';

// The seed (or whatever the link asks for) arrives in `boot`; until then the graph is empty.
const store = createGraphStore(EMPTY_DATASET, SEED_NAME, { language, renderer });

// The store's language drives the UI language and the page's lang, and is remembered.
const applyLanguage = (lang: Language) => {
  void setUiLanguage(lang);
  document.documentElement.lang = lang;
  saveString(LANGUAGE_KEY, lang);
};
applyLanguage(language);
store.subscribe((s, prev) => {
  if (s.language !== prev.language) applyLanguage(s.language);
  if (s.renderer !== prev.renderer) saveString(RENDERER_KEY, s.renderer);
});

const search = window.location.search;
setReplaceGuard((name) => window.confirm(i18n.t('edit.confirmReplace', { name })));
const booted = boot(store, search, (params) => i18n.t('app.ignoredParams', { params })).then(() => {
  syncUrl(store, isEmbed(search) ? { embed: '1' } : {});
  // The edits are kept in this browser (the keeper loads after start-up, off its budget).
  if (!isEmbed(search))
    void import('../io/browserWork').then(({ browserWork }) => browserWork().start(store));
});

// Leaving with edits the browser does not keep (saving failed, or not yet done) asks first.
window.addEventListener('beforeunload', (event) => {
  const { dirty, saving } = store.getState();
  if (dirty && (saving === 'failed' || saving === 'pending')) event.preventDefault();
});

const root = document.getElementById('root');
if (!root) throw new Error('AG901: index.html has no #root element');
const render = () => {
  // For automation (the render command, the benchmark): ready once the page renders.
  installAutomation(store);
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        {isEmbed(window.location.search) ? <EmbedApp /> : <App />}
      </StoreContext.Provider>
    </StrictMode>,
  );
};
// The seed (or data embedded in a standalone file) is in the page: waiting for it lets the
// first render already hold the graph, instead of an empty page rendered once more at once.
// Data named by the link comes over the network, so the page does not wait for it.
const linked = datasetParam(search).data || datasetParam(search).bundled;
const bootWaitMs = linked ? 0 : 250;
void Promise.race([booted, new Promise((r) => setTimeout(r, bootWaitMs))]).then(render, render);
