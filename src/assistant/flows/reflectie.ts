/**
 * Reflectie: one self-reflection prompt, or a short series before an intervision, answered one
 * at a time. Ends in the answers as text, and as entries the worker may keep in the private
 * journal (the chat saves them only on the worker's click).
 */
import { type ReflectionPrompt, SOURCE_NAMES } from '../reflection-prompts';
import { cleanAnswer, escapeMarkdown, type FlowDef, type JournalDraft, outline } from './flow';

interface ReflectieContext {
  prompts: readonly ReflectionPrompt[];
  /** "Voor de intervisie": tagged so, and said so. */
  series?: boolean;
}

interface ReflectieState {
  /** vraag-0 … → klaar */
  step: string;
  prompts: readonly ReflectionPrompt[];
  answers: Array<string | null>;
  series: boolean;
}

function indexOf(step: string): number | null {
  const m = /^vraag-(\d+)$/.exec(step);
  return m ? Number(m[1]) : null;
}

function answered(state: ReflectieState, i: number, answer: string | null): ReflectieState {
  const answers = [...state.answers];
  answers[i] = answer;
  return { ...state, answers, step: i + 1 < state.prompts.length ? `vraag-${i + 1}` : 'klaar' };
}

/** What the journal gets: the answered prompts, tagged with their source (and "intervisie"). */
function journalDrafts(state: Pick<ReflectieState, 'prompts' | 'answers' | 'series'>): JournalDraft[] {
  return state.prompts.flatMap((p, i) => {
    const answer = state.answers[i];
    return answer ? [{ prompt: p.text, answer, tags: state.series ? [...p.tags, 'intervisie'] : [...p.tags] }] : [];
  });
}

function reflectionText(state: Pick<ReflectieState, 'prompts' | 'answers' | 'series'>): string {
  const lines = [state.series ? 'Reflectie voor de intervisie' : 'Reflectie', ''];
  state.prompts.forEach((p, i) => {
    const a = state.answers[i];
    if (a) lines.push(p.text, a, '');
  });
  return lines.join('\n').trimEnd();
}

export const reflectieFlow: FlowDef<ReflectieState, ReflectieContext> = {
  id: 'reflectie',
  title: 'Reflecteren',
  description: 'Een reflectievraag van vandaag, of een korte reeks voor de intervisie.',
  history: 'conversation',
  start: (context) => ({ step: context.prompts.length ? 'vraag-0' : 'klaar', prompts: context.prompts, answers: [], series: !!context.series }),
  reduce(state, event) {
    const i = indexOf(state.step);
    if (i === null) return state;
    if (event.type === 'choose') {
      if (event.id === 'overslaan') return answered(state, i, null);
      if (event.id === 'stoppen') return { ...state, step: 'klaar' };
      return state;
    }
    const text = cleanAnswer(event.text);
    return text ? answered(state, i, text) : state;
  },
  view(state) {
    const i = indexOf(state.step);
    const labels = state.prompts.map((_, k) => `vraag ${k + 1}`);
    if (i !== null) {
      const p = state.prompts[i]!;
      const of = state.prompts.length > 1 ? ` (${i + 1} van ${state.prompts.length})` : '';
      return {
        text: `*${SOURCE_NAMES[p.source]}*${of}\n\n**${escapeMarkdown(p.text)}**\n\nSchrijf op wat in je opkomt; het hoeft niet af.`,
        input: { label: 'Je antwoord', multiline: true },
        examples: [],
        choices: [{ id: 'overslaan', label: 'Overslaan' }, ...(state.prompts.length > 1 ? [{ id: 'stoppen', label: 'Stoppen' }] : [])],
        outline: labels.length > 1 ? outline([...labels, 'klaar'], i) : undefined,
      };
    }
    const journal = journalDrafts(state);
    return {
      text: journal.length
        ? `Dank je. Je ${journal.length === 1 ? 'antwoord staat' : `${journal.length} antwoorden staan`} hieronder. Bewaar ze in je reflectiedagboek (alleen op deze computer) of kopieer ze voor je intervisie.`
        : 'Je hebt geen vraag beantwoord. Dat mag: ga terug of begin opnieuw als je toch iets wilt opschrijven.',
      examples: [],
      choices: [],
      outline: labels.length > 1 ? outline([...labels, 'klaar'], labels.length) : undefined,
      result: { text: reflectionText(state), label: 'je reflectie', insertable: false, journal },
    };
  },
};
