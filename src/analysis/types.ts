/**
 * The finding categories of LABELS.md, plus `vague` at suggestion level and `unfinished` (a
 * `[…]` left to fill in). Public ids: never rename.
 */
export const CATEGORIES = ['negation', 'deficit', 'label', 'jargon', 'coercion', 'not-first-person', 'vague', 'unfinished'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'suggestion'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const MODES = ['report', 'worksheet', 'message'] as const;
export type Mode = (typeof MODES)[number];

export const MESSAGE_PARTS = ['ik', 'jij', 'wij'] as const;
export type MessagePart = (typeof MESSAGE_PARTS)[number];

/**
 * What the coach offers for a finding. A `replace` is finished text, safe to put into the record
 * as it is: correct Dutch that states the same facts. A `question` is for the worker to answer
 * ("Wat lukt wel?"): it is shown, never inserted into the text.
 */
export type Suggestion =
  | { kind: 'replace'; replacement: string; label: string }
  | { kind: 'question'; question: string; label: string };

export type Replacement = Extract<Suggestion, { kind: 'replace' }>;

export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 code unit offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  text: string;
  message: string;
  explanation: string;
  suggestions: Suggestion[];
  /**
   * Findings on the same words that this one leads, when merged for display (merge-findings.ts).
   * A `folded` one makes the lead's point again: name its category, do not show its message.
   */
  also?: Array<Pick<Finding, 'rule' | 'category' | 'message'> & { folded?: true }>;
}

export interface PartSpan {
  part: MessagePart;
  start: number;
  end: number;
  text: string;
}

export interface MessageAnalysis {
  parts: MessagePart[];
  spans: PartSpan[];
  missing: MessagePart[];
  /** An example sentence for each missing part. */
  examples: Partial<Record<MessagePart, string>>;
}

export interface AnalysisResult {
  mode: Mode;
  /** True when the caller gave no mode and the engine guessed it. */
  modeGuessed: boolean;
  findings: Finding[];
  /** Only in message mode. */
  message?: MessageAnalysis;
}

export interface AnalyzeOptions {
  mode?: Mode;
  /** Rule ids the worker switched off. */
  disabledRules?: ReadonlySet<string>;
  /** Categories to report; all when absent. */
  categories?: ReadonlySet<Category>;
  /** Names and terms never to flag (the worker's word list): findings on them are dropped. */
  ignoredTerms?: readonly string[];
}
