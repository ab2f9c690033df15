import { type Analyzer, defaultAnalyzer } from '../analysis';
import {
  type Assessment,
  CRITERIA,
  type CriterionId,
  type CriterionResult,
  type WorksheetKind,
} from './assessment-schema';
import { avoidanceWords } from './avoidance';
import { burdenWords } from './deficit-words';
import { clientByRole, readClient, whoNamesClient } from './client-identity';
import { actionOf, doelEigenWoorden, filledSteps, kleinConcreet, specifiekPlan, wieWanneer } from './criteria-action-plan';
import { eigenWoorden, leefgebiedenCompleet, prioriteiten, specifiekInventory } from './criteria-inventory';
import { ikVorm, positief, quotesOf, type Verdict, type WordingContext } from './criteria-wording';
import { readActionPlan } from './read-action-plan';
import { readInventory } from './read-inventory';
import { type Span, sortedDisjoint } from './text-lines';

/**
 * The worksheet check (kwaliteitsbeoordeling): one verdict per criterion, always all criteria of
 * the kind in the fixed order of CRITERIA. Pure: the side panel and `coach assess` both call this.
 * Each criterion's decision rule is written next to its code (criteria-*.ts).
 */

/** What to write instead, in the method's terms; shown with a fail (and available with a pass). */
const ADVICE: Record<CriterionId, string> = {
  'leefgebieden-compleet':
    'Loop alle tien leefgebieden samen met de cliënt langs, ook als er weinig over te zeggen lijkt. Schrijf per gebied wat er nu is, wat de cliënt wil en wat vroeger hielp; "n.v.t." of "-" zegt niets, een zin over wat er wél is zegt veel ("Ik ben peettante van Daan en pas op woensdag op hem").',
  'ik-vorm':
    'Schrijf vanuit de cliënt: "ik wil", "mijn zus helpt mij", in plaats van "cliënt wil", "meneer" of "zij". Het werkblad is van de cliënt. Anderen mag je gewoon bij naam of rol noemen ("mijn dochter Lotte belt mij").',
  positief:
    'Schrijf wat er wél is en wat de cliënt wél wil of gaat doen: "ik wil in Utrecht wonen" in plaats van "ik wil niet in Amsterdam wonen", "ik sta elke ochtend om 8 uur op" in plaats van "terugval voorkomen". Probleemtaal ("moeite met", "lukt niet") wordt: wat lukt al, en wat wil de cliënt leren?',
  'eigen-woorden':
    'Schrijf minstens één uitspraak van de cliënt letterlijk op, tussen aanhalingstekens: "Ik wil weer iets betekenen voor een ander." Vervang vaktaal door gewone woorden van de cliënt: "ik neem elke ochtend mijn pillen" in plaats van "medicatietrouw", "meer mensen om mij heen" in plaats van "netwerkversterking".',
  specifiek:
    'Zet bij elk leefgebied een feit: wie, wat, wanneer, waar, hoe vaak ("Ik kook op zondag pasta voor mijn broer"). Een oordeel als "gaat goed" of "wisselend" zegt niet wat er is.',
  prioriteiten:
    'Vraag de cliënt wat hij of zij als eerste wil aanpakken, en schrijf dat op onder "Prioriteiten (mijn keuze)", in de woorden van de cliënt; drie of vier is genoeg. Wat het team belangrijk vindt, hoort in het gesprek, niet als prioriteit van de cliënt.',
  'doel-eigen-woorden':
    'Schrijf het doel op zoals de cliënt het zegt, letterlijk tussen aanhalingstekens of in de ik-vorm: "Ik wil weer mijn eigen boodschappen doen." Geen plantaal als "zelfredzaamheid vergroten", "stabiliseren" of "terugval voorkomen": vraag wat de cliënt dan wil hebben of doen.',
  'wie-wanneer':
    'Zet bij elke stap een eigen wie (ik, mijn begeleider, mijn zus Fatima) en een concreet wanneer: een datum, een dag of een weeknummer ("dinsdag 18 maart", "week 12", "elke maandag om 10.00 uur"). Vervang "z.s.m.", "binnenkort" en "in overleg" door de dag die jullie afspreken.',
  'klein-concreet':
    'Maak van een groot resultaat de eerste handeling die binnen twee weken kan: niet "een woning regelen" maar "ik schrijf me maandag 3 maart in bij WoningNet"; niet "een bijbaan vinden" maar "ik vraag vrijdag bij de dierenwinkel naar vacatures". Eén handeling per stap.',
};

/** Advice for SPECIFIEK on an actieplan: there it is about checking a step afterwards. */
const ADVICE_SPECIFIEK_PLAN =
  'Schrijf elke stap zo dat je achteraf met ja of nee kunt zeggen of hij gebeurd is: "ik open elke maandag mijn post" in plaats van "wat vaker de post openen", "ik maak dinsdag mijn cv af met Sanne" in plaats van "werken aan mijn cv".';

interface AssessOptions {
  /** The engine to use; the shared default analyzer (with its paragraph cache) otherwise. */
  analyzer?: Analyzer;
}

export function assessWorksheet(text: string, kind: WorksheetKind, options: AssessOptions = {}): Assessment {
  const analyzer = options.analyzer ?? defaultAnalyzer();
  const { findings } = analyzer.analyze(text, { mode: 'worksheet' });
  const verdicts = new Map<CriterionId, Verdict>();

  if (kind === 'krachteninventarisatie') {
    const inv = readInventory(text);
    const judged = sortedDisjoint([...inv.about, ...[...inv.areas.values()].flatMap((a) => a.content), ...(inv.priorities?.items ?? [])]);
    const ctx = context(text, inv.lines, findings, inv.structure, judged);
    verdicts.set('leefgebieden-compleet', leefgebiedenCompleet(inv));
    verdicts.set('ik-vorm', ikVorm(ctx));
    verdicts.set('positief', positief(ctx, burdenWords(text, ctx.judged)));
    verdicts.set('eigen-woorden', eigenWoorden(ctx));
    verdicts.set('specifiek', specifiekInventory(inv, ctx));
    verdicts.set('prioriteiten', prioriteiten(inv));
  } else {
    const plan = readActionPlan(text);
    const goal = plan.goal?.text ?? [];
    const actions = filledSteps(plan).flatMap(actionOf);
    const judged = sortedDisjoint([...goal, ...actions]);
    const ctx = context(text, plan.lines, findings, plan.structure, judged);
    // "Vader belt de juf", "Wie: cliënt": the client by role, in the steps and their who
    const byRole: Span[] = [...clientByRole(text, ctx.judged), ...plan.steps.flatMap((s) => s.who.filter((w) => whoNamesClient(w.text)))];
    verdicts.set('doel-eigen-woorden', doelEigenWoorden(plan, text, findings, ctx.quotes));
    verdicts.set('ik-vorm', ikVorm(ctx, byRole));
    verdicts.set('positief', positief(ctx, [...avoidanceWords(text, ctx.judged), ...burdenWords(text, ctx.judged)]));
    verdicts.set('wie-wanneer', wieWanneer(plan));
    verdicts.set('klein-concreet', kleinConcreet(plan, goal.map((g) => g.text).join(' ')));
    verdicts.set('specifiek', specifiekPlan(plan, text, ctx.quotes));
  }

  const criteria: CriterionResult[] = CRITERIA[kind].map((id) => {
    const v = verdicts.get(id)!;
    return {
      id,
      verdict: v.pass ? 'pass' : 'fail',
      message: v.message,
      spans: v.pass ? [] : uniqueSpans(v.spans).map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
      advice: id === 'specifiek' && kind === 'actieplan' ? ADVICE_SPECIFIEK_PLAN : ADVICE[id],
    };
  });
  return { kind, criteria, score: { passed: criteria.filter((c) => c.verdict === 'pass').length, total: criteria.length } };
}

function context(text: string, lines: WordingContext['lines'], findings: WordingContext['findings'], structure: Span[], judged: Span[]): WordingContext {
  // a text without any block of the form (a single field, a loose paragraph) is judged whole
  const parts = judged.length ? judged : [{ start: 0, end: text.length }];
  return { text, lines, findings, structure: sortedDisjoint(structure), quotes: quotesOf(lines), judged: parts, client: readClient(lines) };
}

function uniqueSpans(spans: ReadonlyArray<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const seen = new Set<string>();
  return [...spans]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
