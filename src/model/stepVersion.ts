import { problem, type Problem } from './problem';
import type { StoryStep } from './schema';
import { VIEW_VERSION } from './vocabulary';

/**
 * Why a step cannot be shown, or null: a view saved by a newer version of the app may mean
 * something this one would show wrongly (AG081), so it is refused rather than half applied.
 */
export function stepRefused(
  storyIndex: number,
  stepIndex: number,
  step: StoryStep,
): Problem | null {
  if ((step.viewVersion ?? 1) <= VIEW_VERSION) return null;
  return problem(
    'AG081',
    `$.stories[${storyIndex}].steps[${stepIndex}].viewVersion`,
    `Step “${step.title}” was saved by a newer version of Actor Graph (view version ${step.viewVersion}; this app reads up to ${VIEW_VERSION}). It is not shown: please update the app.`,
  );
}
