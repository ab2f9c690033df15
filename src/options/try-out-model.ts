import { computed, signal } from '@preact/signals';
import { createAnalyzer } from '../analysis/analyzer';
import { mergeOverlapping } from '../analysis/merge-findings';
import { builtInRules } from '../analysis/rules';
import type { Finding } from '../analysis/types';

/** A sentence as a begeleider writes it at the end of a shift, with a label and an order in it. */
export const EXAMPLE = 'Cliënt is niet gemotiveerd en moet op tijd komen.';

/** The content script does not run in extension pages: the try-out runs the engine itself. */
const analyzer = createAnalyzer(builtInRules);

export const tryText = signal(EXAMPLE);

/** One finding per span, as the coach underlines them in a page. */
export const tryFindings = computed<Finding[]>(() => mergeOverlapping(analyzer.analyze(tryText.value, { mode: 'report' }).findings));

/** The text in pieces: plain, or the words of one finding. */
export function pieces(text: string, findings: readonly Finding[]): Array<{ text: string; finding?: Finding }> {
  const out: Array<{ text: string; finding?: Finding }> = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
