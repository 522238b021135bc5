import { translate } from '../../../src/i18n/i18n';
import type { Briefing, BriefingPage } from '../../../src/model/briefing/briefing';
import { briefingWords } from '../../../src/ui/briefing/exportBriefing';

// A 1 × 1 PNG.
export const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

export const QUOTE = 'Angeblich hat Russland von China militärische Hilfe erbeten.';

export const page = (title: string, rest: Partial<BriefingPage> = {}): BriefingPage => ({
  title,
  png: PNG,
  width: 400,
  height: 300,
  actors: 2,
  claims: [],
  ...rest,
});

/** Two steps: the actors alone, then the request with its claim. */
export const BRIEFING: Briefing = {
  title: 'Military aid',
  language: 'en',
  words: briefingWords((key, vars) => translate('en', key, vars)).words,
  sources: ['Article — example.org — 2022-03-14 — grade B — https://example.org/a'],
  pages: [
    page('The actors'),
    page('The request', {
      caption: 'Russia **asked** China',
      dimmed: 3,
      claims: [
        {
          n: 1,
          claim: 'Russia requests military aid from China',
          status: 'alleged',
          quote: QUOTE,
          source: 'Article — example.org — 2022-03-14 — grade B — https://example.org/a',
        },
      ],
    }),
  ],
};
