import { describe, expect, it } from 'vitest';
import { OnScreenFilter } from './on-screen-filter';

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static last: FakeObserver;
  readonly targets = new Set<Element>();
  disconnected = false;
  constructor(readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void, readonly options: IntersectionObserverInit) {
    FakeObserver.last = this;
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
    this.disconnected = true;
  }
  report(target: Element, isIntersecting: boolean, size = 10) {
    this.callback([{ target, isIntersecting, boundingClientRect: { width: size, height: size } as DOMRectReadOnly }]);
  }
}

function setup() {
  let changes = 0;
  const filter = new OnScreenFilter({ IntersectionObserver: FakeObserver } as unknown as Window, () => changes++);
  const p = document.createElement('p');
  p.textContent = 'Hij kwam niet.';
  document.body.append(p);
  const range = { startContainer: p.firstChild! } as unknown as AbstractRange;
  // The observer is made at the first question.
  const first = filter.shows(range);
  return { filter, p, range, io: FakeObserver.last, first, changes: () => changes };
}

describe('OnScreenFilter', () => {
  it('draws a new paragraph at once and watches it, with a margin around the viewport', () => {
    const { p, io, first } = setup();
    expect(first).toBe(true);
    expect(io.targets.has(p)).toBe(true);
    expect(io.options.rootMargin).toMatch(/%/);
    expect(io.options.root).toBeNull();
  });

  it('watches a field that scrolls in its own box with an observer on that box', () => {
    const { filter, io } = setup();
    const box = document.createElement('div');
    const q = document.createElement('p');
    q.textContent = 'Zij moet.';
    box.append(q);
    document.body.append(box);
    filter.shows({ startContainer: q.firstChild! } as unknown as AbstractRange, box);
    expect(FakeObserver.last).not.toBe(io);
    expect(FakeObserver.last.options.root).toBe(box);
    expect(FakeObserver.last.targets.has(q)).toBe(true);
  });

  it('leaves out a paragraph once it is off screen, and says so only when that changes', () => {
    const { filter, p, range, io, changes } = setup();
    io.report(p, true);
    expect(changes()).toBe(0);
    io.report(p, false);
    expect(filter.shows(range)).toBe(false);
    expect(changes()).toBe(1);
    io.report(p, true);
    expect(filter.shows(range)).toBe(true);
    expect(changes()).toBe(2);
  });

  it('draws an element without a box of its own (display: contents), which never intersects', () => {
    const { filter, p, range, io } = setup();
    io.report(p, false, 0);
    expect(filter.shows(range)).toBe(true);
  });

  it('stops watching an element the editor removed', () => {
    const { p, io } = setup();
    p.remove();
    io.report(p, false);
    expect(io.targets.has(p)).toBe(false);
  });

  it('stops watching an element no finding is in any more, even one removed while off screen', () => {
    const { filter, p, io } = setup();
    io.report(p, false);
    filter.forgetUnused(); // p was asked about in this pass: kept
    expect(io.targets.has(p)).toBe(true);
    p.remove(); // no callback comes for an element that was already off screen
    filter.forgetUnused(); // the next pass no longer asks about it
    expect(io.targets.has(p)).toBe(false);
  });

  it("lets go of a scroll root's observer once nothing in it holds a finding (a textarea's mirror that went)", () => {
    const { filter, p } = setup();
    const box = document.createElement('div');
    const line = document.createElement('div');
    line.textContent = 'Zij moet eten.';
    box.append(line);
    filter.shows({ startContainer: line.firstChild! } as unknown as AbstractRange, box);
    const boxObserver = FakeObserver.last;
    filter.forgetUnused();
    expect(boxObserver.disconnected).toBe(false);
    filter.shows({ startContainer: p.firstChild! } as unknown as AbstractRange); // the next pass: only the page's paragraph
    filter.forgetUnused();
    expect(boxObserver.disconnected).toBe(true);
  });

  it('draws everything where there is no IntersectionObserver', () => {
    const filter = new OnScreenFilter({} as Window, () => {});
    expect(filter.shows({ startContainer: document.body } as unknown as AbstractRange)).toBe(true);
  });
});
