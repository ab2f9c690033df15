/** A rectangle in the viewport's coordinates (a DOMRect's fields, without the DOM). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  /** The card scrolls inside itself beyond this height. */
  maxHeight: number;
  /** Below the words, or above them. */
  side: 'below' | 'above';
}

/** Space kept between the card and the words, and between the card and the viewport's edge. */
const GAP = 6;
const MARGIN = 4;

/**
 * Where the card goes: below the words when it fits there, else above them when it fits there,
 * else on the side with more room, as tall as that room and scrolling inside itself. It never
 * covers the words it explains and never leaves `view` (a TinyMCE frame is 224 px tall).
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, view: Box): CardPlacement {
  // Words half scrolled out of view count from the visible edge.
  const top = Math.max(anchor.top, view.top);
  const bottom = Math.min(anchor.bottom, view.bottom);
  const below = Math.max(0, view.bottom - MARGIN - (bottom + GAP));
  const above = Math.max(0, top - GAP - (view.top + MARGIN));
  const side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const maxHeight = Math.floor(side === 'below' ? below : above);
  const height = Math.min(card.height, maxHeight);
  const left = Math.max(view.left + MARGIN, Math.min(anchor.left, view.right - MARGIN - card.width));
  return {
    top: side === 'below' ? bottom + GAP : top - GAP - height,
    left,
    maxHeight,
    side,
  };
}

/**
 * The part of a frame's viewport that is on screen: its own viewport, cut by the viewports of
 * the frames around it as far as they can be read (a cross-origin parent cannot be).
 */
export function visibleViewport(win: Window): Box {
  const doc = win.document.documentElement;
  const box: Box = { left: 0, top: 0, right: doc.clientWidth || win.innerWidth, bottom: doc.clientHeight || win.innerHeight };
  let child: Window = win;
  // Where `child`'s viewport starts, in the coordinates of the frame being looked at.
  let dx = 0;
  let dy = 0;
  for (let depth = 0; depth < 8; depth++) {
    let frame: Element | null;
    try {
      frame = child.frameElement;
    } catch {
      break; // a cross-origin parent
    }
    if (!frame || !child.parent || child.parent === child) break;
    const r = frame.getBoundingClientRect();
    dx += r.left + frame.clientLeft;
    dy += r.top + frame.clientTop;
    const parent = child.parent;
    const pdoc = parent.document.documentElement;
    box.left = Math.max(box.left, -dx);
    box.top = Math.max(box.top, -dy);
    box.right = Math.min(box.right, (pdoc.clientWidth || parent.innerWidth) - dx);
    box.bottom = Math.min(box.bottom, (pdoc.clientHeight || parent.innerHeight) - dy);
    child = parent;
  }
  return box;
}
