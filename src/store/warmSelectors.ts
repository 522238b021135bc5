import type { Dataset } from '../model/schema';
import type { GraphState } from './graphStore';
import {
  selectCounts,
  selectFirstDays,
  selectHistogram,
  selectIndex,
  selectKindStyles,
  selectLabels,
  selectLineWeights,
  selectReadingOrder,
  selectSupport,
  selectTrace,
  selectTypeStyles,
  selectVisible,
} from './selectors';
import { NO_VIEW } from './viewSlice';

/**
 * The derived state of a dataset about to be loaded, computed ahead one piece per task: a
 * large event dataset's traces, support and visibility otherwise all run in the one task
 * that loads it, and the page stops answering for as long. The selectors are memoised on
 * their arguments, so loading then finds them ready (a miss only costs what it costs now).
 */
export async function warmSelectors(state: GraphState, next: Dataset): Promise<void> {
  const s: GraphState = { ...state, dataset: next, ...NO_VIEW };
  const steps = [
    selectKindStyles,
    selectTypeStyles,
    selectIndex,
    selectTrace,
    selectFirstDays,
    selectSupport,
    selectLineWeights,
    selectVisible,
    selectCounts,
    selectLabels,
    selectHistogram,
    selectReadingOrder,
  ];
  for (const step of steps) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    step(s);
  }
}
