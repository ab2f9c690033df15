/**
 * Guided flows of the assistant: each flow is a small pure state machine (one file per flow).
 * A flow only knows how to go forward (`reduce`) and what to show (`view`); going back and
 * starting over are the same for every flow and live here, in the session. No DOM, no browser
 * APIs: the side-panel chat renders a session and turns buttons into events.
 */
import { replacementsOf, suggestionText } from '../../analysis/rewrite';
import type { Finding } from '../../analysis/types';

const FLOW_IDS = [
  'complete-boodschap',
  'actieplan',
  'check-tekst',
  'gesprek-voorbereiden',
  'teamkrachtbespreking',
  'reflectie',
  'intervisie',
] as const;
export type FlowId = (typeof FLOW_IDS)[number];

export interface Choice {
  id: string;
  /** The button text; also what the chat shows as the worker's reply. */
  label: string;
  /** A rewrite to apply in the page before the choice is sent (Check mijn tekst). */
  apply?: { finding: Finding; replacement: string };
}

/** Something the worker may keep in the reflection journal (reflection and intervision). */
export interface JournalDraft {
  prompt: string;
  answer: string;
  tags: string[];
}

export interface FlowResult {
  /** Plain text (not Markdown): what goes into the page or onto the clipboard. */
  text: string;
  /** What the result is, for the buttons: "de boodschap", "het actieplan". */
  label: string;
  /** False when the text is already in the page (Check mijn tekst on the field): copy only. */
  insertable: boolean;
  journal?: JournalDraft[];
}

interface FlowView {
  /** What the assistant says at this step (Markdown, our own text plus the worker's). */
  text: string;
  /** How the last answer was received: a check result, a tip (Markdown). */
  feedback?: string;
  /** A free answer is expected; absent when only the choices move on. */
  input?: { label: string; multiline?: boolean };
  /** Beginnings of an answer, to put in the input and complete. */
  examples: string[];
  choices: Choice[];
  /** Where the worker is: the steps of the flow. */
  outline?: Array<{ label: string; state: 'done' | 'current' | 'todo' }>;
  /** A suggested time for this step (Teamkrachtbespreking), in minutes. */
  timerMinutes?: number;
  /** Set when the flow has ended. */
  result?: FlowResult;
  /**
   * A flow whose history is 'summary': at its end, the one line the chat history may keep of it,
   * in our own words (counts and category names, never a word of the worker's text).
   */
  historySummary?: string;
}

/**
 * What a kept chat history may hold of a flow (only when the worker switched keeping on):
 * - 'conversation': the steps, the worker's answers and the result, as the chat shows them;
 * - 'summary': nothing said while the flow runs, only its `historySummary` at the end. For a
 *   flow that works on text from the client file (Check mijn tekst): the text, a quoted piece
 *   of it and a rewrite of it must never be stored.
 */
export type FlowHistory = 'conversation' | 'summary';

type FlowEvent = { type: 'answer'; text: string } | { type: 'choose'; id: string } | { type: 'back' } | { type: 'restart' };

/** A state names its step; a change of step is what "back" returns over. */
interface FlowState {
  step: string;
}

export interface FlowDef<S extends FlowState, C> {
  id: FlowId;
  title: string;
  /** One line for the flow starter. */
  description: string;
  /** Every flow decides what a kept chat history may hold of it. */
  history: FlowHistory;
  start(context: C): S;
  /** The next state; the same object when the event means nothing at this step. */
  reduce(state: S, event: Exclude<FlowEvent, { type: 'back' } | { type: 'restart' }>): S;
  view(state: S): FlowView;
}

/** A running flow: immutable, `send` returns the next session. */
export interface FlowSession {
  readonly flowId: FlowId;
  readonly title: string;
  readonly history: FlowHistory;
  readonly step: string;
  readonly canBack: boolean;
  readonly done: boolean;
  view(): FlowView;
  send(event: FlowEvent): FlowSession;
}

export function startFlow<S extends FlowState, C>(def: FlowDef<S, C>, context: C): FlowSession {
  const make = (state: S, past: readonly S[]): FlowSession => {
    let cached: FlowView | undefined;
    const view = () => (cached ??= def.view(state));
    const session: FlowSession = {
      flowId: def.id,
      title: def.title,
      history: def.history,
      step: state.step,
      canBack: past.length > 0,
      get done() {
        return view().result !== undefined;
      },
      view,
      send(event) {
        if (event.type === 'restart') return make(def.start(context), []);
        if (event.type === 'back') return past.length ? make(past.at(-1)!, past.slice(0, -1)) : session;
        const next = def.reduce(state, event);
        if (next === state) return session;
        // Feedback on the same step replaces the state; a new step can be gone back from.
        return next.step === state.step ? make(next, past) : make(next, [...past, withoutFeedback(state)]);
      },
    };
    return session;
  };
  return make(def.start(context), []);
}

/**
 * Going back shows the step as it was asked: without the feedback on the answer given then and
 * without an answer that was waiting for "use it anyway".
 */
function withoutFeedback<S extends FlowState>(state: S): S {
  const s = state as S & { feedback?: unknown; pending?: unknown };
  if (s.feedback === undefined && s.pending === undefined) return state;
  const { feedback: _f, pending: _p, ...rest } = s;
  return rest as unknown as S;
}

// ---- helpers shared by the flows ---------------------------------------------------------------

/** Trims an answer; `null` when nothing is left. */
export function cleanAnswer(text: string): string | null {
  const t = text.replace(/\r\n?/g, '\n').trim();
  return t ? t : null;
}

/** Makes a part end as a sentence ("… bang van" → "… bang van."). */
export function asSentence(text: string): string {
  const t = text.trim().replace(/\s*(?:…|\.\.\.)$/, '');
  if (!t) return t;
  const first = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]["'”’)]?$/.test(first) ? first : `${first}.`;
}

/** Steps as an outline: done before `current`, todo after it. */
export function outline(labels: readonly string[], current: number): NonNullable<FlowView['outline']> {
  return labels.map((label, i) => ({ label, state: i < current ? 'done' : i === current ? 'current' : 'todo' }));
}

/** A bullet list of engine findings, in the worker's own text (for the feedback Markdown). */
export function findingList(findings: readonly Pick<Finding, 'text' | 'message' | 'suggestions'>[]): string {
  return findings
    .map((f) => {
      const [replacement] = replacementsOf(f.suggestions);
      const question = f.suggestions.find((s) => s.kind === 'question');
      const better = replacement
        ? ` Bijvoorbeeld: *${escapeMarkdown(replacement.replacement)}*.`
        : question
          ? ` Vraag jezelf: *${escapeMarkdown(suggestionText(question))}*`
          : '';
      return `- **${escapeMarkdown(f.text)}**: ${escapeMarkdown(f.message)}${better}`;
    })
    .join('\n');
}

/** The worker's words inside our Markdown: shown as typed, never read as Markdown or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-!|<>~]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}
