import { addStep, addStory, deleteStep, duplicateStep, moveStep } from '../../src/model/stories';
import { stepRefused } from '../../src/model/stepVersion';
import { VIEW_VERSION } from '../../src/model/vocabulary';
import { validateDataset } from '../../src/model/validate';
import { createGraphStore } from '../../src/store/graphStore';
import { showStep, stepView } from '../../src/store/storySteps';
import { applyViewParams, viewSearch } from '../../src/store/viewParams';
import { seedDataset } from '../helpers';

const titles = (d: ReturnType<typeof seedDataset>) => d.stories![0]!.steps.map((s) => s.title);

describe('briefing stories', () => {
  it('adds, moves, duplicates and deletes steps without touching the dataset given', () => {
    const seed = seedDataset();
    const { dataset, storyId } = addStory(seed, 'Briefing', { title: 'Actors', view: '' });
    expect(seed.stories).toBeUndefined();
    let d = addStep(dataset, storyId, { title: 'The request', view: 'sel=a%3Arussia' });
    d = addStep(d, storyId, { title: 'The denial', view: '' });
    d = moveStep(d, storyId, 2, 0);
    expect(titles(d)).toEqual(['The denial', 'Actors', 'The request']);
    d = duplicateStep(d, storyId, 1);
    expect(titles(d)).toEqual(['The denial', 'Actors', 'Actors (copy)', 'The request']);
    expect(new Set(d.stories![0]!.steps.map((s) => s.id)).size).toBe(4);
    d = deleteStep(d, storyId, 0);
    expect(titles(d)).toEqual(['Actors', 'Actors (copy)', 'The request']);
    // The stories travel with the data and validate.
    const valid = validateDataset(JSON.parse(JSON.stringify(d)));
    expect(valid.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(valid.dataset?.stories?.[0]?.steps).toHaveLength(3);
  });

  it('refuses a step without its view, naming the place', () => {
    const raw = JSON.parse(JSON.stringify(seedDataset()));
    raw.stories = [{ id: 's', title: 'x', steps: [{ id: 'a', title: 'y' }] }];
    const { problems } = validateDataset(raw);
    expect(problems.find((p) => p.severity === 'error')?.path).toBe('$.stories[0].steps[0].view');
  });

  it('saves the view as a link does and shows it again, leaving out what no longer exists', () => {
    const store = createGraphStore(seedDataset(), 'seed');
    store.getState().toggleType('deny');
    store.getState().selectActor('russia');
    const view = stepView(store.getState());
    expect(view).toContain('hideTypes=deny');
    expect(view).toContain('sel=a%3Arussia');
    const { dataset, storyId } = addStory(store.getState().dataset, 'B', { title: 'One', view });
    store
      .getState()
      .edit(() =>
        addStep(dataset, storyId, { title: 'Gone', view: 'sel=a%3Anobody&hideTypes=deny' }),
      );
    store.getState().resetFilters();
    expect(showStep(store, storyId, 0)).toEqual([]);
    expect(store.getState().filters.hiddenTypes).toEqual(['deny']);
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'russia' });
    // A step naming an actor since deleted opens with the rest, and says what it left out.
    expect(showStep(store, storyId, 1)).toEqual(['sel=a:nobody']);
    expect(store.getState().notice).toBe(
      'Step 2 “Gone”: left out, no longer in the data: sel=a:nobody',
    );
    expect(store.getState().filters.hiddenTypes).toEqual(['deny']);
  });

  it('opens a link on a story step, presents it, and carries it in the next link', () => {
    const store = createGraphStore(seedDataset(), 'seed');
    const { dataset, storyId } = addStory(store.getState().dataset, 'B', {
      title: 'One',
      view: '',
    });
    store
      .getState()
      .edit(() => addStep(dataset, storyId, { title: 'Two', view: 'hideTypes=deny' }));
    expect(applyViewParams(store, `?story=${storyId}&step=2`)).toEqual([]);
    expect(store.getState().presenting).toEqual({ storyId, step: 1 });
    expect(store.getState().filters.hiddenTypes).toEqual(['deny']);
    expect(viewSearch(store.getState())).toContain(`story=${storyId}&step=2`);
    expect(applyViewParams(store, '?story=nope&step=1')).toEqual(['story=nope&step=1']);
  });

  it('refuses a step saved by a newer version of the app, keeping the view the user has', () => {
    const store = createGraphStore(seedDataset(), 'seed');
    const { dataset, storyId } = addStory(store.getState().dataset, 'B', {
      title: 'Now',
      view: 'hideTypes=deny',
    });
    // Steps made here carry the view version they were saved with; a duplicate keeps it.
    expect(dataset.stories![0]!.steps[0]!.viewVersion).toBe(VIEW_VERSION);
    const future = {
      title: 'Future',
      view: 'hideTypes=role&glow=1',
      viewVersion: VIEW_VERSION + 1,
    };
    const withFuture = duplicateStep(addStep(dataset, storyId, future), storyId, 1);
    expect(withFuture.stories![0]!.steps[2]!.viewVersion).toBe(VIEW_VERSION + 1);
    // Such data still loads: only the step is refused.
    const valid = validateDataset(JSON.parse(JSON.stringify(withFuture)));
    expect(valid.problems.filter((p) => p.severity === 'error')).toEqual([]);
    store.getState().edit(() => withFuture);
    expect(showStep(store, storyId, 0)).toEqual([]);
    expect(showStep(store, storyId, 1)).toBeNull();
    expect(store.getState().filters.hiddenTypes).toEqual(['deny']);
    expect(store.getState().notice).toMatch(/Step “Future” was saved by a newer version/);
    expect(stepRefused(0, 1, withFuture.stories![0]!.steps[1]!)?.path).toBe(
      '$.stories[0].steps[1].viewVersion',
    );
    // A link to it says why instead of applying half of it.
    store.getState().resetFilters();
    expect(applyViewParams(store, `?story=${storyId}&step=2`)[0]).toMatch(/newer version/);
    expect(store.getState().filters.hiddenTypes).toEqual([]);
  });

  it('saves a fitted view without a camera: the step fits the graph, a glide when presented', () => {
    const store = createGraphStore(seedDataset(), 'seed');
    expect(stepView(store.getState())).not.toContain('vp=');
    const { dataset, storyId } = addStory(store.getState().dataset, 'B', {
      title: 'Fitted',
      view: '',
    });
    store.getState().edit(() => addStep(dataset, storyId, { title: 'Close', view: 'vp=1,2,3' }));
    showStep(store, storyId, 0, true);
    expect(store.getState().viewportRequest).toEqual({ fit: true, animate: true });
    showStep(store, storyId, 1);
    expect(store.getState().viewportRequest).toEqual({ x: 1, y: 2, zoom: 3, animate: false });
  });
});
