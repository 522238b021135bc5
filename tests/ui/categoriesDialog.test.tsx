import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createGraphStore } from '../../src/store/graphStore';
import { CategoriesDialog } from '../../src/ui/editor/CategoriesDialog';
import { smallDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

describe('kinds & types dialog', () => {
  it('edits labels and colours of kinds and types, and removes them', async () => {
    const user = userEvent.setup();
    const store = createGraphStore(smallDataset(), 'small');
    renderWithStore(<CategoriesDialog onClose={() => {}} />, store);
    const kind = store.getState().dataset.actorKinds[0]!;
    const type = store.getState().dataset.relationTypes[0]!;

    const german = screen.getByRole('textbox', { name: `German label ${kind.id}` });
    await user.clear(german);
    await user.type(german, 'Staat{Enter}');
    expect(store.getState().dataset.actorKinds[0]!.labels?.de).toBe('Staat');

    fireEvent.change(screen.getByLabelText(`Colour ${type.id}`), {
      target: { value: '#123456' },
    });
    expect(store.getState().dataset.relationTypes[0]!.color).toBe('#123456');

    const label = screen.getByRole('textbox', { name: `Label ${type.id}` });
    await user.clear(label);
    await user.type(label, 'asks for{Enter}');
    expect(store.getState().dataset.relationTypes[0]!.label).toBe('asks for');

    await user.click(screen.getByRole('button', { name: 'Remove asks for' }));
    expect(store.getState().dataset.relationTypes.map((t) => t.id)).not.toContain(type.id);
  });
});
