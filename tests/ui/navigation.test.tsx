import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { HighlightPanel } from '../../src/ui/HighlightPanel';
import { SearchBox } from '../../src/ui/SearchBox';
import { seedDataset, smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

describe('search box', () => {
  it('says which match is current and moves on with Enter and back with Shift+Enter', async () => {
    const user = userEvent.setup();
    const store = createGraphStore(seedDataset(), 'seed');
    renderWithStore(<SearchBox />, store);
    const box = screen.getByRole('searchbox', { name: 'Search actors' });
    await user.type(box, 'sullivan');
    expect(screen.getByText("1 of 2: Sullivan's counterpart (unnamed)")).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText('2 of 2: Jake Sullivan')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.getByText("1 of 2: Sullivan's counterpart (unnamed)")).toBeInTheDocument();
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(screen.getByText('2 of 2: Jake Sullivan')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show details' }));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'jake-sullivan' });
    await user.clear(box);
    await user.type(box, 'xyz');
    expect(screen.getByText('No actor matches')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show details' })).toBeDisabled();
  });
});

describe('highlight panel', () => {
  it('lists the shortest path between two chosen actors, and says when there is none', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<HighlightPanel />, store);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Path from' }), 'Gamma');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Path to' }), 'Alpha');
    const steps = within(screen.getByRole('list', { name: 'Shortest path' })).getAllByRole(
      'button',
    );
    expect(steps.map((b) => b.textContent)).toEqual(['Gamma asks Alpha']);
    store.getState().toggleType('ask');
    store.getState().toggleType('know');
    expect(await screen.findByText(/No connection/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear path' }));
    expect(store.getState().pathEnds).toEqual({ from: null, to: null });
  });

  it('switches the neighbourhood depth', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<HighlightPanel />, store);
    await user.click(screen.getByRole('radio', { name: '2 steps' }));
    expect(store.getState().neighbourhoodDepth).toBe(2);
  });
});
