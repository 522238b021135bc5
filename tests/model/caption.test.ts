import { captionTokens, plainCaption } from '../../src/model/caption';

it('reads a caption one way for the screen and for plain words; other links stay text', () => {
  expect(captionTokens('Russia **asked** [why](https://example.org) *now*')).toEqual([
    { kind: 'text', text: 'Russia ' },
    { kind: 'strong', text: 'asked' },
    { kind: 'text', text: ' ' },
    { kind: 'link', text: 'why', href: 'https://example.org' },
    { kind: 'text', text: ' ' },
    { kind: 'em', text: 'now' },
  ]);
  expect(
    plainCaption('Russia **asked** [why](https://example.org)\n[x](javascript:alert(1))'),
  ).toBe('Russia asked why (https://example.org)\n[x](javascript:alert(1))');
});
