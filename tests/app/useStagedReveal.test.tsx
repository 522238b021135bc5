import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStagedReveal } from '../../src/app/useStagedReveal';

describe('the page revealed in stages', () => {
  it('shows no panel on the first render, then every stage, one render each', async () => {
    const seen: number[] = [];
    const { result } = renderHook(() => {
      const shown = useStagedReveal(2);
      seen.push(shown);
      return shown;
    });
    await waitFor(() => expect(result.current).toBe(2));
    expect(seen[0]).toBe(0);
    // Each stage committed on its own: 0, then 1, then 2 (repeats aside).
    expect([...new Set(seen)]).toEqual([0, 1, 2]);
  });
});
