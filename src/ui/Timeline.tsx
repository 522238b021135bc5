import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { barDays, barOf, type TimeAxis } from '../model/time';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import {
  selectDatedAxes,
  selectFirstDays,
  selectHistogram,
  selectLabels,
} from '../store/selectors';

/** How long each day stays on screen while playing. */
const PLAY_STEP_MS = 900;
const BAR_AREA_HEIGHT = 44;

/**
 * The strip under the graph: claims per day (by first publication or by occurrence), a brush to
 * choose a window, a click for "as of" a day, and play, day by day. Absent when nothing is dated.
 */
export function Timeline() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const axes = useGraph(selectDatedAxes);
  const bars = useGraph(selectHistogram);
  const time = useGraph((s) => s.time);
  const setTime = useGraph((s) => s.setTime);
  const [playing, setPlaying] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const drag = useRef<{ from: number; pointer: number } | null>(null);
  const [brush, setBrush] = useState<[number, number] | null>(null);
  const svg = useRef<SVGSVGElement>(null);

  // A bar is a day, or several when the dates span more than MAX_BARS days.
  const days = bars ? bars.counts.length : 0;
  const dayAt = (i: number) => (bars ? barDays(bars, i)[1] : '');
  const startOf = (i: number) => (bars ? barDays(bars, i)[0] : '');
  const indexOf = (day: string | null) => (bars && day ? barOf(bars, day) : null);
  const asOf = time.from === null ? indexOf(time.to) : null;

  /** The claims first known within a bar's days, said with its last day. */
  const announce = (start: string, day: string) => {
    const s = store.getState();
    const labels = selectLabels(s);
    const first = selectFirstDays(s);
    const fresh = s.dataset.relations.filter((r) => {
      const d = first.get(r.id);
      return d !== undefined && d >= start && d <= day;
    });
    if (!fresh.length) return setAnnouncement(t('story.nothingNew', { date: day }));
    const named = fresh.slice(0, 3).map((r) => labels.sentence(r));
    const more = fresh.length > 3 ? ` (+${fresh.length - 3})` : '';
    setAnnouncement(
      t('story.appeared', { date: day, count: fresh.length, claims: named.join('; ') + more }),
    );
  };
  const showAsOf = (i: number) => {
    const bar = Math.max(0, Math.min(days - 1, i));
    const day = dayAt(bar);
    setTime({ ...store.getState().time, from: null, to: day });
    announce(startOf(bar), day);
  };
  const step = (by: number) => showAsOf((asOf ?? (by > 0 ? -1 : days)) + by);

  // Play steps one day at a time and stops on the last.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const s = store.getState();
      const at = s.time.from === null ? indexOf(s.time.to) : null;
      const next = at === null ? 0 : at + 1;
      if (next >= days) {
        setPlaying(false);
        return;
      }
      showAsOf(next);
    }, PLAY_STEP_MS);
    return () => window.clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the timer reads the store itself
  }, [playing, days]);

  // A story dated only by occurrence (or only by publication) opens on the axis it has.
  useEffect(() => {
    const other: TimeAxis = time.axis === 'published' ? 'occurred' : 'published';
    if (!axes[time.axis] && axes[other]) setTime({ axis: other, from: null, to: null });
  }, [axes, time.axis, setTime]);

  const max = useMemo(() => (bars ? Math.max(1, ...bars.counts) : 1), [bars]);
  if (!bars || (!axes.published && !axes.occurred)) return null;

  const dayFromPointer = (e: PointerEvent) => {
    const box = svg.current!.getBoundingClientRect();
    return Math.max(0, Math.min(days - 1, Math.floor(((e.clientX - box.left) / box.width) * days)));
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    svg.current?.setPointerCapture?.(e.pointerId);
    const i = dayFromPointer(e);
    drag.current = { from: i, pointer: e.pointerId };
    setBrush([i, i]);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const i = dayFromPointer(e);
    setBrush([Math.min(drag.current.from, i), Math.max(drag.current.from, i)]);
  };
  const onPointerUp = (e: PointerEvent<SVGSVGElement>) => {
    if (!drag.current) return;
    const i = dayFromPointer(e);
    const [a, b] = [Math.min(drag.current.from, i), Math.max(drag.current.from, i)];
    drag.current = null;
    setBrush(null);
    setPlaying(false);
    if (a === b) showAsOf(a);
    else setTime({ ...store.getState().time, from: startOf(a), to: dayAt(b) });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowLeft: () => step(-1),
      ArrowRight: () => step(1),
      Home: () => showAsOf(0),
      End: () => showAsOf(days - 1),
      ' ': () => setPlaying((p) => !p),
    };
    const run = keys[e.key];
    if (!run) return;
    e.preventDefault();
    if (e.key !== ' ') setPlaying(false);
    run();
  };

  const from = indexOf(time.from);
  const to = indexOf(time.to);
  const shown = brush ?? (from !== null || to !== null ? [from ?? 0, to ?? days - 1] : null);
  const label =
    time.from && time.to
      ? t('story.window', { from: time.from, to: time.to })
      : time.to
        ? t('story.asOf', { date: time.to })
        : t('story.allDates');
  const width = 100 / days;
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <div className="timeline-bar">
        <h2 id="timeline-heading">{t('story.timeline')}</h2>
        {axes.published && axes.occurred && (
          <div role="radiogroup" aria-label={t('story.axis')} className="timeline-axis">
            {(['published', 'occurred'] as TimeAxis[]).map((axis) => (
              <label key={axis}>
                <input
                  type="radio"
                  name="timeline-axis"
                  checked={time.axis === axis}
                  onChange={() => setTime({ axis, from: null, to: null })}
                />
                {t(axis === 'published' ? 'story.byPublished' : 'story.byOccurred')}
              </label>
            ))}
          </div>
        )}
        <button type="button" onClick={() => step(-1)} aria-label={t('story.previousDay')}>
          ‹
        </button>
        <button
          type="button"
          onClick={() => setPlaying((p) => !p)}
          aria-pressed={playing}
          aria-label={playing ? t('story.pause') : t('story.play')}
        >
          {playing ? '❚❚' : '▶'}
        </button>
        <button type="button" onClick={() => step(1)} aria-label={t('story.nextDay')}>
          ›
        </button>
        <strong className="timeline-now">{label}</strong>
        {(time.from || time.to) && (
          <button
            type="button"
            className="link"
            onClick={() => (setPlaying(false), setTime({ ...time, from: null, to: null }))}
          >
            {t('story.showAll')}
          </button>
        )}
        {bars.undated > 0 && (
          <span className="hint">{t('story.undated', { count: bars.undated })}</span>
        )}
      </div>
      <div
        className="timeline-days"
        role="slider"
        tabIndex={0}
        aria-label={t('story.bars', { first: bars.first, last: bars.last })}
        aria-valuemin={0}
        aria-valuemax={days - 1}
        aria-valuenow={asOf ?? to ?? days - 1}
        aria-valuetext={label}
        aria-describedby="timeline-hint"
        onKeyDown={onKeyDown}
      >
        <svg
          ref={svg}
          viewBox={`0 0 100 ${BAR_AREA_HEIGHT}`}
          preserveAspectRatio="none"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          aria-hidden="true"
        >
          {shown && (
            <rect
              className="timeline-window"
              x={shown[0] * width}
              width={(shown[1] - shown[0] + 1) * width}
              y={0}
              height={BAR_AREA_HEIGHT}
            />
          )}
          {bars.counts.map((n, i) => {
            const h = n ? Math.max(2, (n / max) * (BAR_AREA_HEIGHT - 4)) : 0;
            const out = shown !== null && (i < shown[0] || i > shown[1]);
            return (
              <rect
                key={i}
                className={out ? 'timeline-day out' : 'timeline-day'}
                x={i * width + width * 0.1}
                width={width * 0.8}
                y={BAR_AREA_HEIGHT - h}
                height={h}
              >
                <title>
                  {t('story.bar', {
                    date: bars.step > 1 ? `${startOf(i)} – ${dayAt(i)}` : dayAt(i),
                    count: n,
                  })}
                </title>
              </rect>
            );
          })}
        </svg>
        <div className="timeline-ends" aria-hidden="true">
          <span>{bars.first}</span>
          <span>{bars.last}</span>
        </div>
      </div>
      <p id="timeline-hint" className="visually-hidden">
        {t('story.hint')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
