import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { SnapshotDialog } from '../../src/ui/SnapshotDialog';
import { seedDataset } from '../helpers';
import { renderWithStore } from './renderWithStore';

const footnotes = () => screen.getByRole('checkbox', { name: /Numbered footnotes/ });

describe('snapshot dialog', () => {
  it('offers numbered footnotes for a graph of a few dozen relations', () => {
    renderWithStore(<SnapshotDialog onClose={() => {}} />, createGraphStore(seedDataset(), 's'));
    expect(footnotes()).toBeChecked();
  });

  it('starts without footnotes when hundreds of relations are visible', () => {
    const big = generateDataset({ actors: 100, relations: 300, evidenced: 0, seed: 2 });
    renderWithStore(<SnapshotDialog onClose={() => {}} />, createGraphStore(big, 'big'));
    expect(footnotes()).not.toBeChecked();
  });
});
