import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { updateRelation } from '../../src/model/edit';
import { ValidationList } from '../../src/ui/editor/ValidationList';
import { smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

describe('live validation while editing', () => {
  it('lists the problem an edit makes, once the edit is done, and its end when mended', async () => {
    const store = smallStore();
    renderWithStore(<ValidationList />, store);
    expect(await screen.findByRole('heading', { name: 'Problems (0)' })).toBeInTheDocument();
    act(() =>
      store.getState().edit((d) => updateRelation(d, 'r1', { disputes: 'no-such-relation' })),
    );
    expect(await screen.findByRole('heading', { name: 'Problems (1)' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('no-such-relation');
    act(() => store.getState().edit((d) => updateRelation(d, 'r1', { disputes: undefined })));
    expect(await screen.findByRole('heading', { name: 'Problems (0)' })).toBeInTheDocument();
  });
});
