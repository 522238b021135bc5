import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { SEED_ELEMENT_ID } from '../src/app/seedElement.ts';

/**
 * The seed dataset travels inside the page as a JSON data block: the page holds its bytes as
 * soon as it is parsed, so the very first render already shows its graph, with no request
 * (and no wait for one) between the scripts and the picture. It is data, not script, and
 * counted apart from the initial JavaScript.
 */
export function inlineSeed(file = 'data/russia-china-military-aid.json'): Plugin {
  return {
    name: 'actor-graph-inline-seed',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: SEED_ELEMENT_ID },
        // A data block ends at the first "</script": "<" is written as \u003c, which JSON
        // reads as the same character.
        children: readFileSync(file, 'utf8').replace(/</g, '\\u003c'),
        injectTo: 'body-prepend',
      },
    ],
  };
}
