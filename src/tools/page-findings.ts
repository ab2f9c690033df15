import type { Page } from '@playwright/test';

export interface ShownFinding {
  category: string;
  text: string;
  field: string;
}

/** What Krachtcoach shows on a page (Playwright's Chromium). */
export async function shownFindings(page: Page): Promise<ShownFinding[]> {
  return page.evaluate(readShownFindings);
}

/**
 * Runs in the page (any driver's evaluate): what Krachtcoach shows, read the way a person sees
 * it: the ranges in the page's CSS highlights (contenteditable, rich editors) and the marks of
 * the textarea overlays.
 */
export function readShownFindings(): ShownFinding[] {
  const out: Array<{ category: string; text: string; field: string }> = [];
  const fieldName = (node: Node | null) => {
    const el = node instanceof Element ? node : node?.parentElement;
    const field = el?.closest('[contenteditable="true"], [contenteditable=""]') as HTMLElement | null;
    return field?.id || field?.className || 'contenteditable';
  };
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('krachtcoach-') || name === 'krachtcoach-active') continue;
    for (const r of highlight as unknown as Set<AbstractRange>) {
      // Highlights hold static ranges: a live copy reads their text.
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push({ category: name.slice('krachtcoach-'.length), text: range.toString(), field: fieldName(range.startContainer) });
    }
  }
  document.querySelectorAll('krachtcoach-overlay').forEach((host, i) => {
    let last: { category: string; text: string; field: string; span: Element } | null = null;
    host.shadowRoot?.querySelectorAll('span[data-category]').forEach((span) => {
      const category = (span as HTMLElement).dataset.category!;
      // Overlapping findings are drawn in pieces: adjacent pieces of one category are one mark.
      if (last && last.category === category && last.span.nextSibling === span) {
        last.text += span.textContent ?? '';
        last.span = span;
        return;
      }
      last = { category, text: span.textContent ?? '', field: `textarea ${i + 1}`, span };
      out.push(last);
    });
  });
  for (const f of out) delete (f as { span?: Element }).span;
  return out;
}
