import { useEffect } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { showStep } from '../store/storySteps';
import { Caption } from './Caption';

/**
 * Presenting a briefing story: the graph full screen, one step after another (→, PageDown,
 * Space; ←, PageUp back; Escape ends), the step's number, title and caption below it. The
 * graph stays explorable within a step; the next key brings the saved view back.
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
    showStep(store, story.id, step);
  };
  const index = presenting?.step ?? 0;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(index - 1);
      else if (e.key === 'Escape') setPresenting(null);
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
      <div className="presentation-nav">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>
          {t('stories.previous')}
        </button>
        <button type="button" disabled={index >= count - 1} onClick={() => go(index + 1)}>
          {t('stories.next')}
        </button>
        <button type="button" onClick={() => setPresenting(null)}>
          {t('stories.end')}
        </button>
      </div>
    </section>
  );
}
