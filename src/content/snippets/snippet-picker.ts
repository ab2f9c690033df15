import { browser } from 'wxt/browser';
import { isPickerFrameMessage, PICKER_CONNECT, PICKER_PAGE } from '../../messaging/picker-protocol';

/** The picker's element in the page: a closed shadow root around a frame of the extension's origin. */
export const PICKER_TAG = 'krachtcoach-picker';

const GAP = 6;
const MARGIN = 8;
const WIDTH = 360;
/** Below the anchor unless less than this fits there and more fits above. */
const MIN_BELOW = 220;
/** Search box, a list of about 15 lines, the key hint. */
const MAX_HEIGHT = 440;
/** Until the frame says how tall its content is. */
const FIRST_HEIGHT = 120;

const CSS = `
:host { all: initial; }
iframe { position: fixed; z-index: 2147483647; box-sizing: border-box; margin: 0; padding: 0; border: 0;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); background: transparent; color-scheme: normal; }
`;

/**
 * The template picker at the caret (keyboard command). Its content (the worker's templates) is
 * drawn in a frame of the extension's own origin (src/picker), so no page script can read it
 * (issue 14); this side only places the frame below or above the caret, inside the window, and
 * hears over its own MessageChannel how tall the content is and which template the worker chose.
 * Resolves the chosen template's id, or null when the worker went back to the text.
 */
export function pickSnippet(doc: Document, anchor: DOMRect | null): Promise<string | null> {
  const host = doc.createElement(PICKER_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const frame = doc.createElement('iframe');
  frame.title = 'Sjabloon invoegen';
  frame.src = browser.runtime.getURL(PICKER_PAGE as '/picker.html');
  root.append(style, frame);
  const place = placement(anchor, doc.defaultView!);
  place(frame, FIRST_HEIGHT);
  doc.documentElement.append(host);

  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = (e: MessageEvent) => {
      const m: unknown = e.data;
      if (!isPickerFrameMessage(m)) return;
      if (m.type === 'size') place(frame, m.height);
      else {
        channel.port1.close();
        host.remove();
        resolve(m.id);
      }
    };
    frame.addEventListener(
      'load',
      () => {
        // Only to the extension's origin: if the frame is anything else by now, the port stays ours.
        frame.contentWindow?.postMessage({ type: PICKER_CONNECT }, new URL(frame.src).origin, [channel.port2]);
        frame.focus();
      },
      { once: true },
    );
  });
}

/**
 * Below the anchor, or above it when more room is there (decided once, so the picker does not
 * jump while the worker types); never wider or taller than the window. The frame's list scrolls
 * in the height it gets.
 */
function placement(anchor: DOMRect | null, win: Window): (frame: HTMLIFrameElement, wanted: number) => void {
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const width = Math.min(WIDTH, vw - 2 * MARGIN);
  const a = anchor ?? new DOMRect(MARGIN, MARGIN, 0, 0);
  const below = vh - a.bottom - GAP - MARGIN;
  const above = a.top - GAP - MARGIN;
  const downwards = below >= MIN_BELOW || below >= above;
  const room = Math.max(100, Math.min(MAX_HEIGHT, downwards ? below : above, vh - 2 * MARGIN));
  const left = Math.max(MARGIN, Math.min(a.left, vw - width - MARGIN));
  return (frame, wanted) => {
    const height = Math.min(room, Math.max(60, Math.ceil(wanted)));
    frame.style.width = `${width}px`;
    frame.style.height = `${height}px`;
    frame.style.left = `${left}px`;
    frame.style.top = `${downwards ? Math.max(MARGIN, Math.min(a.bottom + GAP, vh - MARGIN - height)) : Math.max(MARGIN, a.top - GAP - height)}px`;
  };
}
