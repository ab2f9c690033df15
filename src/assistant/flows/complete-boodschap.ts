/**
 * Complete boodschap (METHOD.md § Talking with the client): the ik-, jij- and wij-part in turn,
 * each checked with the engine (analyzeMessage for the part, the rules for labels and the like),
 * then the whole message.
 */
import { analyzeMessage, defaultAnalyzer } from '../../analysis';
import type { Finding, MessagePart } from '../../analysis/types';
import { asSentence, cleanAnswer, escapeMarkdown, type FlowDef, findingList, outline } from './flow';

type Step = MessagePart | 'klaar';

interface CompleteBoodschapState {
  step: Step;
  parts: Partial<Record<MessagePart, string>>;
  /** An answer the check had remarks on: the worker rewrites it or uses it anyway. */
  pending?: string;
  feedback?: string;
}

const ORDER: readonly MessagePart[] = ['ik', 'jij', 'wij'];
const PART_NAME: Record<MessagePart, string> = { ik: 'ik-deel', jij: 'jij-deel', wij: 'wij-deel' };

/** What each step asks, with the example beginnings of METHOD.md. */
const PART_PROMPTS: Record<MessagePart, { text: string; examples: string[] }> = {
  ik: {
    text:
      '**Stap 1 van 3: het ik-deel.** Wat doet het gedrag van de ander met jóu? Vertel je eigen reactie of gevoel, zonder oordeel over de ander.\n\n' +
      'Denk aan de drie G\'s van Gordon: het **gedrag** dat je ziet, het **gevolg** voor jou en je **gevoel** erbij. Let op: "ik vind dat …" is een oordeel, geen ik-boodschap.',
    examples: ['Ik word er bang van als …', 'Ik heb daar last van …', 'Ik maak me zorgen als ik zie dat …'],
  },
  jij: {
    text:
      '**Stap 2 van 3: het jij-deel.** De kant van de ander. Vertel wat je ziet (waarneming), laat merken dat je het begrijpt (begrip), of check het bij de ander met een vraag.',
    examples: ['Ik zie dat jij …', 'Ik begrijp dat je …', 'Wat vind je van wat ik zeg?', 'Kun je uitleggen wat er speelt?'],
  },
  wij: {
    text: '**Stap 3 van 3: het wij-deel.** De weg vooruit, samen. Wat willen jullie samen doen of afspreken?',
    examples: ['Ik zou willen dat wij samen …', 'Laten we met elkaar …'],
  },
};

/** "Ik vind dat je …": a judgement (METHOD.md), unless the engine hears a feeling in it. */
const JUDGEMENT = /\bik\s+vind\s+(?:dat|het)\b/i;

interface PartCheck {
  ok: boolean;
  /** Markdown for the chat. */
  feedback: string;
}

/** Checks one part: is it the part asked for, and does the engine find anything in it? */
export function checkPart(part: MessagePart, text: string): PartCheck {
  const message = analyzeMessage(text);
  const findings: Finding[] = defaultAnalyzer().analyze(text, { mode: 'message' }).findings;
  const remarks: string[] = [];
  const recognised = message.parts.includes(part);
  if (!recognised) {
    if (part === 'ik' && JUDGEMENT.test(text)) {
      remarks.push('"Ik vind dat …" is een oordeel over de ander, geen ik-boodschap. Vertel wat het met jóu doet: "Ik word er onrustig van als …"');
    } else {
      const other = message.parts.filter((p) => p !== part);
      const heard = other.length ? ` Ik hoor er eerder een ${other.map((p) => PART_NAME[p]).join(' en ')} in.` : '';
      remarks.push(`Ik herken hier nog geen ${PART_NAME[part]}.${heard} Bijvoorbeeld: *${PART_PROMPTS[part].examples[0]}*`);
    }
  }
  if (findings.length) remarks.push(`De coach ziet nog iets in je tekst:\n\n${findingList(findings)}`);
  if (!remarks.length) return { ok: true, feedback: `✓ Dat is een ${PART_NAME[part]}.` };
  return { ok: false, feedback: `${remarks.join('\n\n')}\n\nSchrijf het anders, of kies **Toch gebruiken**.` };
}

/** The message from its parts, each a sentence. */
export function composeMessage(parts: Partial<Record<MessagePart, string>>): string {
  return ORDER.map((p) => parts[p])
    .filter((t): t is string => !!t)
    .map(asSentence)
    .join(' ');
}

function accept(state: CompleteBoodschapState, text: string, feedback: string | undefined): CompleteBoodschapState {
  const part = state.step as MessagePart;
  const next = ORDER[ORDER.indexOf(part) + 1] ?? 'klaar';
  return { step: next, parts: { ...state.parts, [part]: text }, feedback };
}

export const completeBoodschapFlow: FlowDef<CompleteBoodschapState, void> = {
  id: 'complete-boodschap',
  title: 'Complete boodschap',
  description: 'Stap voor stap een ik-, jij- en wij-deel: confronteren en het contact houden.',
  history: 'conversation',
  start: () => ({ step: 'ik', parts: {} }),
  reduce(state, event) {
    if (state.step === 'klaar') return state;
    if (event.type === 'choose') {
      if (event.id === 'toch' && state.pending) return accept(state, state.pending, undefined);
      return state;
    }
    const text = cleanAnswer(event.text);
    if (!text) return state;
    const check = checkPart(state.step, text);
    if (check.ok) return accept(state, text, check.feedback);
    return { ...state, pending: text, feedback: check.feedback };
  },
  view(state) {
    const steps = outline(['ik-deel', 'jij-deel', 'wij-deel', 'boodschap'], state.step === 'klaar' ? 3 : ORDER.indexOf(state.step));
    if (state.step === 'klaar') {
      const message = composeMessage(state.parts);
      const whole = analyzeMessage(message);
      const missing = whole.missing.length ? `\n\nLet op: in de hele boodschap mis ik nog ${whole.missing.map((p) => `het ${PART_NAME[p]}`).join(' en ')}.` : '';
      return {
        text: `Je complete boodschap staat hieronder.${missing}\n\nLees hem hardop: klinkt hij als jij? Voeg hem in het veld in of kopieer hem.`,
        feedback: state.feedback,
        examples: [],
        choices: [],
        outline: steps,
        result: { text: message, label: 'de boodschap', insertable: true },
      };
    }
    const prompt = PART_PROMPTS[state.step];
    const sofar = composeMessage(state.parts);
    return {
      text: sofar ? `Tot nu toe: *${escapeMarkdown(sofar)}*\n\n${prompt.text}` : prompt.text,
      feedback: state.feedback,
      input: { label: `Het ${PART_NAME[state.step]}` },
      examples: prompt.examples,
      choices: state.pending ? [{ id: 'toch', label: 'Toch gebruiken' }] : [],
      outline: steps,
    };
  },
};
