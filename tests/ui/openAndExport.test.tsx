import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { CsvColumnsDialog } from '../../src/ui/CsvColumnsDialog';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { ProblemsAlert } from '../../src/ui/ProblemsAlert';
import { RelationsTable } from '../../src/ui/RelationsTable';
import { Toolbar } from '../../src/ui/Toolbar';
import { readFixture, smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

const Shell = () => (
  <>
    <Toolbar
      bundled={[
        {
          id: 'tiny',
          title: 'Tiny graph',
          source: () => ({ kind: 'text', name: 'tiny.csv', text: 'source,target\nA,B\n' }),
        },
      ]}
    />
    <ProblemsAlert />
    <RelationsTable />
    <DetailsPanel />
    <CsvColumnsDialog />
  </>
);

afterEach(() => vi.restoreAllMocks());

describe('Open menu', () => {
  it('works by keyboard and opens a bundled dataset', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<Shell />, store);
    screen.getByRole('button', { name: 'Open ▾' }).focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Open' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((m) => m.textContent),
    ).toEqual(['File…', 'Paste data…', 'Add to this story…', 'Tiny graph']);
    expect(within(menu).getByRole('menuitem', { name: 'File…' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{Enter}');
    await waitFor(() => expect(store.getState().datasetName).toBe('tiny.csv'));
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('pastes text into a dialog and opens it', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<Shell />, store);
    await user.click(screen.getByRole('button', { name: 'Open ▾' }));
    await user.click(screen.getByRole('menuitem', { name: 'Paste data…' }));
    const dialog = screen.getByRole('dialog', { name: 'Paste graph data' });
    const area = within(dialog).getByRole('textbox', { name: 'Graph data' });
    expect(area).toHaveFocus();
    await user.click(area);
    await user.paste('from,to,type\nRome,Paris,train\nParis,Lyon,train\n');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(store.getState().dataset.relations).toHaveLength(2));
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it('asks for the columns of a CSV that does not name them, then opens it', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<Shell />, store);
    const csv = readFixture('samples/honeypot-edges.csv');
    await user.upload(
      screen.getByLabelText('Open dataset file'),
      new File([csv], 'honeypot-edges.csv', { type: 'text/csv' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Which columns hold the edges?' });
    expect(within(dialog).getAllByRole('row')).toHaveLength(6); // header + 5 preview rows
    const open = within(dialog).getByRole('button', { name: 'Open graph' });
    expect(open).toBeDisabled();
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Source column' }),
      'attackerIP',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Target column' }),
      'victimIP',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Relation type column' }),
      'vulnName',
    );
    await user.click(open);
    await waitFor(() => expect(store.getState().dataset.relations).toHaveLength(220));
    expect(store.getState().dataset.relationTypes).toHaveLength(9);
  });

  it('shows text from files as text, never as markup', async () => {
    const user = userEvent.setup();
    renderWithStore(<Shell />, smallStore());
    const evil = '<img src=x onerror=alert(1)>';
    const csv = `source,target,type\n"${evil}",B,knows\n`;
    await user.upload(screen.getByLabelText('Open dataset file'), new File([csv], 'evil.csv'));
    await waitFor(() => expect(screen.getAllByText(evil).length).toBeGreaterThan(0));
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });

  it('keeps the current graph and lists the problems when a file fails', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<Shell />, store);
    const broken = '<?xml version="1.0"?>\n<gexf>\n<graph>\n<nodes>\n</graph>\n</gexf>';
    await user.upload(
      screen.getByLabelText('Open dataset file'),
      new File([broken], 'broken.gexf'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.gexf could not be opened');
    expect(alert).toHaveTextContent('line 5');
    expect(store.getState().datasetName).toBe('small.actor-graph.json');
  });
});

describe('Export menu', () => {
  it('downloads the visible subgraph as our JSON and reports what it dropped', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    const saved: { name: string; text: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ name: this.download, text: '' });
    });
    store.getState().toggleType('ask');
    renderWithStore(<Shell />, store);
    await user.click(screen.getByRole('button', { name: 'Export ▾' }));
    await user.click(screen.getByRole('menuitem', { name: 'Actor Graph JSON (visible subgraph)' }));
    // Exporters load on first use: the download follows a moment later.
    await waitFor(() =>
      expect(saved.map((s) => s.name)).toEqual(['small.visible.actor-graph.json']),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('exported with 1 warning');
    await user.click(screen.getByRole('button', { name: 'Export ▾' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV (edges + nodes)' }));
    await waitFor(() =>
      expect(saved.map((s) => s.name).slice(1)).toEqual(['small.edges.csv', 'small.nodes.csv']),
    );
  });
});

describe('loading state', () => {
  it('is cleared after a load, whatever its outcome', async () => {
    const store = createGraphStore(smallStore().getState().dataset, 'x');
    const { openSource } = await import('../../src/io/openSource');
    await openSource(store, { kind: 'text', name: 'bad.json', text: '{' });
    expect(store.getState().loading).toBeNull();
    expect(store.getState().report?.problems[0]?.code).toBe('AG001');
  });
});
