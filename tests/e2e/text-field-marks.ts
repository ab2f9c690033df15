import type { Page } from '@playwright/test';
import { shownInTextFields } from '../../src/tools/page-findings';
import { expect } from './fixtures';

/** The middle of the first underline over the page's textareas (the mirror's box). */
export async function firstMarkPoint(page: Page): Promise<{ x: number; y: number }> {
  let box: { x: number; y: number; width: number; height: number } | null | undefined;
  await expect.poll(async () => (box = (await shownInTextFields(page))[0]?.box)).toBeTruthy();
  return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
}
