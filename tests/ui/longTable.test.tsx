import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { RelationsTable } from '../../src/ui/RelationsTable';
import { renderWithStore } from './renderWithStore';

/** The relations table of a synthetic dataset of this size; its store. */
function renderTable(actors: number, relations: number) {
  const store = createGraphStore(generateDataset({ actors, relations, evidenced: 0 }), 'synthetic');
  renderWithStore(<RelationsTable />, store);
  return store;
}

it('a long relations table renders only a window of rows, and the arrow keys still walk all of them', async () => {
  const user = userEvent.setup();
  const store = renderTable(400, 1000);
  const table = screen.getByRole('table');
  expect(table).toHaveAttribute('aria-rowcount', '1001');
  const rendered = within(table).getAllByRole('row').length;
  expect(rendered).toBeLessThan(100);
  const buttons = within(table).getAllByRole('button', { pressed: false });
  buttons[0]!.focus();
  await user.keyboard('{ArrowDown}{ArrowDown}');
  expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r2'] });
  expect(document.activeElement).toHaveAttribute('data-row', '2');
});

it('after a click anywhere on a row, the arrow keys go on from that row', async () => {
  const user = userEvent.setup();
  const store = renderTable(40, 60);
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  // A click on the source actor's cell, not on the relation's button.
  await user.click(within(rows[3]!).getAllByRole('cell')[0]!);
  expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r2'] });
  await user.keyboard('{ArrowDown}');
  expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r3'] });
});
