import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '../../src/model/problem';
import { EditBar } from '../../src/ui/editor/EditBar';
import { ProblemsAlert } from '../../src/ui/ProblemsAlert';
import { UnreadableWorkNotice } from '../../src/ui/UnreadableWorkNotice';
import { smallStore } from '../helpers';
import { renderWithStore } from './renderWithStore';

describe('what the user is told about work kept in the browser', () => {
  it('a failed save is told as a save, with a copy to download, never as a file that did not open', () => {
    const store = smallStore();
    store.getState().edit((d) => ({ ...d, title: 'Edited' }));
    store.getState().setSaving('failed');
    store
      .getState()
      .reportProblems(
        'big.json',
        [problem('AG080', '$', 'Your changes are not saved in this browser (QuotaExceededError).')],
        'save',
      );
    renderWithStore(
      <>
        <ProblemsAlert />
        <EditBar />
      </>,
      store,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('are not saved in this browser — download a copy');
    expect(alert).not.toHaveTextContent('could not be opened');
    expect(screen.getByRole('button', { name: 'Download a copy' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent('not kept in this browser');
  });

  it('saved work that cannot be read is told, with its text to download and a discard', () => {
    const store = smallStore();
    store.getState().setUnreadableWork({
      text: '{broken',
      reason: 'the saved text is not JSON',
      where: 'legacy',
    });
    renderWithStore(<UnreadableWorkNotice />, store);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'could not be restored (the saved text is not JSON)',
    );
    expect(screen.getByRole('button', { name: 'Download the saved text' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Discard' })).toBeEnabled();
  });
});
