import type { StoreApi } from 'zustand/vanilla';
import { NO_FILTERS, type Filters } from '../model/filter';
import { LANGUAGES, type Language } from '../model/labels';
import type { Reliability } from '../model/schema';
import { RELIABILITY } from '../model/vocabulary';
import { NO_TIME, type TimeView } from '../model/time';
import { STATUS_KEYS, type StatusKey } from '../model/status';
import type { GraphState, Selection, ViewportRequest } from './graphStore';
import { ACTOR_SIZES, type ActorSize } from './viewSlice';
import { selectKindStyles } from './selectors';
import { stepRefused } from '../model/stepVersion';

/*
 * The view in the address bar: dataset, filters, selection, language, panels, view mode and
 * viewport. Opening the link restores it; parameters that do not fit the dataset are ignored
 * and listed in a small notice, never an error page.
 */

/** A piece of a value decoded, or as it is where it cannot be (then it matches nothing). */
const decoded = (piece: string) => {
  try {
    return decodeURIComponent(piece);
  } catch {
    return piece;
  }
};
const list = (v: string | null) => (v ? v.split(',').map(decoded).filter(Boolean) : []);
const enc = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');

/** Which dataset a link names: a bundled one, a web address, or (none) the default. */
export function datasetParam(search: string): { bundled?: string; data?: string } {
  const p = new URLSearchParams(search);
  const data = p.get('data');
  const bundled = p.get('dataset');
  return { ...(data ? { data } : {}), ...(bundled ? { bundled } : {}) };
}

export const isEmbed = (search: string) => new URLSearchParams(search).get('embed') === '1';

/**
 * The link's parameters that can be decoded, as a search string, and those that cannot
 * (`sel=%E0%A4%A`, `data=%ZZ`), as they were written: those are ignored and named, never
 * guessed at.
 */
export function decodableSearch(search: string): { search: string; undecodable: string[] } {
  const kept: string[] = [];
  const undecodable: string[] = [];
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    try {
      for (const side of part.split('=')) decodeURIComponent(side.replace(/\+/g, ' '));
      kept.push(part);
    } catch {
      undecodable.push(part);
    }
  }
  return { search: kept.length ? `?${kept.join('&')}` : '', undecodable };
}

/** Applies a link's view parameters to the loaded dataset; returns what had to be ignored. */
export function applyViewParams(
  store: StoreApi<GraphState>,
  search: string,
  /** A story step's view: without `vp` it was fitted, and the camera moves (animated). */
  step?: { animate: boolean },
): string[] {
  const p = new URLSearchParams(search);
  const s = store.getState();
  const ignored: string[] = [];
  const kinds = new Set(selectKindStyles(s).keys());
  const types = new Set(s.dataset.relationTypes.map((t) => t.id));
  const actors = new Set(s.dataset.actors.map((a) => a.id));
  const relations = new Set(s.dataset.relations.map((r) => r.id));
  const keep = <T extends string>(
    name: string,
    values: string[],
    known: (v: string) => boolean,
  ): T[] => values.filter((v) => known(v) || (ignored.push(`${name}=${v}`), false)) as T[];

  const filters: Filters = {
    ...NO_FILTERS,
    hiddenTypes: keep('hideTypes', list(p.get('hideTypes')), (v) => types.has(v)),
    hiddenStatuses: keep<StatusKey>('hideStatuses', list(p.get('hideStatuses')), (v) =>
      (STATUS_KEYS as readonly string[]).includes(v),
    ),
    hiddenKinds: keep('hideKinds', list(p.get('hideKinds')), (v) => kinds.has(v)),
    onlyContested: p.get('contested') === '1',
    assertedBy: null,
  };
  const minSources = Number(p.get('minSources') ?? '0');
  if (Number.isInteger(minSources) && minSources >= 0 && minSources <= 9)
    filters.minSources = minSources;
  else ignored.push(`minSources=${p.get('minSources')}`);
  const width = p.get('width');
  const lineWidth = width === 'mentions' || width === 'evidence' ? width : 'sources';
  if (width && width !== lineWidth) ignored.push(`width=${width}`);
  const sizeParam = p.get('size');
  const actorSize = (ACTOR_SIZES as readonly string[]).includes(sizeParam ?? '')
    ? (sizeParam as ActorSize)
    : 'none';
  if (sizeParam && actorSize !== sizeParam) ignored.push(`size=${sizeParam}`);
  const colourParam = p.get('colour');
  const actorColour = colourParam === 'community' ? 'community' : 'kind';
  if (colourParam && colourParam !== actorColour) ignored.push(`colour=${colourParam}`);
  const grade = p.get('minGrade');
  if (grade && (RELIABILITY as readonly string[]).includes(grade))
    filters.minGrade = grade as Reliability;
  else if (grade) ignored.push(`minGrade=${grade}`);
  const time = timeParam(p.get('time'));
  if (p.get('time') && !time) ignored.push(`time=${p.get('time')}`);
  const doc = p.get('doc');
  const readingDocument = doc && s.dataset.documents.some((d) => d.id === doc) ? doc : null;
  if (doc && !readingDocument) ignored.push(`doc=${doc}`);
  const asserter = p.get('assertedBy');
  if (asserter) {
    if (actors.has(asserter)) filters.assertedBy = asserter;
    else ignored.push(`assertedBy=${asserter}`);
  }
  let selection: Selection | null = null;
  const sel = p.get('sel');
  if (sel?.startsWith('a:') && actors.has(decoded(sel.slice(2))))
    selection = { kind: 'actor', id: decoded(sel.slice(2)) };
  else if (sel?.startsWith('r:')) {
    const ids = keep('sel', list(sel.slice(2)), (v) => relations.has(v));
    if (ids.length) selection = { kind: 'relations', ids };
  } else if (sel) ignored.push(`sel=${sel}`);

  const lang = p.get('lang');
  const language =
    lang && (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : s.language;
  if (lang && language !== lang) ignored.push(`lang=${lang}`);
  const [from, to] = list(p.get('path'));
  const pathEnds = {
    from: from && actors.has(from) ? from : null,
    to: to && actors.has(to) ? to : null,
  };
  if (p.get('path') && (!pathEnds.from || !pathEnds.to)) ignored.push(`path=${p.get('path')}`);
  const vp = (p.get('vp') ?? '').split(',').map(Number);
  const at =
    vp.length === 3 && vp.every(Number.isFinite) && vp[2]! > 0
      ? { x: vp[0]!, y: vp[1]!, zoom: vp[2]! }
      : null;
  if (p.get('vp') && !at) ignored.push(`vp=${p.get('vp')}`);
  const viewportRequest: ViewportRequest | null = step
    ? { ...(at ?? { fit: true as const }), animate: step.animate }
    : at;
  const hidden = list(p.get('hide'));

  // A story's step (`story=ID&step=N`, N from 1): its saved view wins, and it is presented.
  const storyId = p.get('story');
  if (storyId) {
    const story = s.dataset.stories?.find((x) => x.id === storyId);
    const n = Number(p.get('step') ?? '1');
    const step = story?.steps[n - 1];
    const refused =
      story && step ? stepRefused(s.dataset.stories!.indexOf(story), n - 1, step) : null;
    if (!story || !step || !Number.isInteger(n))
      ignored.push(`story=${storyId}&step=${p.get('step') ?? ''}`);
    else if (refused) ignored.push(refused.message);
    else {
      ignored.push(
        ...applyViewParams(store, step.view, { animate: false }).map((v) => `${step.title}: ${v}`),
      );
      store.getState().setPresenting({ storyId, step: n - 1 });
      return ignored;
    }
  }
  store.getState().applyView({
    filters,
    time: time ?? NO_TIME,
    readingDocument,
    selection,
    neighbourhoodDepth: p.get('depth') === '2' ? 2 : 1,
    viewMode: p.get('view') === 'attribution' ? 'attribution' : 'events',
    lineWidth,
    actorSize,
    actorColour,
    showBrokers: p.get('brokers') === '1',
    collapsedCamps: (p.get('collapse') ?? '')
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n >= 0),
    language,
    panels: { sidebar: !hidden.includes('sidebar'), article: !hidden.includes('article') },
    pathEnds,
    viewportRequest,
  });
  return ignored;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `published:2022-03-01..2022-03-14` (either end may be empty: `..2022-03-14` is "as of"). */
function timeParam(value: string | null): TimeView | null {
  const m = /^(published|occurred):([^.]*)\.\.(.*)$/.exec(value ?? '');
  if (!m) return null;
  const [from, to] = [m[2] || null, m[3] || null];
  if ((from && !DAY.test(from)) || (to && !DAY.test(to)) || (!from && !to)) return null;
  if (from && to && to < from) return null;
  return { axis: m[1] as TimeView['axis'], from, to };
}

/** The link for the current view (the dataset is named only if a link can carry it). */
export function viewSearch(s: GraphState, extra: Record<string, string> = {}): string {
  const p = new URLSearchParams();
  if (s.origin.kind === 'url') p.set('data', s.origin.url);
  else if (s.origin.kind === 'bundled' && s.origin.id !== 'seed') p.set('dataset', s.origin.id);
  const f = s.filters;
  if (f.hiddenTypes.length) p.set('hideTypes', enc(f.hiddenTypes));
  if (f.hiddenStatuses.length) p.set('hideStatuses', enc(f.hiddenStatuses));
  if (f.hiddenKinds.length) p.set('hideKinds', enc(f.hiddenKinds));
  if (f.onlyContested) p.set('contested', '1');
  if (f.assertedBy) p.set('assertedBy', f.assertedBy);
  if (f.minSources) p.set('minSources', String(f.minSources));
  if (f.minGrade) p.set('minGrade', f.minGrade);
  if (s.lineWidth !== 'sources') p.set('width', s.lineWidth);
  if (s.actorSize !== 'none') p.set('size', s.actorSize);
  if (s.actorColour !== 'kind') p.set('colour', s.actorColour);
  if (s.showBrokers) p.set('brokers', '1');
  if (s.collapsedCamps.length) p.set('collapse', s.collapsedCamps.join(','));
  if (s.time.from || s.time.to)
    p.set('time', `${s.time.axis}:${s.time.from ?? ''}..${s.time.to ?? ''}`);
  if (s.readingDocument) p.set('doc', s.readingDocument);
  if (s.selection)
    p.set(
      'sel',
      s.selection.kind === 'actor'
        ? `a:${encodeURIComponent(s.selection.id)}`
        : `r:${enc(s.selection.ids)}`,
    );
  if (s.neighbourhoodDepth === 2) p.set('depth', '2');
  if (s.viewMode === 'attribution') p.set('view', 'attribution');
  if (s.language !== 'en') p.set('lang', s.language);
  const hide = [!s.panels.sidebar && 'sidebar', !s.panels.article && 'article'].filter(
    Boolean,
  ) as string[];
  if (hide.length) p.set('hide', hide.join(','));
  if (s.pathEnds.from && s.pathEnds.to) p.set('path', enc([s.pathEnds.from, s.pathEnds.to]));
  if (s.viewport)
    p.set(
      'vp',
      [s.viewport.x, s.viewport.y, s.viewport.zoom]
        .map((v) => Math.round(v * 1000) / 1000)
        .join(','),
    );
  if (s.presenting) {
    p.set('story', s.presenting.storyId);
    p.set('step', String(s.presenting.step + 1));
  }
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  const text = p.toString();
  return text ? `?${text}` : '';
}
