/**
 * Check mijn tekst: the findings of the coach, one at a time, as a conversation. For the focused
 * field the apply buttons act in the page (the chat calls the panel's applySuggestion first); for
 * pasted text the flow rewrites its own copy. Either way the flow keeps the text as it becomes,
 * and shifts the findings after a rewrite so they still point at the right words.
 *
 * The text comes from the client file, so a kept chat history holds none of this flow (history
 * 'summary'): only the counts at the end, in our own words (historySummary).
 */
import { defaultAnalyzer, replacementsOf, suggestionText } from '../../analysis';
import { CATEGORY_DISPLAY } from '../../analysis/categories';
import type { Category, Finding } from '../../analysis/types';
import { cleanAnswer, escapeMarkdown, type FlowDef } from './flow';

interface CheckTekstContext {
  /** The focused field's text (and its findings, from the content script), or nothing: then the flow asks for pasted text. */
  text?: string;
  findings?: readonly Finding[];
  source: 'field' | 'pasted';
}

interface CheckTekstState {
  /** tekst → bevinding-N → … → klaar */
  step: string;
  source: 'field' | 'pasted';
  text: string;
  findings: Finding[];
  applied: number;
  skipped: number;
  feedback?: string;
}

/** After replacing [start, end) by `replacement`: later findings shift, overlapping ones go. */
export function shiftFindings(findings: readonly Finding[], start: number, end: number, replacement: string): Finding[] {
  const delta = replacement.length - (end - start);
  return findings.flatMap((f) => {
    if (f.end <= start) return [f];
    if (f.start >= end) return [{ ...f, start: f.start + delta, end: f.end + delta }];
    return [];
  });
}

/** The sentence around a finding, with the finding in bold (Markdown, the text escaped). */
export function inContext(text: string, f: Pick<Finding, 'start' | 'end'>): string {
  const before = text.slice(0, f.start);
  const after = text.slice(f.end);
  const from = Math.max(before.search(/[^.!?\n]*$/), f.start - 160);
  const stop = after.search(/[.!?\n]/);
  const to = f.end + (stop === -1 ? Math.min(after.length, 160) : Math.min(stop + 1, 160));
  return `${escapeMarkdown(text.slice(from, f.start).trimStart())}**${escapeMarkdown(text.slice(f.start, f.end))}**${escapeMarkdown(text.slice(f.end, to).trimEnd())}`;
}

/**
 * What the chat history may keep of a check: how many remarks of which category, and what the
 * worker did with them. Category names and numbers only: nothing of the text, so nothing of the
 * client either.
 */
export function checkSummary(state: Pick<CheckTekstState, 'findings' | 'applied' | 'skipped'>): string {
  if (!state.findings.length) return 'Gecontroleerd: de coach vond niets te verbeteren.';
  const perCategory = new Map<Category, number>();
  for (const f of state.findings) perCategory.set(f.category, (perCategory.get(f.category) ?? 0) + 1);
  const parts = [...perCategory].sort((a, b) => b[1] - a[1]).map(([category, n]) => `${n} × ${CATEGORY_DISPLAY[category].name}`);
  const n = state.findings.length;
  return `Gecontroleerd: ${n} ${n === 1 ? 'opmerking' : 'opmerkingen'} (${parts.join(', ')}); ${state.applied} aangepast, ${state.skipped} overgeslagen.`;
}

function firstStep(state: Omit<CheckTekstState, 'step'>): CheckTekstState {
  return { ...state, step: state.findings.length ? 'bevinding-0' : 'klaar' };
}

function indexOf(step: string): number | null {
  const m = /^bevinding-(\d+)$/.exec(step);
  return m ? Number(m[1]) : null;
}

function moveOn(state: CheckTekstState, i: number, patch: Partial<CheckTekstState>): CheckTekstState {
  const s = { ...state, ...patch };
  return { ...s, step: i + 1 < s.findings.length ? `bevinding-${i + 1}` : 'klaar' };
}

export const checkTekstFlow: FlowDef<CheckTekstState, CheckTekstContext> = {
  id: 'check-tekst',
  title: 'Check mijn tekst',
  description: 'De opmerkingen van de coach één voor één, met knoppen die de tekst aanpassen.',
  history: 'summary',
  start(context) {
    const text = context.text ?? '';
    if (!text.trim()) return { step: 'tekst', source: 'pasted', text: '', findings: [], applied: 0, skipped: 0 };
    const findings = [...(context.findings ?? defaultAnalyzer().analyze(text).findings)].sort((a, b) => a.start - b.start);
    return firstStep({ source: context.source, text, findings, applied: 0, skipped: 0 });
  },
  reduce(state, event) {
    if (state.step === 'tekst') {
      if (event.type !== 'answer') return state;
      const text = cleanAnswer(event.text);
      if (!text) return state;
      return firstStep({ source: 'pasted', text, findings: defaultAnalyzer().analyze(text).findings, applied: 0, skipped: 0 });
    }
    const i = indexOf(state.step);
    const f = i === null ? undefined : state.findings[i];
    if (i === null || !f || event.type !== 'choose') return state;
    if (event.id === 'overslaan') return moveOn(state, i, { skipped: state.skipped + 1, feedback: undefined });
    if (event.id === 'stoppen') return { ...state, step: 'klaar', feedback: undefined, skipped: state.skipped + state.findings.length - i };
    const m = /^toepassen-(\d+)$/.exec(event.id);
    const suggestion = m ? replacementsOf(f.suggestions)[Number(m[1])] : undefined;
    if (!suggestion) return state;
    const text = state.text.slice(0, f.start) + suggestion.replacement + state.text.slice(f.end);
    // Keep this finding in the list (the outline counts it) and shift the ones after it.
    const rest = shiftFindings(state.findings.slice(i + 1), f.start, f.end, suggestion.replacement);
    const findings = [...state.findings.slice(0, i + 1), ...rest];
    return moveOn(state, i, {
      text,
      findings,
      applied: state.applied + 1,
      feedback: `✓ Aangepast: *${escapeMarkdown(f.text)}* → *${escapeMarkdown(suggestion.replacement)}*`,
    });
  },
  view(state) {
    if (state.step === 'tekst') {
      return {
        text: 'Plak de tekst die je wilt laten nakijken (of klik eerst in een tekstveld van het dossier en start deze check opnieuw).',
        input: { label: 'Je tekst', multiline: true },
        examples: [],
        choices: [],
      };
    }
    const i = indexOf(state.step);
    const f = i === null ? undefined : state.findings[i];
    if (i !== null && f) {
      const replacements = replacementsOf(f.suggestions);
      const questions = f.suggestions.filter((s) => s.kind === 'question').map((s) => `- ${escapeMarkdown(suggestionText(s))}`);
      const fix = replacements.length
        ? 'Kies een betere formulering, of sla deze over.'
        : 'Hier heb ik geen kant-en-klare formulering voor: pas het zelf aan in je tekst, of sla deze over.';
      const ask = questions.length ? `\n\nVraag jezelf:\n${questions.join('\n')}` : '';
      return {
        text: `**Opmerking ${i + 1} van ${state.findings.length}** · ${CATEGORY_DISPLAY[f.category].name}\n\n> ${inContext(state.text, f)}\n\n${escapeMarkdown(f.message)}\n\n*${escapeMarkdown(f.explanation)}*${ask}\n\n${fix}`,
        feedback: state.feedback,
        examples: [],
        choices: [
          ...replacements.map((s, k) => ({
            id: `toepassen-${k}`,
            label: s.replacement,
            ...(state.source === 'field' ? { apply: { finding: f, replacement: s.replacement } } : {}),
          })),
          { id: 'overslaan', label: 'Overslaan' },
          { id: 'stoppen', label: 'Klaar, stop de check' },
        ],
      };
    }
    const none = state.findings.length === 0;
    const summary = none
      ? 'De coach vindt niets te verbeteren in deze tekst. Mooi krachtgericht geschreven.'
      : `Klaar: ${state.applied} aangepast, ${state.skipped} overgeslagen.`;
    const where = state.source === 'field' ? 'De aanpassingen staan al in het veld; je kunt de tekst ook kopiëren.' : 'Voeg de nagekeken tekst in een veld in of kopieer hem.';
    return {
      text: `${summary}\n\n${where}`,
      feedback: state.feedback,
      examples: [],
      choices: [],
      result: { text: state.text, label: 'de nagekeken tekst', insertable: state.source === 'pasted' },
      historySummary: checkSummary(state),
    };
  },
};
