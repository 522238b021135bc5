import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { actorMetrics } from '../../src/model/metrics/actorMetrics';
import type { MetricsRequest } from '../../src/io/metricsWorker';
import { createGraphStore } from '../../src/store/graphStore';
import { TablesPanel } from '../../src/ui/TablesPanel';
import { seedDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

// jsdom has no workers: this one measures in the page, as the real one does in its thread.
vi.mock('../../src/io/createMetricsWorker', () => ({
  createMetricsWorker: () => {
    const worker = {
      onmessage: null as ((e: { data: unknown }) => void) | null,
      terminate: () => {},
      postMessage: ({ actorIds, relations, undirectedTypes }: MetricsRequest) =>
        setTimeout(() =>
          worker.onmessage?.({
            data: {
              type: 'done',
              metrics: actorMetrics(actorIds, relations, {
                undirectedTypes: new Set(undirectedTypes),
              }),
            },
          }),
        ),
    };
    return worker;
  },
}));

const firstColumn = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

it('measures the actors shown, sorts by any column, and selects with the graph', async () => {
  const user = userEvent.setup();
  const store = createGraphStore(seedDataset(), 'seed');
  renderWithStore(<TablesPanel />, store);
  await user.click(screen.getByRole('tab', { name: 'Actors' }));
  const table = await screen.findByRole('table', { name: /Actors/ });
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(10));
  // By betweenness, directions dropped: China, then Russia, then the USA.
  await user.click(within(table).getByRole('button', { name: /Betweenness/ }));
  expect(firstColumn(table).slice(0, 3)).toEqual(['China', 'Russia', 'USA']);
  const column = within(table).getByRole('columnheader', { name: /Betweenness/ });
  expect(column).toHaveAttribute('aria-sort', 'descending');
  await user.click(within(table).getByRole('button', { name: /PageRank/ }));
  const ranks = within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Number(within(row).getAllByRole('cell')[4]!.textContent));
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  // A row selects its actor; a selection in the graph marks its row.
  await user.click(within(table).getByRole('button', { name: 'Russia' }));
  expect(store.getState().selection).toEqual({ kind: 'actor', id: 'russia' });
  // The arrow keys go on from the row, selecting as they go.
  const below = firstColumn(table)[firstColumn(table).indexOf('Russia') + 1]!;
  await user.keyboard('{ArrowDown}');
  expect(store.getState().selection).toEqual({
    kind: 'actor',
    id: store.getState().dataset.actors.find((a) => a.label === below)!.id,
  });
  expect(within(table).getByRole('button', { name: below })).toHaveFocus();
  act(() => store.getState().selectActor('usa'));
  expect(within(table).getByRole('button', { name: 'USA' }).closest('tr')).toHaveAttribute(
    'aria-selected',
    'true',
  );
  // Filters change what is measured: hiding every type leaves the actors without relations.
  act(() =>
    store.getState().applyView({
      filters: {
        ...store.getState().filters,
        hiddenTypes: store.getState().dataset.relationTypes.map((t) => t.id),
      },
    }),
  );
  await waitFor(
    () => {
      const degrees = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[2]!.textContent);
      expect(new Set(degrees)).toEqual(new Set(['0']));
    },
    { timeout: 2000 },
  );
});
