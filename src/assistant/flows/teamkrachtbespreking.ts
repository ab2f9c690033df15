/**
 * Teamkrachtbespreking (METHOD.md § Reflection and intervision): the eight steps, each with what
 * the chair does, room for notes, and a suggested time for an optional timer. Ends in a short
 * report of the meeting.
 */
import { cleanAnswer, escapeMarkdown, type FlowDef, outline } from './flow';

interface TkbStep {
  title: string;
  /** What the chair (voorzitter) does and keeps an eye on in this step. */
  chair: string;
  /** Suggested minutes: a proposal of Krachtcoach, not of the method. */
  minutes: number;
}

/** The eight steps of METHOD.md; the chair's notes and times are our own proposal. */
export const TKB_STEPS: readonly TkbStep[] = [
  { title: 'Rondje successen sinds de vorige keer', chair: 'Laat ieder kort een succes noemen, hoe klein ook. Vier het; geen discussie.', minutes: 5 },
  { title: 'Krachteninventarisatie uitdelen en de situatie schetsen', chair: 'De begeleider deelt de krachteninventarisatie uit en schetst de situatie in een paar zinnen, met de krachten voorop.', minutes: 5 },
  { title: 'De doelen van de cliënt en de vraag van de begeleider', chair: 'Laat de doelen in de woorden van de cliënt noemen. Help de begeleider de vraag aan het team scherp te krijgen.', minutes: 5 },
  { title: 'De huidige situatie en wat al geprobeerd is', chair: 'Vraag wat er nu speelt en wat al geprobeerd is, ook wat (een beetje) werkte.', minutes: 5 },
  { title: 'Verhelderingsvragen van het team', chair: 'Alleen vragen om het te begrijpen; nog geen adviezen. Houd het bij krachten en mogelijkheden.', minutes: 10 },
  { title: 'Brainstorm', chair: 'Zoveel mogelijk ideeën, creatief, zonder ze te beoordelen. Herkauw geen problemen. Schrijf alles op.', minutes: 10 },
  { title: 'Verhelderingsvragen van de begeleider', chair: 'De begeleider vraagt door op ideeën die hem of haar aanspreken.', minutes: 5 },
  { title: 'Wat de begeleider gaat doen met de ideeën', chair: 'De begeleider kiest wat hij of zij gaat doen, met wie en wanneer. Obstakels die steeds terugkomen, noteer je voor het management.', minutes: 5 },
];

/** The rules the chair keeps (METHOD.md). */
export const TKB_RULES: readonly string[] = [
  'Een voorzitter bewaakt de regels en de tijd.',
  'Creatieve strategieën in plaats van problemen herkauwen.',
  'Obstakels die steeds terugkomen, gaan naar het management.',
  'De krachteninventarisatie is de basis van de bespreking.',
];

interface TkbState {
  /** stap-0 … stap-7 → klaar */
  step: string;
  notes: string[];
  feedback?: string;
}

function indexOf(step: string): number | null {
  const m = /^stap-(\d)$/.exec(step);
  return m ? Number(m[1]) : null;
}

const nextStep = (i: number) => (i + 1 < TKB_STEPS.length ? `stap-${i + 1}` : 'klaar');

/** The report of the meeting: the steps with the notes taken. */
export function tkbReport(notes: readonly string[]): string {
  const lines = ['Teamkrachtbespreking', ''];
  TKB_STEPS.forEach((s, i) => {
    const note = notes[i]?.trim();
    lines.push(`${i + 1}. ${s.title}`, note ? note : '-', '');
  });
  return lines.join('\n').trimEnd();
}

export const teamkrachtbesprekingFlow: FlowDef<TkbState, void> = {
  id: 'teamkrachtbespreking',
  title: 'Teamkrachtbespreking',
  description: 'De acht stappen met een voorzittersweergave, notities en een timer als je wilt.',
  history: 'conversation',
  start: () => ({ step: 'stap-0', notes: [] }),
  reduce(state, event) {
    const i = indexOf(state.step);
    if (i === null) return state;
    if (event.type === 'choose') {
      if (event.id === 'volgende') return { ...state, step: nextStep(i), feedback: undefined };
      if (event.id === 'afronden') return { ...state, step: 'klaar', feedback: undefined };
      return state;
    }
    const text = cleanAnswer(event.text);
    if (!text) return state;
    const notes = [...state.notes];
    notes[i] = notes[i] ? `${notes[i]}\n${text}` : text;
    // A note stays on the step: more notes can follow until "Volgende stap".
    return { ...state, notes, feedback: `Genoteerd bij stap ${i + 1}. Schrijf er meer bij, of ga naar de volgende stap.` };
  },
  view(state) {
    const i = indexOf(state.step);
    const steps = outline(
      TKB_STEPS.map((s) => s.title),
      i ?? TKB_STEPS.length,
    );
    if (i !== null) {
      const s = TKB_STEPS[i]!;
      const note = state.notes[i];
      return {
        text: `**Stap ${i + 1} van 8: ${s.title}**\n\n*Voorzitter:* ${s.chair}\n\nRichttijd: ${s.minutes} minuten (een voorstel; pas het aan als je de timer gebruikt).${note ? `\n\nGenoteerd: *${escapeMarkdown(note)}*` : ''}`,
        feedback: state.feedback,
        input: { label: `Notitie bij stap ${i + 1}`, multiline: true },
        examples: [],
        choices: [
          { id: 'volgende', label: i + 1 < TKB_STEPS.length ? 'Volgende stap' : 'Afronden' },
          ...(i + 1 < TKB_STEPS.length ? [{ id: 'afronden', label: 'Nu afronden' }] : []),
        ],
        outline: steps,
        timerMinutes: s.minutes,
      };
    }
    const text = tkbReport(state.notes);
    return {
      text: 'De bespreking is rond. Hieronder het verslag met je notities; voeg het in of kopieer het.',
      examples: [],
      choices: [],
      outline: steps,
      result: { text, label: 'het verslag', insertable: true },
    };
  },
};
