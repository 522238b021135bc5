import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { ActorMeasures } from '../model/metrics/actorMetrics';
import { selectLabels } from '../store/selectors';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { useArrowRows } from './useArrowRows';
import { bringRowIntoView, useRowWindow } from './useRowWindow';

type Column = 'actor' | 'kind' | 'degree' | 'betweenness' | 'pagerank' | 'community';
const MEASURED: Column[] = ['degree', 'betweenness', 'pagerank', 'community'];
/** Columns of numbers, right-aligned as their cells are. */
const NUMBERS: Column[] = ['degree', 'betweenness', 'pagerank'];

/**
 * Every actor measured, as a table beside the relations: kind, degree, betweenness, PageRank
 * and camp, sortable by any column (numbers largest first). A row's button selects the actor;
 * a selection made in the graph brings its row into view. The measures run in a worker
 * (io/measureNetwork.ts) while this table is open.
 */
export default function ActorsTable() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const measures = useGraph((s) => s.measures);
  const actors = useGraph((s) => s.dataset.actors);
  const labels = useGraph(selectLabels);
  const selection = useGraph((s) => s.selection);
  const selectActor = useGraph((s) => s.selectActor);
  const setMeasures = useGraph((s) => s.setMeasures);
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({
    by: 'degree',
    descending: true,
  });
  const runner = useRef<{ cancel: () => void } | null>(null);
  useEffect(() => {
    store.getState().setMeasures({ wanted: true });
    void import('../io/measureNetwork').then(({ ensureMeasuring }) => {
      runner.current = ensureMeasuring(store);
    });
    return () => store.getState().setMeasures({ wanted: false });
  }, [store]);

  const result = measures.result;
  const kindOf = useMemo(() => new Map(actors.map((a) => [a.id, a.kind])), [actors]);
  const rows = useMemo(() => {
    if (!result) return [];
    const list = [...result.actors].map(([id, m]) => ({ id, m, name: labels.actor(id) }));
    const value = (r: { id: string; m: ActorMeasures; name: string }): number | string =>
      sort.by === 'actor'
        ? r.name
        : sort.by === 'kind'
          ? labels.kind(kindOf.get(r.id) ?? '')
          : r.m[sort.by];
    const sign = sort.descending ? -1 : 1;
    return list.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const c = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string);
      return sign * c || a.name.localeCompare(b.name);
    });
  }, [result, labels, kindOf, sort]);

  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const shown = useRowWindow(rows.length, scroller);
  const selectedId = selection?.kind === 'actor' ? selection.id : null;
  useEffect(() => {
    const index = rows.findIndex((r) => r.id === selectedId);
    bringRowIntoView(scroller.current, body.current, index, shown.windowed);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new selection moves the view
  }, [selectedId]);

  const onKeyDown = useArrowRows(body, rows.length, (row) => selectActor(rows[row]!.id));

  const header = (column: Column, label: string) => {
    const active = sort.by === column;
    return (
      <th
        scope="col"
        className={NUMBERS.includes(column) ? 'number' : undefined}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          className="link"
          onClick={() =>
            setSort({
              by: column,
              // Numbers start largest first, names from A.
              descending: active ? !sort.descending : MEASURED.includes(column),
            })
          }
        >
          {label} {active ? (sort.descending ? '▼' : '▲') : '↕'}
        </button>
      </th>
    );
  };
  const community = (n: number) => {
    const c = result?.communities[n];
    return c ? t('actors.camp', { n: n + 1, hub: labels.actor(c.hub) }) : '—';
  };

  return (
    <section className="panel actors-table" aria-labelledby="actors-heading">
      <div className="actors-heading">
        <h2 id="actors-heading">
          {t('actors.heading')} {result && <span className="count">({result.actors.size})</span>}
        </h2>
        <label>
          {t('actors.scope')}{' '}
          <select
            value={measures.scope}
            onChange={(e) => setMeasures({ scope: e.target.value as 'visible' | 'whole' })}
          >
            <option value="visible">{t('actors.visible')}</option>
            <option value="whole">{t('actors.whole')}</option>
          </select>
        </label>
        {measures.progress !== null && (
          <>
            <progress aria-label={t('actors.measuring')} value={measures.progress} max={1} />
            <button type="button" onClick={() => runner.current?.cancel()}>
              {t('load.cancel')}
            </button>
          </>
        )}
        {result?.sampled && <span className="hint">{t('actors.sampled')}</span>}
      </div>
      <div className="table-scroll" ref={scroller}>
        <table aria-labelledby="actors-heading" aria-rowcount={rows.length + 1}>
          <thead>
            <tr>
              {header('actor', t('actors.actor'))}
              {header('kind', t('actors.kind'))}
              {header('degree', t('actors.degree'))}
              {header('betweenness', t('actors.betweenness'))}
              {header('pagerank', t('actors.pagerank'))}
              {header('community', t('actors.community'))}
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.padTop > 0 && <tr aria-hidden="true" style={{ height: shown.padTop }} />}
            {rows.slice(shown.first, shown.last).map((r, i) => (
              <tr
                key={r.id}
                aria-rowindex={shown.first + i + 2}
                aria-selected={r.id === selectedId}
                className={r.id === selectedId ? 'selected' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="link"
                    data-row={shown.first + i}
                    aria-pressed={r.id === selectedId}
                    onClick={() => selectActor(r.id)}
                    onKeyDown={(e) => onKeyDown(e, shown.first + i)}
                  >
                    {r.name}
                  </button>
                </td>
                <td>{labels.kind(kindOf.get(r.id) ?? '')}</td>
                <td className="number">{r.m.degree}</td>
                <td className="number">{r.m.betweenness.toFixed(3)}</td>
                <td className="number">{r.m.pagerank.toFixed(4)}</td>
                <td>{community(r.m.community)}</td>
              </tr>
            ))}
            {shown.padBottom > 0 && <tr aria-hidden="true" style={{ height: shown.padBottom }} />}
          </tbody>
        </table>
        {!result && measures.progress !== null && <p className="hint">{t('actors.measuring')}</p>}
      </div>
    </section>
  );
}
