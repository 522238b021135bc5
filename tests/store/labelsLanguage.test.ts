import { describe, expect, it } from 'vitest';
import { loadLanguage, hasLanguage } from '../../src/i18n/i18n';
import { UNKNOWN_KIND } from '../../src/model/appearance';
import { createGraphStore } from '../../src/store/graphStore';
import { selectLabels } from '../../src/store/selectors';
import { smallDataset } from '../helpers';

describe('labels in the chosen language', () => {
  it('take the German words once their catalogue arrives, not only when the dataset changes', async () => {
    // This file starts with English alone: German loads on first use, after the switch.
    expect(hasLanguage('de')).toBe(false);
    const store = createGraphStore(smallDataset(), 'small');
    store.getState().setLanguage('de');
    // Meanwhile English stands in.
    expect(selectLabels(store.getState()).kind(UNKNOWN_KIND)).toBe('unknown');
    await loadLanguage('de');
    expect(selectLabels(store.getState()).kind(UNKNOWN_KIND)).toBe('unbekannt');
  });
});
