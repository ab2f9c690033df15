/**
 * Actieplan (METHOD.md § Worksheets): the goal in the client's own words (Wat?), small feasible
 * actions (Hoe?), for each action who (Wie?) and by when (Wanneer?), then the plan as text in
 * the actieplan's own blocks, checked with the worksheet check (assessWorksheet).
 */
import { defaultAnalyzer } from '../../analysis';
import { assessWorksheet, type CriterionId, CRITERION_TITLES } from '../../worksheets';
import { isConcreteWhen } from '../../worksheets/time-and-actor';
import { cleanAnswer, escapeMarkdown, type FlowDef, findingList, outline } from './flow';

interface ActieplanState {
  /** doel → acties → wie-0 → wanneer-0 → wie-1 → … → klaar */
  step: string;
  goal: string;
  actions: string[];
  who: string[];
  when: string[];
  pending?: string;
  feedback?: string;
}

const MAX_ACTIONS = 6;

/** Who does it, in the client's ik-vorm (as the actieplan template has it). */
const WHO_CHOICES = [
  { id: 'ik', label: 'ik' },
  { id: 'samen', label: 'ik samen met mijn begeleider' },
  { id: 'begeleider', label: 'mijn begeleider' },
  { id: 'netwerk', label: 'iemand uit mijn netwerk' },
] as const;

/** The actions from one answer: one per line, bullets and numbers dropped. */
export function splitActions(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*(?:[-*•–]|\d{1,2}[.)])\s*/, '').trim())
    .filter(Boolean);
}

function stepIndex(step: string): { kind: 'wie' | 'wanneer'; i: number } | null {
  const m = /^(wie|wanneer)-(\d+)$/.exec(step);
  return m ? { kind: m[1] as 'wie' | 'wanneer', i: Number(m[2]) } : null;
}

/** Remarks of the engine on a goal or an action (worksheet mode: ik-vorm, positive, no labels). */
function remarks(text: string): string | null {
  const findings = defaultAnalyzer().analyze(text, { mode: 'worksheet' }).findings;
  return findings.length ? `De coach ziet nog iets:\n\n${findingList(findings)}` : null;
}

/** The goal as the plan shows it: the client's words between quotes when written in the ik-vorm. */
function goalLine(goal: string): string {
  if (/^["“„'‘]/.test(goal)) return goal;
  return /^(?:ik|mijn)\b/i.test(goal) ? `"${goal}"` : goal;
}

/** The actieplan as text, in the blocks the worksheet check reads ("Stap 1", "Wat:", …). */
export function planText(state: Pick<ActieplanState, 'goal' | 'actions' | 'who' | 'when'>): string {
  const steps = state.actions.map((a, i) => `Stap ${i + 1}\nWat: ${a}\nWie: ${state.who[i] ?? ''}\nWanneer: ${state.when[i] ?? ''}`);
  return ['Mijn actieplan', '', 'Mijn doel, in mijn eigen woorden', goalLine(state.goal), '', 'Mijn stappen, klein en haalbaar', '', steps.join('\n\n')].join('\n');
}

function next(state: ActieplanState, patch: Partial<ActieplanState>, step: string): ActieplanState {
  return { ...state, ...patch, step, pending: undefined, feedback: patch.feedback };
}

function afterWhen(state: ActieplanState, i: number): string {
  return i + 1 < state.actions.length ? `wie-${i + 1}` : 'klaar';
}

export const actieplanFlow: FlowDef<ActieplanState, void> = {
  id: 'actieplan',
  title: 'Actieplan',
  description: 'Van een doel in de eigen woorden van de cliënt naar kleine stappen met wie en wanneer.',
  history: 'conversation',
  start: () => ({ step: 'doel', goal: '', actions: [], who: [], when: [] }),
  reduce(state, event) {
    const at = stepIndex(state.step);
    if (event.type === 'choose') {
      if (event.id === 'toch' && state.pending !== undefined) return acceptAnswer(state, state.pending);
      if (at?.kind === 'wie') {
        const who = WHO_CHOICES.find((c) => c.id === event.id);
        if (who) return acceptAnswer(state, who.label);
      }
      return state;
    }
    const text = cleanAnswer(event.text);
    if (!text) return state;
    if (state.step === 'doel') {
      const r = remarks(text);
      return r ? { ...state, pending: text, feedback: `${r}\n\nSchrijf het doel anders, of kies **Toch gebruiken**.` } : acceptAnswer(state, text);
    }
    if (state.step === 'acties') {
      const actions = splitActions(text);
      if (!actions.length) return state;
      const notes: string[] = [];
      if (actions.length > MAX_ACTIONS) notes.push(`Dat zijn ${actions.length} acties. Kies de eerste ${MAX_ACTIONS} of minder: kleine stappen die binnen een paar weken lukken.`);
      const r = actions.map(remarks).filter((x): x is string => x !== null);
      if (r.length) notes.push(...r);
      return notes.length ? { ...state, pending: text, feedback: `${notes.join('\n\n')}\n\nPas de acties aan, of kies **Toch gebruiken**.` } : acceptAnswer(state, text);
    }
    if (at?.kind === 'wanneer' && !isConcreteWhen(text)) {
      return {
        ...state,
        pending: text,
        feedback: `"${escapeMarkdown(text)}" is op papier snel zijn betekenis kwijt. Een datum of een vaste dag is duidelijker ("dinsdag 18 maart", "elke woensdag"). Pas het aan, of kies **Toch gebruiken**.`,
      };
    }
    return acceptAnswer(state, text);
  },
  view(state) {
    const labels = ['doel', 'acties', 'wie en wanneer', 'actieplan'];
    const at = stepIndex(state.step);
    const current = state.step === 'doel' ? 0 : state.step === 'acties' ? 1 : at ? 2 : 3;
    const base = { feedback: state.feedback, outline: outline(labels, current), choices: state.pending !== undefined ? [{ id: 'toch', label: 'Toch gebruiken' }] : [] };
    if (state.step === 'doel') {
      return {
        ...base,
        text:
          '**Wat?** Wat wil de cliënt bereiken? Schrijf het doel in de **eigen woorden van de cliënt**, in de ik-vorm: een doel voor de lange termijn, uit de wensen in de krachteninventarisatie.',
        input: { label: 'Het doel, in de woorden van de cliënt' },
        examples: ['Ik wil weer …', 'Ik wil een eigen plek waar …'],
      };
    }
    if (state.step === 'acties') {
      return {
        ...base,
        text: `Het doel: *${escapeMarkdown(state.goal)}*\n\n**Hoe?** Knip het doel op in **kleine, haalbare acties**: zo klein dat ze binnen een paar weken lukken, zo concreet dat je ziet wanneer ze klaar zijn. Eén actie per regel (Shift+Enter voor een nieuwe regel).`,
        input: { label: 'De acties, één per regel', multiline: true },
        examples: ['Ik bel …', 'Ik zoek samen met … uit hoe …'],
      };
    }
    if (at) {
      const action = state.actions[at.i] ?? '';
      const head = `**Actie ${at.i + 1} van ${state.actions.length}:** *${escapeMarkdown(action)}*\n\n`;
      if (at.kind === 'wie') {
        return {
          ...base,
          text: `${head}**Wie?** Wie doet deze actie? Kies, of schrijf een naam of rol ("mijn zus Fatima").`,
          input: { label: 'Wie doet het' },
          examples: [],
          choices: [...WHO_CHOICES.map((c) => ({ id: c.id, label: c.label })), ...base.choices],
        };
      }
      return {
        ...base,
        text: `${head}**Wanneer?** Een datum of een vaste dag.`,
        input: { label: 'Wanneer' },
        examples: ['dinsdag 18 maart', 'elke woensdag', 'uiterlijk 31 maart'],
      };
    }
    const text = planText(state);
    const assessment = assessWorksheet(text, 'actieplan');
    const title = (id: string) => CRITERION_TITLES[id as CriterionId] ?? id;
    const lines = assessment.criteria.map((c) => (c.verdict === 'pass' ? `- ✓ ${title(c.id)}` : `- ✗ ${title(c.id)}: ${c.message} *${c.advice}*`));
    return {
      ...base,
      choices: [],
      text: `Het actieplan staat hieronder.\n\n**De werkbladcheck** (${assessment.score.passed} van ${assessment.score.total}):\n\n${lines.join('\n')}\n\nBespreek het plan met de cliënt en laat het samen ondertekenen.`,
      examples: [],
      result: { text, label: 'het actieplan', insertable: true },
    };
  },
};

function acceptAnswer(state: ActieplanState, text: string): ActieplanState {
  if (state.step === 'doel') return next(state, { goal: text }, 'acties');
  if (state.step === 'acties') {
    const actions = splitActions(text).slice(0, MAX_ACTIONS);
    return next(state, { actions, who: [], when: [] }, 'wie-0');
  }
  const at = stepIndex(state.step);
  if (!at) return state;
  if (at.kind === 'wie') {
    const who = [...state.who];
    who[at.i] = text;
    return next(state, { who }, `wanneer-${at.i}`);
  }
  const when = [...state.when];
  when[at.i] = text;
  return next(state, { when }, afterWhen(state, at.i));
}
