/**
 * The template picker runs in a frame of the extension's own origin, not in the host page: text
 * drawn in the page, even in a closed shadow root, can be read by the page's scripts
 * (window.find finds it, a selection extended from there reads it out). The page never sees the
 * worker's template titles, shortcuts or texts; the frame and the content script that opened it
 * talk over a MessageChannel whose port only they hold, and the frame sends back an id, never a
 * template's text.
 */

/** The picker's page, in the extension (web-accessible, so the content script can frame it). */
export const PICKER_PAGE = '/picker.html';

/** Content script → frame, once, with the port: the frame talks only over that port. */
export const PICKER_CONNECT = 'kc:picker-connect';

/** Frame → content script, over the port. */
export type PickerFrameMessage =
  /** The height the picker's content wants (the content script clamps it to the room there is). */
  | { type: 'size'; height: number }
  /** The worker chose a template (by id; the content script fetches its text) or went back (null). */
  | { type: 'done'; id: string | null };

export function isPickerFrameMessage(data: unknown): data is PickerFrameMessage {
  if (!data || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  if (m.type === 'size') return typeof m.height === 'number' && Number.isFinite(m.height);
  if (m.type === 'done') return m.id === null || typeof m.id === 'string';
  return false;
}
