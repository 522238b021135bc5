import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { Legend } from '../../src/ui/Legend';
import { ProblemsAlert } from '../../src/ui/ProblemsAlert';
import { RelationsTable } from '../../src/ui/RelationsTable';
import { Toolbar } from '../../src/ui/Toolbar';
import { createGraphStore } from '../../src/store/graphStore';
import { readFixture, seedDataset, smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

const Panels = () => (
  <>
    <Toolbar />
    <ProblemsAlert />
    <FilterPanel />
    <Legend />
    <RelationsTable />
    <DetailsPanel />
  </>
);

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('filter panel and relations table', () => {
  it('unticking a relation type removes exactly its relations from the table', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    expect(rows()).toHaveLength(4);
    const ask = screen.getByRole('checkbox', { name: /asks/ });
    expect(ask).toBeChecked();
    await user.click(ask);
    expect(ask).not.toBeChecked();
    expect(rows()).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'asks' })).toBeNull();
    expect(screen.getByText('(2 visible)')).toBeInTheDocument();
  });

  it('shows counts that follow the other filters', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    const askBox = screen.getByRole('checkbox', { name: /asks/ }).closest('label')!;
    expect(within(askBox).getByLabelText('2 visible')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /hypothetical/ }));
    expect(within(askBox).getByLabelText('1 visible')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset filters' }));
    expect(within(askBox).getByLabelText('2 visible')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /hypothetical/ })).toBeChecked();
  });

  it('lists only the statuses the dataset uses, "unspecified" included', () => {
    renderWithStore(<Panels />, smallStore());
    const statuses = within(screen.getByRole('group', { name: 'Status' })).getAllByRole('checkbox');
    expect(statuses.map((s) => s.closest('label')?.textContent?.replace(/\d+$/, ''))).toEqual([
      'reported',
      'alleged',
      'hypothetical',
      'unspecified',
    ]);
  });
});

describe('details panel', () => {
  it('selecting a relation in the table shows its quote, status and dispute', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    await user.click(screen.getByRole('button', { name: 'refuses' }));
    const details = screen.getByRole('region', { name: 'Details' });
    // The details load once the page is idle, and then at once.
    expect(await within(details).findByRole('heading', { level: 2 })).toHaveTextContent(
      'Beta refuses Alpha',
    );
    expect(within(details).getByText('Beta said „no“')).toBeInTheDocument();
    expect(within(details).getByText('alleged')).toBeInTheDocument();
    const disputes = within(details).getByRole('list', { name: 'Disputes' });
    await user.click(within(disputes).getByRole('button', { name: 'Alpha asks Beta' }));
    expect(within(details).getByRole('heading', { level: 2 })).toHaveTextContent('Alpha asks Beta');
    expect(within(details).getByRole('list', { name: 'Disputed by' })).toBeInTheDocument();
  });

  it('shows who asserts a claim, nearest source first', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, createGraphStore(seedDataset(), 'seed'));
    await user.click(screen.getByRole('button', { name: 'requests military aid from' }));
    const chain = screen.getByRole('list', { name: /Asserted by/ });
    expect(
      within(chain)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Anglo-Saxon media', 'Anonymous US government sources']);
  });

  it('the close button clears the selection', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    await user.click(screen.getAllByRole('button', { name: 'asks' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.getByText(/Click an actor or a relation/)).toBeInTheDocument();
  });
});

describe('opening a file', () => {
  it('lists every problem with its place and keeps the graph', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    const broken = readFixture('small.actor-graph.json')
      .replace('"target": "beta"', '"target": "nobody"')
      .replace('"type": "refuse"', '"type": "bribe"');
    await user.upload(
      screen.getByLabelText('Open dataset file'),
      new File([broken], 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json could not be opened: 2 errors');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('$.relations[0].target'),
      expect.stringContaining('$.relations[1].type'),
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Small test graph');
    expect(rows()).toHaveLength(4);
  });

  it('places a JSON syntax error at its line and column', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    await user.upload(
      screen.getByLabelText('Open dataset file'),
      new File(['{\n "a": ]'], 'bad.json'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('line 2, column 7');
  });

  it('opens a valid file and draws its data', async () => {
    const user = userEvent.setup();
    renderWithStore(<Panels />, smallStore());
    const seed = JSON.stringify(seedDataset());
    await user.upload(screen.getByLabelText('Open dataset file'), new File([seed], 'seed.json'));
    expect(await screen.findByText('seed.json')).toBeInTheDocument();
    expect(rows().length).toBe(seedDataset().relations.length);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
