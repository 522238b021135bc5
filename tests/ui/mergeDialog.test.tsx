import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import MergeDialog from '../../src/ui/MergeDialog';
import { storyDataset, storyMoreDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

it('reviews each match before anything changes, adds the data, and one undo takes it back', async () => {
  const user = userEvent.setup();
  const store = createGraphStore(storyDataset(), 'story.json');
  const before = store.getState().dataset;
  act(() =>
    store
      .getState()
      .setPendingMerge({ name: 'more.json', incoming: storyMoreDataset(), problems: [] }),
  );
  renderWithStore(<MergeDialog />, store);
  const dialog = screen.getByRole('dialog', { name: 'Add “more.json” to this story' });
  expect(dialog).toHaveTextContent('2 documents, 5 actors and 2 relations to add');
  const table = within(dialog).getByRole('table', { name: 'Actors that look the same' });
  expect(within(table).getAllByRole('row')).toHaveLength(5);
  // Nothing has changed yet.
  expect(store.getState().dataset).toBe(before);
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Decision for Russia' }),
    'Keep apart',
  );
  expect(within(dialog).getByRole('list', { name: 'To know' })).toHaveTextContent(
    'Document "reuters-14" was renamed "reuters-14-2"',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Add to story' }));
  const after = store.getState().dataset;
  expect(after.documents).toHaveLength(8);
  expect(after.actors.map((a) => a.id)).toEqual(expect.arrayContaining(['ru', 'embassy']));
  expect(store.getState().pendingMerge).toBeNull();
  expect(store.getState().notice).toContain('Added more.json: 2 documents, 2 new actors');
  act(() => store.temporal.getState().undo());
  expect(store.getState().dataset).toBe(before);
});
