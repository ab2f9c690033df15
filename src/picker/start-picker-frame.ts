import { browser } from 'wxt/browser';
import { PICKER_CONNECT, type PickerFrameMessage } from '../messaging/picker-protocol';
import type { SnippetRequest, StoredSnippet } from '../messaging/snippet-protocol';
import { type PickerSource, showPicker } from './picker-view';

/** The frame is an extension page: it asks the background for the snippets itself. */
async function ask(request: SnippetRequest): Promise<StoredSnippet[]> {
  try {
    return ((await browser.runtime.sendMessage(request)) as StoredSnippet[] | undefined) ?? [];
  } catch {
    return []; // the extension was updated or the background is gone: no snippets now
  }
}

const BACKGROUND_SOURCE: PickerSource = {
  async browse() {
    const [favourites, recent, all] = await Promise.all([
      ask({ type: 'kc:snippets-search', query: '', filter: 'favourites', limit: 20 }),
      ask({ type: 'kc:snippets-search', query: '', filter: 'recent', limit: 5 }),
      ask({ type: 'kc:snippets-search', query: '', filter: 'all', limit: 500 }),
    ]);
    return { favourites, recent, all };
  },
  search: (query) => ask({ type: 'kc:snippets-search', query, filter: 'all', limit: 20 }),
};

/**
 * The picker frame waits for the content script's port, takes the first one only, and then
 * draws the picker and answers over that port alone. Nothing is drawn before: a page that frames
 * this page itself gets an empty frame, and a port of its own would get ids, never texts.
 */
export function startPickerFrame(win: Window): void {
  const onMessage = (e: MessageEvent) => {
    const port = e.ports[0];
    if ((e.data as { type?: unknown } | null)?.type !== PICKER_CONNECT || !port) return;
    win.removeEventListener('message', onMessage);
    const post = (m: PickerFrameMessage) => port.postMessage(m);
    showPicker(win.document, BACKGROUND_SOURCE, {
      size: (height) => post({ type: 'size', height }),
      done: (id) => post({ type: 'done', id }),
    });
  };
  win.addEventListener('message', onMessage);
}
