import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { DetailsPanel } from '../../src/ui/DetailsPanel';
import { DocumentReader } from '../../src/ui/DocumentReader';
import { Legend } from '../../src/ui/Legend';
import { Timeline } from '../../src/ui/Timeline';
import { storyDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

const storyStore = () => createGraphStore(storyDataset(), 'story.json');

describe('a story of several documents', () => {
  it('tells what a claim rests on: documents, independent sources, grades, as known by a day', async () => {
    const store = storyStore();
    renderWithStore(<DetailsPanel />, store);
    act(() => store.getState().selectRelation('request'));
    const details = screen.getByRole('region', { name: 'Details' });
    expect(await within(details).findByText('4 documents, 2 independent sources')).toBeVisible();
    const sources = within(details).getByRole('list', { name: 'Sources' });
    expect(
      within(sources)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Anonymous U.S. officials (via Reuters, CNN)B3', 'ReutersB2']);
    act(() => store.getState().setTime({ axis: 'published', from: null, to: '2022-03-14' }));
    expect(within(details).getByText('2 documents, 1 independent source')).toBeVisible();
    expect(within(details).getByText('(as known on 2022-03-14)')).toBeVisible();
    // Quotes from documents published later are there, and say so.
    expect(within(details).getAllByText(/published after the chosen date/)).toHaveLength(2);
  });

  it('lists the documents, reads the one chosen, and jumps there from a quote', async () => {
    const user = userEvent.setup();
    const store = storyStore();
    renderWithStore(
      <>
        <DocumentReader />
        <DetailsPanel />
      </>,
      store,
    );
    const list = screen.getByRole('list', { name: 'Documents of this story' });
    const rows = within(list).getAllByRole('button');
    expect(rows.map((b) => b.textContent)).toEqual([
      expect.stringMatching(/^2022-03-14Russia asked China.*ReutersB1 relation$/),
      expect.stringMatching(/^2022-03-14Russia requested.*CNNC1 relation$/),
      expect.stringMatching(/^2022-03-15Russia also sought/),
      expect.stringMatching(/^2022-03-15Regular press conference/),
      expect.stringMatching(/^2022-03-16China's stance/),
      expect.stringMatching(/^2022-03-17Editorial/),
    ]);
    // The first document with text is open; a document known by its address shows its quotes.
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
    await user.click(rows[5]!);
    expect(screen.getByText(/Only the address of this document is known/)).toBeVisible();
    expect(screen.getByText('China will not abandon a friend.')).toBeVisible();
    act(() => store.getState().selectRelation('request'));
    await user.click(await screen.findByRole('button', { name: /^Read in Russia requested/ }));
    expect(rows[1]).toHaveAttribute('aria-current', 'true');
    expect(document.querySelector('.article-text mark.selected')).toHaveTextContent(
      'Russia has requested military equipment from China',
    );
  });

  it('draws a timeline by publication or by occurrence; the keys step the days', async () => {
    const user = userEvent.setup();
    const store = storyStore();
    renderWithStore(<Timeline />, store);
    const days = screen.getByRole('slider', { name: /Claims first known per day/ });
    expect(days).toHaveAccessibleName('Claims first known per day, 2022-03-14 to 2022-03-17');
    days.focus();
    await user.keyboard('{End}{ArrowLeft}');
    expect(store.getState().time).toEqual({ axis: 'published', from: null, to: '2022-03-16' });
    expect(days).toHaveAttribute('aria-valuetext', 'As of 2022-03-16');
    expect(screen.getByText('2022-03-16: no new claims')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'by occurrence' }));
    expect(store.getState().time).toEqual({ axis: 'occurred', from: null, to: null });
    expect(screen.getByRole('slider')).toHaveAccessibleName(
      'Claims first known per day, 2022-03-01 to 2022-03-15',
    );
    expect(screen.getByText('1 undated claim, always shown')).toBeVisible();
  });

  it('explains line widths in the legend when claims have several sources', () => {
    renderWithStore(<Legend />, storyStore());
    expect(screen.getByText('Line width: independent sources (1, 2, 3 or more)')).toBeVisible();
  });
});
