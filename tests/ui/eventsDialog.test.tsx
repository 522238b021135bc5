import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { EventsDialog } from '../../src/ui/EventsDialog';
import { Legend } from '../../src/ui/Legend';
import { ProblemsAlert } from '../../src/ui/ProblemsAlert';
import { RelationDetails } from '../../src/ui/RelationDetails';
import { Toolbar } from '../../src/ui/Toolbar';
import { readFixture, smallDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

const events = () => readFixture('events/gdelt-events-20170701.export.CSV');

it('asks how to read a GDELT file, then opens it as chosen with CAMEO types and sources', async () => {
  const user = userEvent.setup();
  const store = createGraphStore(smallDataset(), 'small.json');
  renderWithStore(
    <>
      <Toolbar bundled={[]} />
      <ProblemsAlert />
      <EventsDialog />
      <Legend />
    </>,
    store,
  );
  await user.upload(
    screen.getByLabelText('Open dataset file'),
    new File([events()], '20170701.export.CSV'),
  );
  const dialog = await screen.findByRole('dialog', { name: 'Open event data' });
  expect(store.getState().dataset.title).not.toContain('20170701');
  const top = within(dialog).getByRole('spinbutton', { name: /Actors to keep/ });
  await user.clear(top);
  await user.type(top, '0');
  expect(within(dialog).getByRole('button', { name: 'Open' })).toBeDisabled();
  await user.clear(top);
  await user.type(top, '3');
  await user.click(within(dialog).getByRole('button', { name: 'Open' }));
  await waitFor(() => expect(store.getState().dataset.actors).toHaveLength(3));
  await waitFor(() => expect(store.getState().lineWidth).toBe('mentions'));
  expect(screen.getByRole('alert')).toHaveTextContent(
    'Kept the 3 actors with the most mentions; 6 others were left out',
  );
  // The legend says what colour and width mean for event data.
  const quads = screen.getByRole('list', { name: 'Colour: CAMEO quad class' });
  expect(
    within(quads)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict']);
  expect(screen.getByRole('combobox', { name: 'Line width:' })).toHaveValue('mentions');
});

it('shows an event’s source address in the details instead of an empty quote', async () => {
  const store = createGraphStore(smallDataset(), 'small.json');
  const { importText } = await import('../../src/model/formats/importText');
  const out = importText('day.export.CSV', events());
  if (out.kind !== 'dataset') throw new Error('not read');
  store.getState().loadDataset(out.dataset, 'day.export.CSV');
  const relation = out.dataset.relations.find((r) => r.id === 'SAU~EGY~17')!;
  renderWithStore(<RelationDetails relation={relation} />, store);
  const list = screen.getByRole('list', { name: /evidence/i });
  const link = within(list).getByRole('link');
  expect(link).toHaveAttribute(
    'href',
    expect.stringMatching(/^http:\/\/www\.thearabweekly\.com\//),
  );
  expect(list).toHaveTextContent('No quote: coded from');
  expect(list.querySelector('blockquote')).toBeNull();
});

it('draws undirected event types without an arrowhead in the legend', async () => {
  const { importText } = await import('../../src/model/formats/importText');
  const out = importText('acled.csv', readFixture('events/acled-style.csv'));
  if (out.kind !== 'dataset') throw new Error('not read');
  const store = createGraphStore(out.dataset, 'acled.csv');
  renderWithStore(<Legend />, store);
  const types = screen.getByRole('list', { name: 'Relation types' });
  const battles = within(types)
    .getByText(/Battles/)
    .closest('li')!;
  expect(battles).toHaveTextContent('(undirected)');
  expect(battles.querySelector('polygon')).toBeNull();
  const statuses = screen.getByRole('list', { name: 'Status' });
  expect(within(statuses).getAllByRole('listitem')[0]!.querySelector('polygon')).not.toBeNull();
});
