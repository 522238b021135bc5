import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { Caption } from '../../src/ui/Caption';
import Presentation from '../../src/ui/Presentation';
import StoryPanel from '../../src/ui/StoryPanel';
import { seedDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

it('builds a story from views, reorders it by keyboard, undoes, and presents it by keys', async () => {
  const user = userEvent.setup();
  const store = createGraphStore(seedDataset(), 'seed');
  renderWithStore(
    <>
      <StoryPanel />
      <Presentation />
    </>,
    store,
  );
  await user.click(screen.getByRole('button', { name: 'Start a story from this view' }));
  act(() => store.getState().toggleType('deny'));
  await user.click(screen.getByRole('button', { name: 'Add step from this view' }));
  act(() => store.getState().selectActor('china'));
  await user.click(screen.getByRole('button', { name: 'Add step from this view' }));
  const steps = screen.getByRole('list', { name: 'Steps' });
  expect(within(steps).getAllByRole('listitem')).toHaveLength(3);
  // Name step 3, then move it up with Alt+↑ on the step.
  const name3 = screen.getByRole('textbox', { name: 'Title of step 3' });
  await user.clear(name3);
  await user.type(name3, 'China');
  await user.tab();
  screen.getByRole('textbox', { name: 'Title of step 3' }).focus();
  await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
  const names = () =>
    within(steps)
      .getAllByRole('textbox', { name: /^Title of step/ })
      .map((i) => (i as HTMLInputElement).value);
  expect(names()).toEqual(['Step 1', 'China', 'Step 2']);
  act(() => store.temporal.getState().undo());
  expect(names()).toEqual(['Step 1', 'Step 2', 'China']);
  // Present: each key brings its step's view back.
  act(() => store.getState().resetFilters());
  await user.click(screen.getByRole('button', { name: 'Present' }));
  expect(screen.getByText('Step 1 of 3 — Step 1')).toBeVisible();
  expect(store.getState().filters.hiddenTypes).toEqual([]);
  await user.keyboard('{ArrowRight}');
  expect(screen.getByText('Step 2 of 3 — Step 2')).toBeVisible();
  expect(store.getState().filters.hiddenTypes).toEqual(['deny']);
  await user.keyboard('{PageDown}');
  expect(store.getState().selection).toEqual({ kind: 'actor', id: 'china' });
  await user.keyboard('{ArrowLeft}');
  expect(screen.getByText('Step 2 of 3 — Step 2')).toBeVisible();
  await user.keyboard('{Escape}');
  expect(store.getState().presenting).toBeNull();
});

it('renders a caption’s emphasis and http links, and any markup or script link as text', () => {
  render(
    <Caption
      text={
        '**Denied** by *Beijing*: [the ministry](https://example.org/x) <b>x</b> [bad](javascript:alert(1))'
      }
    />,
  );
  expect(screen.getByText('Denied').tagName).toBe('STRONG');
  expect(screen.getByText('Beijing').tagName).toBe('EM');
  expect(screen.getByRole('link', { name: 'the ministry' })).toHaveAttribute(
    'href',
    'https://example.org/x',
  );
  expect(screen.getAllByRole('link')).toHaveLength(1);
  expect(document.body.textContent).toContain('<b>x</b> [bad](javascript:alert(1))');
  expect(document.querySelector('b')).toBeNull();
});
