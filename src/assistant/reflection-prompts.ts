/**
 * Self-reflection prompts for intervision, as data (METHOD.md § Reflection and intervision):
 * drawn from the worker competences, the etiquette (relatie, taken, proces), presentie and the
 * evaluation questions. The wordings are our own. Selection is pure and deterministic: the
 * "vandaag" prompt is the same all day and changes from day to day.
 */

export const PROMPT_SOURCES = ['competenties', 'relatie', 'taken', 'proces', 'presentie', 'evaluatie'] as const;
type PromptSource = (typeof PROMPT_SOURCES)[number];

export const SOURCE_NAMES: Record<PromptSource, string> = {
  competenties: 'Competenties',
  relatie: 'Etiquette: relatie',
  taken: 'Etiquette: taken',
  proces: 'Etiquette: proces',
  presentie: 'Presentie',
  evaluatie: 'Evaluatie',
};

export interface ReflectionPrompt {
  /** Stable: journal entries keep the prompt text, tests use the id. */
  id: string;
  source: PromptSource;
  text: string;
  tags: string[];
}

const p = (id: string, source: PromptSource, text: string, ...tags: string[]): ReflectionPrompt => ({ id, source, text, tags: [source, ...tags] });

export const REFLECTION_PROMPTS: readonly ReflectionPrompt[] = [
  // Competences of the worker.
  p('krachten-gezien', 'competenties', 'Welke kracht van een cliënt zag ik deze week? Hoe heb ik die benoemd?', 'krachten'),
  p('talent-detail', 'competenties', 'Bij wie heb ik een talent in detail benoemd, zo dat de cliënt het herkende? Wat zei ik precies?', 'talenten'),
  p('probleem-of-kracht', 'competenties', 'In welk gesprek ging mijn aandacht vooral naar wat er mis was? Wat had ik kunnen vragen over wat er wél is?', 'krachten'),
  p('eigen-woorden', 'competenties', 'Heb ik in mijn laatste rapportage of werkblad de eigen woorden van de cliënt gebruikt? Waar had een citaat meer gezegd?', 'eigen woorden', 'rapporteren'),
  p('kleine-acties', 'competenties', 'Welke actie uit een actieplan was te groot? Hoe kan die kleiner en meetbaar?', 'actieplan'),
  p('natuurlijke-hulpbronnen', 'competenties', 'Welke natuurlijke hulpbron (familie, buren, een club, een vriend) heb ik deze week samen met een cliënt gezocht of gebruikt?', 'hulpbronnen'),
  p('outreachend', 'competenties', 'Waar zag ik een cliënt deze week: op kantoor, of in zijn of haar eigen omgeving? Wat leverde dat op?', 'outreachend'),
  p('geloof-in-herstel', 'competenties', 'Bij welke cliënt vind ik het moeilijk om in herstel te geloven? Waar zit dat in mij?', 'herstel', 'hoop'),
  p('richting-client', 'competenties', 'Waar heb ik deze week de richting overgenomen van een cliënt? Hoe kan ik die teruggeven?', 'regie'),
  p('succes-gevierd', 'competenties', 'Welk succes van een cliënt heb ik deze week gevierd? Welk succes ging ongemerkt voorbij?', 'succes', 'hoop'),
  // Etiquette: relatie.
  p('luisteren', 'relatie', 'In welk gesprek heb ik echt geluisterd, zonder al aan mijn antwoord te denken? Wat hoorde ik toen?', 'luisteren'),
  p('eerlijk', 'relatie', 'Waar was ik deze week eerlijk tegen een cliënt, ook toen dat lastig was? Waar niet, en waarom?', 'eerlijkheid'),
  p('confronteren-verbinding', 'relatie', 'Wanneer heb ik iemand geconfronteerd? Bleef het contact daarbij heel? Had een complete boodschap geholpen?', 'complete boodschap', 'confronteren'),
  p('moraliseren', 'relatie', 'Betrapte ik mezelf op moraliseren of op een kleinerende toon? Wat wilde ik op dat moment eigenlijk zeggen?', 'moraliseren'),
  p('werkrelatie', 'relatie', 'Hoe zou een cliënt onze werkrelatie omschrijven: betrouwbaar, doelgericht, wederkerig, echt? Waar twijfel ik?', 'werkrelatie'),
  // Etiquette: taken.
  p('praktische-hulp', 'taken', 'Welke praktische hulp heb ik gegeven die voor de cliënt echt verschil maakte?', 'praktisch'),
  p('stimuleren-dwingen', 'taken', 'Waar heb ik gestimuleerd, en waar heb ik (een beetje) gedwongen? Wat was het verschil in de reactie?', 'dwang'),
  p('verhaal-achter-gedrag', 'taken', 'Bij welk gedrag dat mij stoorde heb ik gezocht naar het verhaal erachter? Wat vond ik?', 'gedrag'),
  p('ongemotiveerd', 'taken', 'Noemde ik iemand (in gedachten) ongemotiveerd? Is het onwil, of misschien onmacht?', 'labels'),
  // Etiquette: proces.
  p('doen-wat-je-zegt', 'proces', 'Heb ik deze week gedaan wat ik had toegezegd? Wat bleef liggen, en weet de cliënt dat?', 'afspraken'),
  p('achter-regels', 'proces', 'Wanneer verschool ik me achter kantoor, de pc of de regels? Wat had ik anders kunnen doen?', 'regels'),
  p('verantwoorden', 'proces', 'Kan ik voor een keuze van deze week uitleggen waarom ik het zo deed, aan de cliënt en aan een collega?', 'verantwoording'),
  p('schrijven-voor-wie', 'proces', 'Voor wie schreef ik mijn laatste rapportage: voor de cliënt, voor mijn collega\'s of voor het systeem?', 'rapporteren'),
  // Presentie.
  p('echt-aanwezig', 'presentie', 'Wanneer was ik deze week echt aanwezig bij een cliënt, zonder iets te hoeven oplossen?', 'er zijn'),
  p('taak-of-mens', 'presentie', 'Wanneer was ik vooral met mijn taak of het systeem bezig, en niet met de mens tegenover me?', 'er zijn'),
  p('er-zijn', 'presentie', 'Bij wie zou het al veel betekenen als ik er gewoon ben? Hoe maak ik daar tijd voor?', 'er zijn', 'hoop'),
  p('stilte', 'presentie', 'Durfde ik deze week een stilte te laten vallen in een gesprek? Wat gebeurde er?', 'luisteren'),
  // Evaluation.
  p('doelen-bereikt', 'evaluatie', 'Denk aan één cliënt: welke doelen zijn bereikt, ook gedeeltelijk? Hoe weet ik dat?', 'doelen'),
  p('kwaliteit-van-leven', 'evaluatie', 'Is de kwaliteit van leven van deze cliënt beter geworden, volgens de cliënt zelf?', 'kwaliteit van leven'),
  p('werkrelatie-besproken', 'evaluatie', 'Wanneer heb ik de werkrelatie voor het laatst samen met een cliënt besproken? Wat zou ik willen vragen?', 'werkrelatie'),
  p('traject-gereflecteerd', 'evaluatie', 'Als ik terugkijk op een traject: wat werkte, wat zou ik een volgende keer anders doen?', 'traject'),
  p('nieuwe-doelen', 'evaluatie', 'Welke nieuwe doelen heeft een cliënt genoemd, misschien tussen neus en lippen door?', 'doelen'),
  p('nazorg', 'evaluatie', 'Bij wie loopt de begeleiding naar een einde? Wat is er nodig aan nazorg, en wie uit het netwerk helpt daarbij?', 'nazorg', 'afronden'),
];

const DAY_MS = 86_400_000;

/** The local calendar day as a whole number (the same all day, +1 at midnight). */
export function dayNumber(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

function gcd(a: number, b: number): number {
  return b ? gcd(b, a % b) : a;
}

/** A stride coprime with n near n × 0.618: consecutive days land far apart and all n come round. */
function strideFor(n: number): number {
  let s = Math.max(1, Math.round(n * 0.618));
  while (gcd(s, n) !== 1) s++;
  return s;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** "Vandaag": one prompt per day, different on consecutive days, every prompt within N days. */
export function promptForDay(date: Date, prompts: readonly ReflectionPrompt[] = REFLECTION_PROMPTS): ReflectionPrompt {
  const n = prompts.length;
  return prompts[mod(dayNumber(date) * strideFor(n), n)]!;
}

/** The next prompt after `current` in the same shuffled order ("een andere vraag"). */
export function nextPrompt(current: ReflectionPrompt, prompts: readonly ReflectionPrompt[] = REFLECTION_PROMPTS): ReflectionPrompt {
  const n = prompts.length;
  const i = prompts.findIndex((x) => x.id === current.id);
  return prompts[mod((i < 0 ? 0 : i) + strideFor(n), n)]!;
}

/** The series for an intervision: this order of sources, a different prompt from each per day. */
const SERIES_ORDER: readonly PromptSource[] = ['presentie', 'relatie', 'competenties', 'taken', 'proces', 'evaluatie'];

/**
 * A short series before an intervision: one prompt from each of `size` sources (presentie and
 * relatie first), the choice within each source varying by day.
 */
export function intervisionSeries(date: Date, size = 5, prompts: readonly ReflectionPrompt[] = REFLECTION_PROMPTS): ReflectionPrompt[] {
  const day = dayNumber(date);
  return SERIES_ORDER.slice(0, Math.max(1, Math.min(size, SERIES_ORDER.length))).flatMap((source) => {
    const own = prompts.filter((x) => x.source === source);
    return own.length ? [own[mod(day * strideFor(own.length), own.length)]!] : [];
  });
}
