import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { walkEvidence } from '../../src/store/walkEvidence';
import { DocumentReader } from '../../src/ui/DocumentReader';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { FilterPanel } from '../../src/ui/FilterPanel';
import { RelationsTable } from '../../src/ui/RelationsTable';
import { Toolbar } from '../../src/ui/Toolbar';
import { seedDataset, smallDataset, smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

const marks = () => [...document.querySelectorAll('mark')];
const markText = (relationId: string) =>
  marks()
    .filter((m) => m.dataset.relations?.split(' ').includes(relationId))
    .map((m) => m.textContent)
    .join('');

describe('article panel', () => {
  it('marks every quote at its offsets, typographic quotes included', () => {
    renderWithStore(<DocumentReader />, smallStore());
    expect(markText('r1')).toBe('Alpha asked Beta for help.');
    expect(markText('r2')).toBe('Beta said „no“');
    expect(markText('r4')).toBe('Gamma stayed out');
    // The text around the marks is the article, character for character.
    expect(document.querySelector('.article-text')?.textContent).toBe(
      smallDataset().documents[0]?.text,
    );
  });

  it('selects from a click on a quote and shows the selection made elsewhere', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(
      <>
        <DocumentReader />
        <RelationsTable />
        <DetailsPanel />
      </>,
      store,
    );
    await user.click(screen.getByText('Gamma stayed out'));
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r4'] });
    expect(screen.getByRole('row', { selected: true })).toHaveTextContent('Gamma');
    await user.click(screen.getByRole('button', { name: 'refuses' }));
    expect(
      marks()
        .filter((m) => m.classList.contains('selected'))
        .map((m) => m.textContent),
    ).toEqual(['Beta said „no“']);
  });

  it('a click where quotes overlap selects all of them and the details list each', async () => {
    const user = userEvent.setup();
    const d = smallDataset();
    d.relations[2]!.evidence = [
      { document: 'article', quote: 'Beta for help', start: 12, end: 25 },
    ];
    const store = createGraphStore(d, 'x');
    renderWithStore(
      <>
        <DocumentReader />
        <DetailsPanel />
      </>,
      store,
    );
    await user.click(marks().find((m) => m.textContent === 'Beta for help')!);
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r1', 'r3'] });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(within(details).getByText('2 relations quote this passage')).toBeInTheDocument();
    expect(
      within(details)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Alpha asks Beta', 'Beta knows Gamma']);
  });

  it('hovering a quote lights up its relation, and a hovered relation lights up its quote', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<DocumentReader />, store);
    await user.hover(screen.getByText('Gamma stayed out'));
    expect(store.getState().hovered).toEqual(['r4']);
    await user.unhover(screen.getByText('Gamma stayed out'));
    act(() => store.getState().setHovered(['r2']));
    expect(screen.getByText('Beta said „no“')).toHaveClass('hovered');
  });

  it('walks the evidence in reading order with the buttons', async () => {
    const user = userEvent.setup();
    const store = smallStore();
    renderWithStore(<DocumentReader />, store);
    const next = screen.getByRole('button', { name: 'Next evidence' });
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await user.click(next);
      const sel = store.getState().selection;
      order.push(sel?.kind === 'relations' ? sel.ids.join() : '');
    }
    expect(order).toEqual(['r1', 'r2', 'r4']); // r3 has no quote
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous evidence' }));
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r2'] });
    act(() => walkEvidence(store, 1));
    expect(store.getState().selection).toEqual({ kind: 'relations', ids: ['r4'] });
  });

  it('says so when the dataset has no article, and the details still show the quotes', async () => {
    const user = userEvent.setup();
    const d = smallDataset();
    d.documents = [];
    for (const r of d.relations) for (const e of r.evidence) delete e.document;
    renderWithStore(
      <>
        <DocumentReader />
        <RelationsTable />
        <DetailsPanel />
      </>,
      createGraphStore(d, 'x'),
    );
    expect(screen.getByText(/This dataset has no article text/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'refuses' }));
    expect(
      within(screen.getByRole('list', { name: 'Evidence quotes' })).getByText('Beta said „no“'),
    ).toBeInTheDocument();
  });
});

describe('claim filters', () => {
  it('keeps only contested claims, or only claims a chosen actor asserts', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <FilterPanel />
        <RelationsTable />
      </>,
      smallStore(),
    );
    const rows = () => within(screen.getByRole('table')).getAllByRole('row').length - 1;
    await user.click(screen.getByRole('checkbox', { name: 'Only contested claims' }));
    expect(rows()).toBe(2); // r2 disputes r1
    await user.click(screen.getByRole('checkbox', { name: 'Only contested claims' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Only claims asserted by' }),
      'Gamma',
    );
    expect(rows()).toBe(1);
  });
});

describe('language switch', () => {
  it('switches the UI and the dataset labels to German, falling back to `label`', async () => {
    const user = userEvent.setup();
    const store = createGraphStore(seedDataset(), 'seed');
    renderWithStore(
      <>
        <Toolbar />
        <FilterPanel />
        <RelationsTable />
      </>,
      store,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'de');
    expect(store.getState().language).toBe('de');
    expect(await screen.findByRole('heading', { name: 'Filter' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Streitkräfte/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'bittet um Militärhilfe' })).toBeInTheDocument();
    expect(screen.getAllByText('Russland').length).toBeGreaterThan(0);
    // An actor without a German label keeps its label.
    store.getState().loadDataset(smallDataset(), 'small');
    expect(await screen.findAllByText('Alpha')).not.toHaveLength(0);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sprache' }), 'en');
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
  });
});
