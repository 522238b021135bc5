import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { HighlightPanel } from '../../src/ui/HighlightPanel';
import { renderWithStore } from './renderWithStore';

describe('path ends on a large graph', () => {
  const big = generateDataset({ actors: 1500, relations: 3000, evidenced: 0, seed: 4 });
  const target = big.actors[42]!;

  it('are typed with suggestions instead of listed, and chosen by name', async () => {
    const user = userEvent.setup();
    const store = createGraphStore(big, 'big');
    renderWithStore(<HighlightPanel />, store);
    const from = screen.getByRole('combobox', { name: 'Path from' });
    // Not a list of 1,500 names: a field with a few suggestions.
    expect(from.tagName).toBe('INPUT');
    await user.type(from, target.label.slice(0, 4));
    const suggestions = document.querySelectorAll(
      `#${CSS.escape(from.getAttribute('list')!)} option`,
    );
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(50);
    expect(store.getState().pathEnds.from).toBeNull();
    await user.clear(from);
    await user.type(from, target.label.toLowerCase());
    expect(store.getState().pathEnds.from).toBe(
      big.actors.find((a) => a.label.toLowerCase() === target.label.toLowerCase())!.id,
    );
    // Cleared elsewhere, the field empties too.
    store.getState().clearPath();
    await waitFor(() => expect(from).toHaveValue(''));
  });
});
