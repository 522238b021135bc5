import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { footnotes } from '../model/footnotes';
import type { StatusKey } from '../model/status';
import { selectCited, selectLabels } from '../store/selectors';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { showStep } from '../store/storySteps';
import { Caption } from './Caption';

/** Footnotes listed at most; the rest are counted (the relations table has them all). */
const LISTED = 100;

/** The numbered footnotes of the claims the step is about, folded away until asked for. */
function StepClaims() {
  const { t } = useTranslation();
  const cited = useGraph(selectCited);
  const labels = useGraph(selectLabels);
  if (!cited.length) return null;
  const notes = footnotes(cited.slice(0, LISTED), labels, (s: StatusKey) => t(`status.${s}`));
  return (
    <details className="presentation-claims">
      <summary>{t('stories.claimsCount', { count: cited.length })}</summary>
      {/* It scrolls when long: focusable, so the keyboard can scroll it too. */}
      <ol tabIndex={0} aria-label={t('stories.claimsCount', { count: cited.length })}>
        {notes.map((f) => (
          <li key={f.relationId}>{f.text}</li>
        ))}
      </ol>
      {cited.length > LISTED && <p>{t('stories.moreClaims', { n: cited.length - LISTED })}</p>}
    </details>
  );
}

/**
 * Presenting a briefing story: the graph full screen, one step after another (→, PageDown,
 * Space; ←, PageUp back; Escape ends), the camera gliding between them (not when reduced
 * motion is asked for); the step's number, title, caption and the footnotes of its claims
 * below. The graph stays explorable within a step; the next key brings the saved view back.
 */
export default function Presentation() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const presenting = useGraph((s) => s.presenting);
  const story = useGraph((s) => s.dataset.stories?.find((x) => x.id === s.presenting?.storyId));
  const setPresenting = useGraph((s) => s.setPresenting);
  const count = story?.steps.length ?? 0;
  const go = (step: number) => {
    if (!story || step < 0 || step >= count) return;
    setPresenting({ storyId: story.id, step });
    showStep(store, story.id, step, true);
  };
  const index = presenting?.step ?? 0;
  const end = () => {
    setPresenting(null);
    if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
  };
  // Leaving full screen (the browser takes Escape for that) ends the presentation too.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setPresenting]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      // Space is the next step wherever the focus is (Enter opens the footnotes).
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(index - 1);
      else if (e.key === 'Escape') end();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!presenting || !story) return null;
  const step = story.steps[index];
  return (
    <section className="presentation" aria-label={t('stories.presenting', { title: story.title })}>
      <p className="presentation-count" aria-live="polite">
        {t('stories.stepOf', { n: index + 1, count })}
        {step ? ` — ${step.title}` : ''}
      </p>
      {step?.caption && (
        <div className="presentation-caption">
          <Caption text={step.caption} />
        </div>
      )}
      <StepClaims />
      <div className="presentation-nav">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('stories.previous')}
        </button>
        <button type="button" disabled={index >= count - 1} onClick={() => go(index + 1)}>
          {t('stories.next')}
        </button>
        <button type="button" onClick={end}>
          {t('stories.end')}
        </button>
      </div>
    </section>
  );
}
