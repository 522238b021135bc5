import { describe, expect, it } from 'vitest';
import { fillStandalone } from '../../src/io/standalone';
import { applyViewParams, datasetParam, isEmbed, viewSearch } from '../../src/store/viewParams';
import { createGraphStore } from '../../src/store/graphStore';
import { smallStore, storyDataset } from '../helpers';

describe('permalinks', () => {
  it('round-trip filters, selection, depth, view mode, language, panels, path and viewport', () => {
    const a = smallStore();
    const s = a.getState();
    s.toggleType('know');
    s.toggleStatus('alleged');
    s.setOnlyContested(true);
    s.selectRelations(['r1', 'r4']);
    s.setNeighbourhoodDepth(2);
    s.setViewMode('attribution');
    s.setLanguage('de');
    s.togglePanel('article');
    s.setPathEnd('from', 'gamma');
    s.setPathEnd('to', 'alpha');
    s.setViewport({ x: 12.5, y: -3, zoom: 1.25 });
    const search = viewSearch(a.getState());

    const b = smallStore();
    expect(applyViewParams(b, search)).toEqual([]);
    const restored = b.getState();
    const original = a.getState();
    expect(restored.filters).toEqual(original.filters);
    expect(restored.selection).toEqual(original.selection);
    expect([restored.neighbourhoodDepth, restored.viewMode, restored.language]).toEqual([
      2,
      'attribution',
      'de',
    ]);
    expect(restored.panels).toEqual({ sidebar: true, article: false });
    expect(restored.pathEnds).toEqual({ from: 'gamma', to: 'alpha' });
    expect(restored.viewportRequest).toEqual({ x: 12.5, y: -3, zoom: 1.25 });
  });

  it('carry the chosen time, the source filters and the document read', () => {
    const a = createGraphStore(storyDataset(), 'story.json');
    const s = a.getState();
    s.setTime({ axis: 'published', from: null, to: '2022-03-15' });
    s.setMinSources(2);
    s.setMinGrade('B');
    s.readDocument('cnn-14');
    const search = viewSearch(a.getState());
    expect(search).toContain('time=published%3A..2022-03-15');
    const b = createGraphStore(storyDataset(), 'story.json');
    expect(applyViewParams(b, search)).toEqual([]);
    expect(b.getState().time).toEqual({ axis: 'published', from: null, to: '2022-03-15' });
    expect(b.getState().filters).toMatchObject({ minSources: 2, minGrade: 'B' });
    expect(b.getState().readingDocument).toBe('cnn-14');
    const c = createGraphStore(storyDataset(), 'story.json');
    expect(
      applyViewParams(c, '?time=published:2022-03-20..2022-03-10&minGrade=Z&doc=nyt&minSources=x'),
    ).toEqual(['minSources=x', 'minGrade=Z', 'time=published:2022-03-20..2022-03-10', 'doc=nyt']);
    expect(c.getState().time.to).toBeNull();
  });

  it('ignore what does not fit the dataset, and list it', () => {
    const store = smallStore();
    const ignored = applyViewParams(
      store,
      '?hideTypes=ask,bribe&hideStatuses=rumour&sel=a:nobody&lang=fr&vp=1,2&path=alpha,ghost',
    );
    expect(ignored).toEqual([
      'hideTypes=bribe',
      'hideStatuses=rumour',
      'sel=a:nobody',
      'lang=fr',
      'path=alpha,ghost',
      'vp=1,2',
    ]);
    expect(store.getState().filters.hiddenTypes).toEqual(['ask']);
    expect(store.getState().selection).toBeNull();
  });

  it('name the dataset only when a link can carry it, and know embed mode', () => {
    const store = smallStore();
    expect(
      viewSearch({ ...store.getState(), origin: { kind: 'url', url: 'https://x.org/g.gexf' } }),
    ).toBe('?data=https%3A%2F%2Fx.org%2Fg.gexf');
    expect(viewSearch({ ...store.getState(), origin: { kind: 'bundled', id: 'genemania' } })).toBe(
      '?dataset=genemania',
    );
    expect(viewSearch({ ...store.getState(), origin: { kind: 'local' } })).toBe('');
    expect(datasetParam('?data=https://x.org/a.json')).toEqual({ data: 'https://x.org/a.json' });
    expect(isEmbed('?embed=1&x=2')).toBe(true);
  });
});

describe('standalone HTML', () => {
  it('carries the dataset and view safely in the last data slot', () => {
    const store = smallStore();
    store.getState().toggleType('ask');
    const d = store.getState().dataset;
    store
      .getState()
      .loadDataset({ ...d, title: 'Evil </script><script>alert(1)</script>' }, 'evil.json');
    store.getState().toggleType('ask');
    const template =
      '<head><script>const s = "<!--actor-graph-data-->";</script></head><body><div id="root"></div><!--actor-graph-data--></body>';
    const html = fillStandalone(template, store.getState());
    expect(html.startsWith('<head><script>const s = "<!--actor-graph-data-->";</script>')).toBe(
      true,
    );
    expect(html.match(/<\/script>/g)).toHaveLength(3); // the template's own, and one per data block
    const json = /id="actor-graph-dataset"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(json).title).toBe('Evil </script><script>alert(1)</script>');
    expect(html).toContain('id="actor-graph-view">?hideTypes=ask</script>');
  });
});
