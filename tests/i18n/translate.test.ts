import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage, setUiLanguage, t, translate } from '../../src/i18n/i18n';

afterEach(() => setUiLanguage('en'));

describe('UI text', () => {
  it('loads the German texts on first use, English standing in until then', async () => {
    expect(translate('de', 'highlight.steps', { count: 2 })).toBe('2 steps');
    await loadLanguage('de');
    expect(translate('de', 'highlight.steps', { count: 2 })).toBe('2 Schritte');
  });

  it('picks the plural form the language asks for', async () => {
    await loadLanguage('de');
    expect(translate('en', 'highlight.steps', { count: 1 })).toBe('1 step');
    expect(translate('en', 'highlight.steps', { count: 2 })).toBe('2 steps');
    expect(translate('de', 'highlight.steps', { count: 1 })).toBe('1 Schritt');
    expect(translate('de', 'highlight.steps', { count: 2 })).toBe('2 Schritte');
  });

  it('fills in named values and leaves unknown placeholders visible', () => {
    expect(translate('en', 'details.relationsOf', { name: 'Russia' })).toBe('Relations of Russia');
    expect(translate('en', 'details.relationsOf')).toBe('Relations of {{name}}');
  });

  it('follows the UI language, unless the text is asked for in another', async () => {
    await setUiLanguage('de');
    expect(t('status.denied')).toBe(translate('de', 'status.denied'));
    expect(t('status.denied', { lng: 'en' })).toBe('denied');
    expect(t('status.denied')).not.toBe('denied');
  });

  it('shows the key itself rather than nothing when a text is missing', () => {
    expect(translate('de', 'no.such.key')).toBe('no.such.key');
  });
});
