import type { Frame, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The template picker is a frame of the extension's own origin (src/picker), placed in a closed
 * shadow root of the page. Playwright reaches it as a frame, as it reaches any cross-origin
 * frame; the page's scripts cannot.
 */
export function pickerFrameIn(page: Page): Frame | undefined {
  return page.frames().find((f) => f.url().endsWith('/picker.html'));
}

/** The open picker's frame, once its list has something in it. */
export async function openPicker(page: Page): Promise<Frame> {
  await expect.poll(() => !!pickerFrameIn(page)).toBe(true);
  const frame = pickerFrameIn(page)!;
  await expect(frame.getByTestId('kc-picker')).toBeVisible();
  return frame;
}

/** Whether the worker's typing goes to the picker's search box now (its frame has the focus). */
export function searchHasKeyboard(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => document.hasFocus() && document.activeElement?.matches('input[type="search"]') === true).catch(() => false);
}

/** Waits until the picker is open and its search box has the keyboard; returns its frame. */
export async function pickerWithKeyboard(page: Page): Promise<Frame> {
  const frame = await openPicker(page);
  await expect.poll(() => searchHasKeyboard(frame)).toBe(true);
  return frame;
}

/** Waits until the picker is gone from the page. */
export async function pickerClosed(page: Page): Promise<void> {
  await expect.poll(() => !!pickerFrameIn(page)).toBe(false);
}
