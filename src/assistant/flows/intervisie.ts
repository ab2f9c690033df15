/**
 * Intervisie: prepare one's own case (inbreng) for one of the intervision methods METHOD.md
 * names. The method's course is shown first, with the note that it differs per school; then the
 * preparation questions one at a time; the result is the inbreng as text.
 */
import { INTERVISION_METHODS, INTERVISION_NOTE, type IntervisionMethod } from '../intervision-methods';
import { cleanAnswer, escapeMarkdown, type FlowDef, type JournalDraft, outline } from './flow';

interface IntervisieState {
  /** methode → uitleg → vraag-0 … → klaar */
  step: string;
  method?: IntervisionMethod['id'];
  answers: Array<string | null>;
}

const methodOf = (state: IntervisieState) => INTERVISION_METHODS.find((m) => m.id === state.method);

function indexOf(step: string): number | null {
  const m = /^vraag-(\d+)$/.exec(step);
  return m ? Number(m[1]) : null;
}

function answered(state: IntervisieState, method: IntervisionMethod, i: number, answer: string | null): IntervisieState {
  const answers = [...state.answers];
  answers[i] = answer;
  return { ...state, answers, step: i + 1 < method.preparation.length ? `vraag-${i + 1}` : 'klaar' };
}

function inbrengText(method: IntervisionMethod, answers: ReadonlyArray<string | null>): string {
  const lines = [`Inbreng voor intervisie (${method.title.toLowerCase()})`, ''];
  method.preparation.forEach((q, i) => {
    const a = answers[i];
    if (a) lines.push(q, a, '');
  });
  return lines.join('\n').trimEnd();
}

export const intervisieFlow: FlowDef<IntervisieState, void> = {
  id: 'intervisie',
  title: 'Intervisie voorbereiden',
  description: 'Je eigen inbreng voorbereiden voor de incidentmethode, de roddelmethode, Balint of een socratisch gesprek.',
  history: 'conversation',
  start: () => ({ step: 'methode', answers: [] }),
  reduce(state, event) {
    if (state.step === 'methode') {
      if (event.type !== 'choose') return state;
      const method = INTERVISION_METHODS.find((m) => m.id === event.id);
      return method ? { step: 'uitleg', method: method.id, answers: [] } : state;
    }
    const method = methodOf(state);
    if (!method) return state;
    if (state.step === 'uitleg') return event.type === 'choose' && event.id === 'verder' ? { ...state, step: 'vraag-0' } : state;
    const i = indexOf(state.step);
    if (i === null) return state;
    if (event.type === 'choose') return event.id === 'overslaan' ? answered(state, method, i, null) : state;
    const text = cleanAnswer(event.text);
    return text ? answered(state, method, i, text) : state;
  },
  view(state) {
    const method = methodOf(state);
    if (state.step === 'methode' || !method) {
      return {
        text: `Met welke methode werkt je intervisiegroep? Dan helpen we je inbreng voor te bereiden.\n\n${INTERVISION_METHODS.map((m) => `- **${m.title}**: ${m.summary}`).join('\n')}`,
        examples: [],
        choices: INTERVISION_METHODS.map((m) => ({ id: m.id, label: m.title })),
      };
    }
    const labels = ['methode', 'verloop', ...method.preparation.map((_, k) => `vraag ${k + 1}`), 'inbreng'];
    if (state.step === 'uitleg') {
      return {
        text: `**${method.title}**: ${method.summary}\n\nHoe het meestal gaat:\n\n${method.steps.map((s, k) => `${k + 1}. ${s}`).join('\n')}\n\n*${INTERVISION_NOTE}*`,
        examples: [],
        choices: [{ id: 'verder', label: 'Mijn inbreng voorbereiden' }],
        outline: outline(labels, 1),
      };
    }
    const i = indexOf(state.step);
    if (i !== null) {
      return {
        text: `**Vraag ${i + 1} van ${method.preparation.length}.** ${escapeMarkdown(method.preparation[i]!)}`,
        input: { label: 'Je antwoord', multiline: true },
        examples: [],
        choices: [{ id: 'overslaan', label: 'Overslaan' }],
        outline: outline(labels, 2 + i),
      };
    }
    const text = inbrengText(method, state.answers);
    const journal: JournalDraft[] = [{ prompt: `Inbreng voor intervisie (${method.title})`, answer: text, tags: ['intervisie', method.id] }];
    return {
      text: `Je inbreng voor de ${method.title.toLowerCase()} staat klaar. Gebruik geen namen of herkenbare details van cliënten.\n\n*${INTERVISION_NOTE}*`,
      examples: [],
      choices: [],
      outline: outline(labels, labels.length - 1),
      result: { text, label: 'je inbreng', insertable: false, journal },
    };
  },
};
