import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { RelationsTable } from '../../src/ui/RelationsTable';
import { renderWithStore } from './renderWithStore';

it('a long relations table renders only a window of rows, and the arrow keys still walk all of them', async () => {
  const user = userEvent.setup();
  const store = createGraphStore(
    generateDataset({ actors: 400, relations: 1000, evidenced: 0 }),
    'big',
  );
  renderWithStore(<RelationsTable />, store);
  const table = screen.getByRole('table');
  expect(table).toHaveAttribute('aria-rowcount', '1001');
  const rendered = within(table).getAllByRole('row').length;
  expect(rendered).toBeLessThan(100);
  const buttons = within(table).getAllByRole('button');
  buttons[0]!.focus();
  await user.keyboard('{ArrowDown}{ArrowDown}');
  expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r2'] });
  expect(document.activeElement).toHaveAttribute('data-row', '2');
});
