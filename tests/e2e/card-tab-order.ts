import { defaultAnalyzer } from '../../src/analysis';
import { replacementsOf } from '../../src/analysis/rewrite';

/** The card shows two questions; more fold away under one "Meer vragen" (finding-card.ts). */
const SHOWN_QUESTIONS = 2;

/**
 * How many Tab presses lead from the card's first control (where Alt+Enter puts the keyboard) to
 * its buttons, for the first finding in `text`. The card's content is closed to every page script,
 * and so to WebDriver BiDi in Firefox: a test walks it as a worker's keyboard does, in the order the
 * card builds it from the finding (rewrites; per question an answer field and "Vervang"; "Meer
 * vragen"; "Waarom?"; then "Negeer hier", "Regel uit", "Paneel").
 */
export function cardTabsTo(text: string, button: 'Regel uit' | 'Paneel'): number {
  const finding = defaultAnalyzer().analyze(text).findings[0];
  if (!finding) throw new Error(`geen bevinding in "${text}"`);
  const questions = finding.suggestions.filter((s) => s.kind === 'question').length;
  const beforeRow = replacementsOf(finding.suggestions).length + 2 * Math.min(questions, SHOWN_QUESTIONS) + (questions > SHOWN_QUESTIONS ? 1 : 0) + 1;
  return beforeRow + (button === 'Regel uit' ? 1 : 2);
}
