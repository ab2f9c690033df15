// happy-dom has no StaticRange; the browser's is a plain record of the same four fields.
const g = globalThis as { StaticRange?: unknown };
g.StaticRange ??= class {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset, endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
};
