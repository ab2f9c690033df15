import type { Page } from '@playwright/test';

export interface ShownFinding {
  category: string;
  text: string;
  /** The field: "textarea N" for the N-th textarea or input with findings, else the editable's id or class. */
  field: string;
  /** Where it is drawn, in the frame's viewport (its first line box). */
  box: { x: number; y: number; width: number; height: number } | null;
}

/** What Krachtcoach shows on a page (Playwright's Chromium). */
export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.evaluate(readShownFindings);
}

/** The findings drawn over textareas and inputs (their mirrors). */
export async function shownInTextFields(page: Page): Promise<ShownFinding[]> {
  return (await shownFindings(page)).filter((f) => f.field.startsWith('textarea'));
}

/**
 * Runs in the page (any driver's evaluate): what Krachtcoach shows, read the way a person sees
 * it: the ranges in the page's CSS highlights, in the editable text itself (contenteditable,
 * rich editors) or in the mirror over a textarea or input.
 */
export function readShownFindings(): ShownFinding[] {
  const out: ShownFinding[] = [];
  const overlays = [...document.querySelectorAll('krachtcoach-overlay')];
  const fieldName = (node: Node) => {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot && root.host.localName === 'krachtcoach-overlay') return `textarea ${overlays.indexOf(root.host) + 1}`;
    const el = node instanceof Element ? node : node.parentElement;
    const field = el?.closest('[contenteditable="true"], [contenteditable=""]') as HTMLElement | null;
    return field?.id || field?.className || 'contenteditable';
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('krachtcoach-') || name === 'krachtcoach-active') continue;
    for (const r of highlight as unknown as Set<AbstractRange>) {
      if (!r.startContainer.isConnected) continue;
      // Highlights hold static ranges: a live copy reads their text.
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const first = range.getClientRects()[0];
      out.push({
        category: name.slice('krachtcoach-'.length),
        text: range.toString(),
        field: fieldName(range.startContainer),
        box: first ? { x: first.left, y: first.top, width: first.width, height: first.height } : null,
      });
    }
  }
  return out;
}
