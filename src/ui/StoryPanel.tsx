import { useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import {
  addStep,
  addStory,
  deleteStep,
  duplicateStep,
  moveStep,
  renameStory,
  updateStep,
} from '../model/stories';
import { useGraph, useGraphStoreApi } from '../store/StoreContext';
import { showStep, stepView } from '../store/storySteps';
import { enterFullScreen } from './fullScreen';

/**
 * The briefing story beside the graph: steps saved from the current view, in order — shown,
 * renamed, captioned, moved (dragged by the handle, buttons, or Alt+↑/↓ on a step), duplicated,
 * updated from the view,
 * deleted; each change one undo step. _Present_ steps through them full screen.
 */
export default function StoryPanel() {
  const { t } = useTranslation();
  const store = useGraphStoreApi();
  const stories = useGraph((s) => s.dataset.stories);
  const edit = useGraph((s) => s.edit);
  const setPresenting = useGraph((s) => s.setPresenting);
  const [storyIndex, setStoryIndex] = useState(0);
  // The step being dragged, and the one it would land on.
  const [drag, setDrag] = useState<{ from: number; over: number } | null>(null);
  const story = stories?.[storyIndex] ?? stories?.[0];
  const view = () => stepView(store.getState());
  const show = (index: number) => {
    if (!story) return;
    showStep(store, story.id, index, true);
  };
  if (!story)
    return (
      <section className="panel story-panel" aria-labelledby="story-heading">
        <h2 id="story-heading">{t('stories.heading')}</h2>
        <p className="hint">{t('stories.none')}</p>
        <button
          type="button"
          onClick={() =>
            edit(
              (d) =>
                addStory(d, t('stories.untitled'), {
                  title: t('stories.stepTitle', { n: 1 }),
                  view: view(),
                }).dataset,
            )
          }
        >
          {t('stories.start')}
        </button>
      </section>
    );
  const last = story.steps.length - 1;
  return (
    <section className="panel story-panel" aria-labelledby="story-heading">
      <h2 id="story-heading">{t('stories.heading')}</h2>
      {stories!.length > 1 && (
        <label>
          {t('stories.choose')}{' '}
          <select value={storyIndex} onChange={(e) => setStoryIndex(Number(e.target.value))}>
            {stories!.map((s, i) => (
              <option key={s.id} value={i}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="story-title">
        {t('stories.title')}
        <input
          key={story.title}
          defaultValue={story.title}
          onBlur={(e) =>
            e.target.value !== story.title && edit((d) => renameStory(d, story.id, e.target.value))
          }
        />
      </label>
      <ol className="story-steps" aria-label={t('stories.steps')}>
        {story.steps.map((step, i) => (
          <li
            key={step.id}
            className={drag && drag.over === i && drag.from !== i ? 'drop-target' : undefined}
            onDragOver={(e) => {
              if (!drag) return;
              e.preventDefault();
              if (drag.over !== i) setDrag({ ...drag, over: i });
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (drag && drag.from !== i) edit((d) => moveStep(d, story.id, drag.from, i));
              setDrag(null);
            }}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              const to = e.key === 'ArrowUp' ? i - 1 : i + 1;
              if (to >= 0 && to <= last) edit((d) => moveStep(d, story.id, i, to));
            }}
          >
            <span
              className="drag-handle"
              draggable
              role="img"
              aria-label={t('stories.drag', { n: i + 1 })}
              title={t('stories.drag', { n: i + 1 })}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', step.id);
                setDrag({ from: i, over: i });
              }}
              onDragEnd={() => setDrag(null)}
            >
              ⠿
            </span>
            {/* Typing edits the field; leaving it is one edit, one undo step. */}
            <input
              key={`t:${step.title}`}
              aria-label={t('stories.stepName', { n: i + 1 })}
              defaultValue={step.title}
              onBlur={(e) =>
                e.target.value !== step.title &&
                edit((d) => updateStep(d, story.id, i, { title: e.target.value }))
              }
            />
            <textarea
              key={`c:${step.caption ?? ''}`}
              aria-label={t('stories.caption', { n: i + 1 })}
              rows={2}
              defaultValue={step.caption ?? ''}
              onBlur={(e) =>
                e.target.value !== (step.caption ?? '') &&
                edit((d) => updateStep(d, story.id, i, { caption: e.target.value || undefined }))
              }
            />
            <div className="story-step-actions">
              <button type="button" onClick={() => show(i)}>
                {t('stories.show')}
              </button>
              <button
                type="button"
                onClick={() => edit((d) => updateStep(d, story.id, i, { view: view() }))}
              >
                {t('stories.update')}
              </button>
              <button
                type="button"
                aria-label={t('stories.up', { n: i + 1 })}
                disabled={i === 0}
                onClick={() => edit((d) => moveStep(d, story.id, i, i - 1))}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('stories.down', { n: i + 1 })}
                disabled={i === last}
                onClick={() => edit((d) => moveStep(d, story.id, i, i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('stories.duplicate', { n: i + 1 })}
                onClick={() => edit((d) => duplicateStep(d, story.id, i))}
              >
                {t('stories.copy')}
              </button>
              <button
                type="button"
                aria-label={t('stories.delete', { n: i + 1 })}
                onClick={() => edit((d) => deleteStep(d, story.id, i))}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="story-actions">
        <button
          type="button"
          onClick={() =>
            edit((d) =>
              addStep(d, story.id, {
                title: t('stories.stepTitle', { n: story.steps.length + 1 }),
                view: view(),
              }),
            )
          }
        >
          {t('stories.add')}
        </button>
        <button
          type="button"
          disabled={story.steps.length === 0}
          onClick={() => {
            enterFullScreen();
            setPresenting({ storyId: story.id, step: 0 });
            show(0);
          }}
        >
          {t('stories.present')}
        </button>
      </div>
    </section>
  );
}
