/**
 * Gesprek voorbereiden: the solution-focused questions of METHOD.md (wondervraag,
 * uitzonderingsvragen, copingvragen, schaalvraag), chosen and ordered for the situation the
 * worker describes. The choice is by plain word cues, written out below; the question wordings
 * are our own, after the descriptions in METHOD.md.
 */
import { normalize } from '../normalize';
import { cleanAnswer, type FlowDef, outline } from './flow';

type QuestionKind = 'wondervraag' | 'uitzondering' | 'coping' | 'schaal';

interface QuestionType {
  kind: QuestionKind;
  title: string;
  /** What it is for (METHOD.md). */
  what: string;
  /** Word beginnings in the situation that call for it; a trailing space means a whole word. */
  cues: string[];
  /** Why it was chosen, shown when a cue matched. */
  why: string;
  /** Wordings; `{doel}` is the client's direction when the worker gave one. */
  questions: string[];
}

const QUESTION_TYPES: readonly QuestionType[] = [
  {
    kind: 'coping',
    title: 'Copingvragen',
    what: 'Hoe heeft de cliënt het volgehouden? Dat laat krachten zien, juist als het zwaar is.',
    cues: ['zwaar', 'crisis', 'moe ', 'uitgeput', 'overleef', 'volhoud', 'rouw', 'verlies', 'overled', 'somber', 'hopeloos', 'wanhoop', 'geen hoop', 'opgeven', 'opgegeven', 'stress', 'eenzaam', 'pijn', 'ziek', 'verdriet', 'schaam', 'bang'],
    why: 'De situatie klinkt zwaar: copingvragen laten zien wat de cliënt al draagt.',
    questions: [
      'Hoe heb je het tot nu toe volgehouden?',
      'Wat helpt je om door te gaan, ook op zware dagen?',
      'Wat maakt dat het niet nog zwaarder is geworden?',
    ],
  },
  {
    kind: 'uitzondering',
    title: 'Uitzonderingsvragen',
    what: 'Wanneer ging het een beetje beter, en wat deed de cliënt toen anders?',
    cues: ['terugval', 'vroeger', 'eerder', 'soms', 'weleens', 'wel eens', 'lukte', 'ging beter', 'ging goed', 'steeds', 'altijd', 'nooit', 'ruzie', 'conflict', 'weer ', 'opnieuw', 'vaak'],
    why: 'Er is een patroon of een terugval: uitzonderingen laten zien wat al eens werkte.',
    questions: [
      'Wanneer ging het een beetje beter? Wat deed je toen anders?',
      'Wanneer speelt dit even niet? Wat is er dan anders?',
      'Wat maakte dat het die keer wel lukte?',
    ],
  },
  {
    kind: 'wondervraag',
    title: 'De wondervraag',
    what: 'Er gebeurt vannacht een wonder: wat merkt de cliënt morgen als eerste? Dat maakt een wens of doel zichtbaar.',
    cues: ['vast', 'weet niet', 'weet het niet', 'toekomst', 'doel', 'wens', 'droom', 'richting', 'perspectief', 'motivatie', 'gemotiveerd', 'zin in', 'wil ', 'willen', 'keuze', 'kiezen', 'krachteninventarisatie', 'kennismaking', 'start'],
    why: 'Het gaat om richting of een doel: de wondervraag maakt zichtbaar wat de cliënt wil.',
    questions: [
      'Stel dat er vannacht, terwijl je slaapt, een wonder gebeurt en {doel} is zoals jij het wilt. Wat is het eerste dat je morgen merkt?',
      'Wie zou als eerste merken dat het wonder gebeurd is? Waaraan?',
      'Wat doe jij op die dag anders dan nu?',
    ],
  },
  {
    kind: 'schaal',
    title: 'De schaalvraag',
    what: 'Van 0 tot 10: waar staat de cliënt nu, en wat is de volgende kleine stap?',
    cues: ['evalu', 'voortgang', 'vooruitgang', 'hoe ver', 'stap', 'meten', 'actieplan', 'tevreden', 'vertrouwen', 'beter gaat', 'afronden', 'afsluiten', 'doel bereikt'],
    why: 'Het gaat om voortgang: de schaalvraag maakt kleine stappen zichtbaar.',
    questions: [
      'Op een schaal van 0 tot 10, waarbij 10 betekent dat {doel} helemaal gelukt is: waar sta je nu?',
      'Wat maakt dat het dat cijfer is, en geen 0?',
      'Wat is er nodig om één punt hoger te komen?',
    ],
  },
];

/** When nothing in the situation points anywhere: this order. */
const DEFAULT_ORDER: readonly QuestionKind[] = ['wondervraag', 'uitzondering', 'coping', 'schaal'];

interface Selection {
  kind: QuestionKind;
  /** How many cues matched; 0 = not specially called for. */
  score: number;
}

/** The four kinds ordered for a situation: the most called-for first, the rest after. */
export function selectQuestions(situation: string): Selection[] {
  const n = ` ${normalize(situation)} `;
  // A cue is the start of a word ("overleef" finds "overleefde"); a trailing space: a whole word.
  const found = (cue: string) => n.includes(` ${normalize(cue)}${cue.endsWith(' ') ? ' ' : ''}`);
  const scored = QUESTION_TYPES.map((t) => ({ kind: t.kind, score: t.cues.filter(found).length }));
  return scored.sort((a, b) => b.score - a.score || DEFAULT_ORDER.indexOf(a.kind) - DEFAULT_ORDER.indexOf(b.kind));
}

interface GesprekState {
  /** situatie → doel → vraag-0 … vraag-3 → klaar */
  step: string;
  situation: string;
  goal: string;
  order: Selection[];
  picks: Array<string | null>;
  feedback?: string;
}

const typeOf = (kind: QuestionKind) => QUESTION_TYPES.find((t) => t.kind === kind)!;

function fill(question: string, goal: string): string {
  return question.replace('{doel}', goal || 'je leven');
}

function indexOf(step: string): number | null {
  const m = /^vraag-(\d)$/.exec(step);
  return m ? Number(m[1]) : null;
}

function afterPick(state: GesprekState, i: number, pick: string | null): GesprekState {
  const picks = [...state.picks];
  picks[i] = pick;
  return { ...state, picks, step: i + 1 < state.order.length ? `vraag-${i + 1}` : 'klaar', feedback: undefined };
}

/** The preparation as plain text, for the dossier or a notebook. */
function preparationText(state: Pick<GesprekState, 'situation' | 'goal' | 'order' | 'picks'>): string {
  const chosen = state.order.map((o, i) => ({ type: typeOf(o.kind), q: state.picks[i] })).filter((x): x is { type: QuestionType; q: string } => !!x.q);
  const lines = ['Gespreksvoorbereiding', '', `Situatie: ${state.situation}`];
  if (state.goal) lines.push(`Waar de cliënt naartoe wil: ${state.goal}`);
  lines.push('', 'Vragen:');
  chosen.forEach((c, i) => lines.push(`${i + 1}. ${c.q} (${c.type.title.replace(/^De /, '').toLowerCase()})`));
  if (!chosen.length) lines.push('(nog geen vragen gekozen)');
  lines.push('', 'Tip: vraag "wat maakt dat …?" in plaats van "waarom … niet?". Vier elk succes, hoe klein ook.');
  return lines.join('\n');
}

export const gesprekVoorbereidenFlow: FlowDef<GesprekState, void> = {
  id: 'gesprek-voorbereiden',
  title: 'Gesprek voorbereiden',
  description: 'Oplossingsgerichte vragen (wondervraag, uitzonderingen, coping, schaal) die bij de situatie passen.',
  history: 'conversation',
  start: () => ({ step: 'situatie', situation: '', goal: '', order: [], picks: [] }),
  reduce(state, event) {
    if (state.step === 'situatie') {
      if (event.type !== 'answer') return state;
      const text = cleanAnswer(event.text);
      if (!text) return state;
      return { ...state, step: 'doel', situation: text, order: selectQuestions(text), picks: [] };
    }
    if (state.step === 'doel') {
      if (event.type === 'choose' && event.id === 'overslaan') return { ...state, step: 'vraag-0', goal: '' };
      if (event.type !== 'answer') return state;
      const text = cleanAnswer(event.text);
      return text ? { ...state, step: 'vraag-0', goal: text } : state;
    }
    const i = indexOf(state.step);
    const selection = i === null ? undefined : state.order[i];
    if (i === null || !selection) return state;
    if (event.type === 'answer') {
      const own = cleanAnswer(event.text);
      return own ? afterPick(state, i, own) : state;
    }
    if (event.id === 'overslaan') return afterPick(state, i, null);
    const m = /^vraag-(\d)$/.exec(event.id);
    const q = m ? typeOf(selection.kind).questions[Number(m[1])] : undefined;
    return q ? afterPick(state, i, fill(q, state.goal)) : state;
  },
  view(state) {
    const labels = ['situatie', 'richting', ...state.order.map((o) => typeOf(o.kind).title.replace(/^De /, '')), 'voorbereiding'];
    if (state.step === 'situatie') {
      return {
        text: 'Beschrijf kort de situatie en wat je met het gesprek wilt. Gebruik geen namen: initialen of "mevrouw" of "meneer" is genoeg.',
        input: { label: 'De situatie', multiline: true },
        examples: ['Mevrouw zit vast: ze weet niet wat ze wil met …', 'Meneer had een terugval en …', 'We evalueren het actieplan na …'],
        choices: [],
        outline: outline(['situatie', 'richting', 'vragen', 'voorbereiding'], 0),
      };
    }
    if (state.step === 'doel') {
      const first = state.order.filter((o) => o.score > 0).map((o) => typeOf(o.kind));
      const advice = first.length
        ? `Voor deze situatie begin ik met:\n\n${first.map((t) => `- **${t.title}**: ${t.why}`).join('\n')}`
        : 'Ik zie in je beschrijving geen duidelijke aanwijzing; ik loop de vier soorten vragen met je langs.';
      return {
        text: `${advice}\n\nWaar wil de cliënt naartoe, in een paar woorden (bijvoorbeeld "een eigen huis", "weer werken")? Dan vul ik dat in de vragen in.`,
        input: { label: 'Waar de cliënt naartoe wil' },
        examples: [],
        choices: [{ id: 'overslaan', label: 'Overslaan' }],
        outline: outline(labels, 1),
      };
    }
    const i = indexOf(state.step);
    const selection = i === null ? undefined : state.order[i];
    if (i !== null && selection) {
      const t = typeOf(selection.kind);
      const why = selection.score > 0 ? `${t.why}\n\n` : '';
      return {
        text: `**${t.title}** (${i + 1} van ${state.order.length}). ${t.what}\n\n${why}Kies een vraag die bij jullie past, schrijf je eigen versie, of sla deze over.`,
        input: { label: 'Je eigen vraag' },
        examples: [],
        choices: [...t.questions.map((q, k) => ({ id: `vraag-${k}`, label: fill(q, state.goal) })), { id: 'overslaan', label: 'Overslaan' }],
        outline: outline(labels, 2 + i),
      };
    }
    const text = preparationText(state);
    return {
      text: `Je gespreksvoorbereiding staat klaar. Houd hoop levend: er zijn, respect, de aandacht op wat wél gaat, elk succes vieren.\n\n${state.picks.some(Boolean) ? '' : 'Je hebt geen vragen gekozen: ga terug om er een paar te kiezen.\n\n'}Voeg haar in of kopieer haar.`,
      examples: [],
      choices: [],
      outline: outline(labels, labels.length - 1),
      result: { text, label: 'de gespreksvoorbereiding', insertable: true },
    };
  },
};

