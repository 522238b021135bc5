import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../src/model/generate';
import { createGraphStore } from '../../src/store/graphStore';
import { DocumentReader } from '../../src/ui/DocumentReader';
import { renderWithStore } from './renderWithStore';

/** An IntersectionObserver the test drives: it says which blocks come near the view. */
class FakeObserver {
  static all: FakeObserver[] = [];
  targets: Element[] = [];
  constructor(private readonly report: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {}
  /** The blocks starting at these offsets come into view; the others leave it. */
  near(starts: number[]) {
    const entries = this.targets.map((target) => ({
      target,
      isIntersecting: starts.includes(Number((target as HTMLElement).dataset.start)),
    }));
    act(() => this.report(entries as unknown as IntersectionObserverEntry[], this as never));
  }
}

const blocks = () => [...document.querySelectorAll<HTMLElement>('.article-block')];
const marksIn = (el: Element) => el.querySelectorAll('mark').length;

describe('a long article', () => {
  const scrolled: Element[] = [];
  beforeEach(() => {
    FakeObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    scrolled.length = 0;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const dataset = generateDataset({ actors: 300, relations: 1500, evidenced: 1500, seed: 4 });
  const text = dataset.documents[0]!.text!;

  it('is drawn in blocks, its quotes marked only near the view, every character there', () => {
    renderWithStore(<DocumentReader />, createGraphStore(dataset, 'long'));
    const all = blocks();
    expect(all.length).toBeGreaterThan(20);
    expect(document.querySelector('.article-text')!.textContent).toBe(text);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    FakeObserver.all[0]!.near([0]);
    expect(marksIn(blocks()[0]!)).toBeGreaterThan(5);
    expect(
      blocks()
        .slice(1)
        .every((b) => marksIn(b) === 0),
    ).toBe(true);
    // Scrolled on: the first block goes plain again, the next is marked.
    FakeObserver.all[0]!.near([Number(all[1]!.dataset.start)]);
    expect(marksIn(blocks()[0]!)).toBe(0);
    expect(marksIn(blocks()[1]!)).toBeGreaterThan(5);
    expect(document.querySelector('.article-text')!.textContent).toBe(text);
  });

  it('brings the quote of a relation selected elsewhere into view, far down the article', () => {
    // The panel shows its top; everything in it lies below, out of view.
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      const top = this.classList.contains('article-scroll') ? 0 : 500;
      return { top, bottom: top + 100 } as DOMRect;
    });
    const store = createGraphStore(dataset, 'long');
    renderWithStore(<DocumentReader />, store);
    const last = dataset.relations.at(-1)!;
    act(() => store.getState().selectRelation(last.id));
    // Its block is brought into view first…
    const block = blocks().find(
      (b) =>
        Number(b.dataset.start) <= last.evidence[0]!.start! &&
        b.textContent!.includes(last.evidence[0]!.quote),
    )!;
    expect(scrolled).toContain(block);
    // …and once it is drawn in full, the quote itself, marked as selected.
    FakeObserver.all[0]!.near([Number(block.dataset.start)]);
    const mark = block.querySelector('mark.selected');
    expect(mark?.textContent).toBe(last.evidence[0]!.quote);
    expect(scrolled.at(-1)).toBe(mark);
  });
});
