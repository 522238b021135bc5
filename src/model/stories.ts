import type { Dataset, Story, StoryStep } from './schema';
import { VIEW_VERSION } from './vocabulary';

/*
 * Briefing stories as pure edits of the dataset: each returns a new dataset (one undo step
 * in the store) and leaves the one it was given alone.
 */

const freeId = (prefix: string, taken: Iterable<string>) => {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
};

const withStories = (dataset: Dataset, stories: Story[]): Dataset => ({ ...dataset, stories });

const mapStory = (dataset: Dataset, storyId: string, change: (story: Story) => Story) =>
  withStories(
    dataset,
    (dataset.stories ?? []).map((s) => (s.id === storyId ? change(s) : s)),
  );

/** A new story with one step; its id is returned with the dataset. */
export function addStory(
  dataset: Dataset,
  title: string,
  first: Omit<StoryStep, 'id'>,
): { dataset: Dataset; storyId: string } {
  const storyId = freeId(
    'story-',
    (dataset.stories ?? []).map((s) => s.id),
  );
  const story: Story = {
    id: storyId,
    title,
    steps: [{ id: 'step-1', ...first, viewVersion: VIEW_VERSION }],
  };
  return { dataset: withStories(dataset, [...(dataset.stories ?? []), story]), storyId };
}

/** A step added after `after` (at the end when absent). */
export function addStep(
  dataset: Dataset,
  storyId: string,
  step: Omit<StoryStep, 'id'>,
  after?: number,
): Dataset {
  return mapStory(dataset, storyId, (story) => {
    const id = freeId(
      'step-',
      story.steps.map((s) => s.id),
    );
    const at = after === undefined ? story.steps.length : after + 1;
    const steps = [...story.steps];
    steps.splice(at, 0, { id, viewVersion: VIEW_VERSION, ...step });
    return { ...story, steps };
  });
}

export const updateStep = (
  dataset: Dataset,
  storyId: string,
  index: number,
  patch: Partial<Omit<StoryStep, 'id'>>,
): Dataset =>
  mapStory(dataset, storyId, (story) => ({
    ...story,
    steps: story.steps.map((s, i) =>
      i !== index ? s : { ...s, ...patch, ...(patch.view ? { viewVersion: VIEW_VERSION } : {}) },
    ),
  }));

/** Moves a step to another place; out-of-range places are clamped. */
export const moveStep = (dataset: Dataset, storyId: string, from: number, to: number): Dataset =>
  mapStory(dataset, storyId, (story) => {
    const steps = [...story.steps];
    const [moved] = steps.splice(from, 1);
    if (!moved) return story;
    steps.splice(Math.max(0, Math.min(to, steps.length)), 0, moved);
    return { ...story, steps };
  });

export const duplicateStep = (dataset: Dataset, storyId: string, index: number): Dataset => {
  const step = dataset.stories?.find((s) => s.id === storyId)?.steps[index];
  if (!step) return dataset;
  const { id: _id, ...rest } = step;
  return addStep(dataset, storyId, { ...rest, title: `${step.title} (copy)` }, index);
};

export const deleteStep = (dataset: Dataset, storyId: string, index: number): Dataset =>
  mapStory(dataset, storyId, (story) => ({
    ...story,
    steps: story.steps.filter((_, i) => i !== index),
  }));

export const renameStory = (dataset: Dataset, storyId: string, title: string): Dataset =>
  mapStory(dataset, storyId, (story) => ({ ...story, title }));

export const deleteStory = (dataset: Dataset, storyId: string): Dataset =>
  withStories(
    dataset,
    (dataset.stories ?? []).filter((s) => s.id !== storyId),
  );
