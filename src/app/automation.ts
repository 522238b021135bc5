import type { StoreApi } from 'zustand/vanilla';
import { getActiveGraph } from '../graph/activeGraph';
import { DEFAULT_SNAPSHOT, loadSnapshots, type SnapshotOptions } from '../graph/api';
import { loadLanguage, translate } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../model/labels';
import { STATUS_KEYS, type StatusKey } from '../model/status';
import type { GraphState } from '../store/graphStore';
import { selectKindStyles, selectVisible } from '../store/selectors';
import { openSource } from '../io/openSource';
import { supportOf, traceSources } from '../model/corroboration';
import type { Orientation, Paper } from '../model/briefing/briefing';

export interface RenderRequest {
  /** A picture of the view, or a story as a briefing document. */
  format: 'png' | 'svg' | 'pdf' | 'pptx';
  /** The story a briefing tells (its id); the dataset's first when absent. */
  story?: string;
  paper?: Paper;
  orientation?: Orientation;
  scale?: number;
  width?: number;
  title?: string;
  footnotes?: boolean;
  legend?: boolean;
  filters?: { type?: string[] | null; kind?: string[] | null; status?: string[] | null };
  lang?: string;
  /** Event data (GDELT): keep this many actors, those with the most mentions. */
  topActors?: number;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

/** Resolves once no background layout runs (at once when none does). */
const layoutDone = (store: StoreApi<GraphState>) =>
  new Promise<void>((resolve) => {
    const done = () => store.getState().layoutProgress === null;
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A story of the loaded dataset as a PDF or PowerPoint briefing, base64-encoded. */
async function briefing(store: StoreApi<GraphState>, req: RenderRequest) {
  const stories = store.getState().dataset.stories ?? [];
  const story = req.story ? stories.find((s) => s.id === req.story) : stories[0];
  if (!story)
    return {
      ok: false,
      problems: [
        stories.length
          ? `no story "${req.story}"; the dataset's stories: ${stories.map((s) => `${s.id} (${s.title})`).join(', ')}`
          : 'the dataset has no story to make a briefing of',
      ],
    };
  const { briefingBytes, briefingWords } = await import('../ui/briefing/exportBriefing');
  const language = (LANGUAGES as readonly string[]).includes(req.lang ?? '') ? req.lang! : 'en';
  const made = await briefingBytes(store, story.id, {
    format: req.format as 'pdf' | 'pptx',
    layout: { paper: req.paper ?? 'a4', orientation: req.orientation ?? 'landscape' },
    language,
    ...briefingWords((key, vars) => translate(language as Language, key, vars)),
  });
  if (!made) return { ok: false, problems: ['the story could not be shown'] };
  return {
    ok: true,
    data: await toBase64(new Blob([made.bytes as BlobPart])),
    steps: story.steps.length,
    relations: 0,
  };
}

/**
 * The page's automation interface, used by the `actor-graph render` command: load a dataset,
 * filter it, and render the same snapshot the Snapshot dialog makes.
 */
export function installAutomation(store: StoreApi<GraphState>): void {
  let lastMeasure: { total: number; longest: number; phases: Record<string, number> } | null = null;
  const api = {
    ready: true,
    store,
    /** The benchmark's actions (scripts/bench.ts); each resolves once the result is painted. */
    bench: {
      /** As the file picker opens a file: read, parsed in the worker, drawn. */
      async load(text: string) {
        const file = new File([text], 'bench.json', { type: 'application/json' });
        const ok = await openSource(store, { kind: 'files', files: [file] });
        await frame();
        return ok;
      },
      /**
       * Opens a dataset without positions and waits for the background layout: the time to
       * the laid-out picture, and the longest the page did not answer meanwhile.
       */
      async layout(text: string) {
        const t0 = performance.now();
        await openSource(store, { kind: 'text', name: 'bench.json', text });
        await frame(); // the interim grid is painted; the layout runs from here
        const shown = performance.now() - t0;
        let longest = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
        });
        observer.observe({ type: 'longtask' });
        await layoutDone(store);
        await frame();
        observer.disconnect();
        return { total: performance.now() - t0, shown, longestPause: longest };
      },
      async hideTypes(types: string[]) {
        store
          .getState()
          .applyView({ filters: { ...store.getState().filters, hiddenTypes: types } });
        await frame();
      },
      async highlight(actorId: string) {
        store.getState().selectActor(actorId);
        await frame();
      },
      /** A click on a row of the relations table (0-based among the visible relations). */
      async clickRow(row: number) {
        const button = document.querySelector<HTMLButtonElement>(
          `.relations-table button.row-select[data-row="${row}"]`,
        );
        const tr = button?.closest('tr');
        if (!button || !tr) throw new Error(`no row ${row} in the relations table`);
        // As a pointer does: it enters the row (the row and its quote light up), then clicks.
        tr.dispatchEvent(
          new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }),
        );
        await frame();
        button.click();
        await frame();
      },
      /** The graph as of a day (the timeline's "as of", by publication). */
      async asOf(day: string) {
        store.getState().setTime({ axis: 'published', from: null, to: day });
        await frame();
      },
      /** A window of days brushed on the timeline. */
      async timeWindow(from: string, to: string) {
        store.getState().setTime({ axis: 'published', from, to });
        await frame();
      },
      /** Every relation's evidence followed to its roots and counted, from scratch (ms). */
      corroborate() {
        const dataset = store.getState().dataset;
        const t0 = performance.now();
        let sources = 0;
        for (const pieces of traceSources(dataset).values())
          sources += supportOf(pieces).sources.length;
        return { ms: performance.now() - t0, sources };
      },
      /** Adds a dataset to the story, as the menu does, until its review dialog is painted. */
      async mergeReview(text: string) {
        const file = new File([text], 'added.json', { type: 'application/json' });
        await openSource(store, { kind: 'files', files: [file] }, {}, 'add');
        while (!document.querySelector('.merge-scroll, [role="dialog"]'))
          await new Promise((r) => setTimeout(r, 5));
        await frame();
      },
      async search(query: string) {
        store.getState().setSearchQuery(query);
        await frame();
      },
      /** Starts presenting a story on its first step. */
      async present(storyId: string) {
        // Loaded on use: link parameters are not needed to start the page.
        const { showStep } = await import('../store/storySteps');
        store.getState().setPresenting({ storyId, step: 0 });
        showStep(store, storyId, 0);
        await frame();
      },
      /** A key pressed while presenting, until its step is painted (and the camera landed). */
      async presentKey(key: string) {
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
        await frame();
        while (getActiveGraph()?.cy.animated()) await frame();
        await frame();
      },
      /** The first story as a briefing file, as the export dialog makes it; its size in bytes. */
      async briefing(format: 'pdf' | 'pptx') {
        const storyId = store.getState().dataset.stories?.[0]?.id;
        if (!storyId) throw new Error('the dataset has no story');
        const { briefingBytes, briefingWords } = await import('../ui/briefing/exportBriefing');
        const made = await briefingBytes(store, storyId, {
          format,
          language: 'en',
          ...briefingWords((key, vars) => translate('en', key, vars)),
        });
        await frame();
        return made?.bytes.length ?? 0;
      },
      /**
       * Actors coloured by camp and sized by a measure, until the measures are in and painted
       * (timed to quiet by the benchmark); `lastMeasure` then tells the longest task meanwhile
       * and each part's time in the worker.
       */
      async measure(size: string) {
        let longest = 0;
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
        });
        observer.observe({ type: 'longtask' });
        const t0 = performance.now();
        const s = store.getState();
        s.setActorColour('community');
        s.setActorSize(size as Parameters<typeof s.setActorSize>[0]);
        await new Promise<void>((resolve) => {
          if (store.getState().measures.result) return resolve();
          const stop = store.subscribe((x) => {
            if (!x.measures.result) return;
            stop();
            resolve();
          });
        });
        await frame();
        observer.disconnect();
        const { lastPhases } = await import('../io/measureNetwork');
        lastMeasure = { total: performance.now() - t0, longest, phases: lastPhases };
      },
      lastMeasure: () => lastMeasure,
      /** Every camp collapsed into one node, or every one expanded, until painted. */
      async collapseCamps(collapse: boolean) {
        const s = store.getState();
        const camps = collapse ? (s.measures.result?.communities.map((c) => c.id) ?? []) : [];
        s.setCampsCollapsed(collapse ? camps : s.collapsedCamps, collapse);
        await frame();
      },
      /** The actors resized by another measure (already computed), until painted. */
      async sizeBy(size: string) {
        const s = store.getState();
        s.setActorSize(size as Parameters<typeof s.setActorSize>[0]);
        await frame();
      },
      async png() {
        if (!getActiveGraph()) return;
        const { snapshotPng } = await loadSnapshots();
        await snapshotPng(store.getState(), {
          ...DEFAULT_SNAPSHOT,
          scope: 'whole',
          scale: 1,
          footnotes: false,
          legend: false,
          source: false,
        });
      },
    },
    async render(name: string, text: string, req: RenderRequest) {
      const { importText, detectFormat } = await import('../model/formats/importText');
      const format = detectFormat(name, text.slice(0, 65536));
      if (format === 'ftm') await (await import('../model/events/ftm')).loadFtmModel();
      const outcome = importText(name, text, {
        ...(req.topActors ? { events: { topActors: req.topActors } } : {}),
      });
      if (outcome.kind !== 'dataset') {
        const problems = outcome.kind === 'failed' ? outcome.problems : [];
        return {
          ok: false,
          problems: problems.map(
            (p) =>
              `${p.code} at ${p.line ? `line ${p.line}, column ${p.column}` : p.path}: ${p.message}`,
          ),
        };
      }
      const s = store.getState();
      // The words drawn in the graph must be there before the picture is taken.
      if (req.lang && (LANGUAGES as readonly string[]).includes(req.lang))
        await loadLanguage(req.lang as Language);
      s.loadDataset(outcome.dataset, name, outcome.problems, { kind: 'local' });
      // Event data is drawn as the app opens it: width by mentions.
      if (outcome.format === 'gdelt') s.setLineWidth('mentions');
      const only = <T extends string>(all: readonly T[], keep: string[] | null | undefined): T[] =>
        keep ? all.filter((v) => !keep.includes(v)) : [];
      const d = outcome.dataset;
      s.applyView({
        filters: {
          ...store.getState().filters,
          hiddenTypes: only(
            d.relationTypes.map((t) => t.id),
            req.filters?.type,
          ),
          hiddenKinds: only([...selectKindStyles(store.getState()).keys()], req.filters?.kind),
          hiddenStatuses: only<StatusKey>(STATUS_KEYS, req.filters?.status),
        },
        ...(req.lang && (LANGUAGES as readonly string[]).includes(req.lang)
          ? { language: req.lang as Language }
          : {}),
      });
      // Data without positions (event data) is laid out in the background: the picture waits.
      await layoutDone(store);
      await frame();
      if (!getActiveGraph()) return { ok: false, problems: ['the graph did not mount'] };
      if (req.format === 'pdf' || req.format === 'pptx') return briefing(store, req);
      const { snapshotPng, snapshotSize, snapshotSvg } = await loadSnapshots();
      const title = req.title ?? d.title;
      let options: SnapshotOptions = {
        ...DEFAULT_SNAPSHOT,
        scope: 'whole',
        scale: req.scale ?? 2,
        footnotes: !!req.footnotes,
        legend: req.legend !== false,
        ...(title ? { title } : {}),
      };
      const state = () => store.getState();
      if (req.width) {
        const natural = await snapshotSize(state(), { ...options, scale: 1 });
        options = { ...options, scale: req.width / natural.width };
      }
      const size = await snapshotSize(state(), options);
      if (!size.fits)
        return {
          ok: false,
          problems: [`${size.width} × ${size.height} px is more than a browser canvas can hold`],
        };
      const relations = selectVisible(store.getState()).relations.length;
      const data =
        req.format === 'svg'
          ? await snapshotSvg(state(), options)
          : await toBase64(await snapshotPng(state(), options));
      return { ok: true, data, width: size.width, height: size.height, relations };
    },
  };
  const page = window as unknown as {
    __actorGraph: typeof api;
    __actorGraphCy?: unknown;
    __actorGraphPositions?: () => object;
  };
  page.__actorGraph = api;
  // The live Cytoscape instance (browser tests, the benchmark)…
  Object.defineProperty(page, '__actorGraphCy', {
    configurable: true,
    get: () => getActiveGraph()?.cy,
  });
  // …and every actor's position by element id, whether Cytoscape holds the actor or not.
  page.__actorGraphPositions = () =>
    Object.fromEntries(getActiveGraph()?.contents.positions() ?? []);
}
