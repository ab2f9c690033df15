import { type Analyzer, defaultAnalyzer } from '../analysis';
import {
  type Assessment,
  CRITERIA,
  type CriterionId,
  type CriterionResult,
  type WorksheetKind,
} from './assessment-schema';
import { doelEigenWoorden, kleinConcreet, wieWanneer } from './criteria-action-plan';
import { eigenWoorden, leefgebiedenCompleet, prioriteiten } from './criteria-inventory';
import { ikVorm, positief, quotesOf, specifiek, type Verdict, type WordingContext } from './criteria-wording';
import { readActionPlan } from './read-action-plan';
import { readInventory } from './read-inventory';
import { sortedDisjoint } from './text-lines';

/**
 * The worksheet check (kwaliteitsbeoordeling): one verdict per criterion, always all criteria of
 * the kind in the fixed order of CRITERIA. Pure: the side panel and `coach assess` both call this.
 * Each criterion's decision rule is written next to its code (criteria-*.ts).
 */

/** What to do about a criterion; shown with a fail (and available with a pass). */
const ADVICE: Record<CriterionId, string> = {
  'leefgebieden-compleet':
    'Loop alle tien leefgebieden samen met de cliënt langs, ook als er weinig over te zeggen lijkt. Schrijf per gebied wat er nu is, wat de cliënt wil en wat vroeger hielp; "n.v.t." of "-" zegt niets, een zin over wat er wél is zegt veel.',
  'ik-vorm': 'Schrijf vanuit de cliënt: "ik wil", "mijn zus helpt mij", in plaats van "cliënt wil" of "hij". Het werkblad is van de cliënt.',
  positief:
    'Schrijf wat er wél is en wat de cliënt wél wil: "ik wil in Utrecht wonen" in plaats van "ik wil niet in Amsterdam wonen". Probleemtaal ("moeite met", "lukt niet") wordt: wat lukt al, en wat wil de cliënt leren?',
  'eigen-woorden': 'Schrijf minstens één uitspraak van de cliënt letterlijk op, tussen aanhalingstekens: "Ik wil weer iets betekenen voor een ander."',
  specifiek: 'Vervang vage woorden (soms, vaak, een beetje, regelmatig) door een feit: hoe vaak, wanneer, waar, met wie.',
  prioriteiten: 'Kies samen met de cliënt drie of vier leefgebieden of wensen om eerst aan te werken, en zet ze als genummerde lijst onder Prioriteiten.',
  'doel-eigen-woorden':
    'Schrijf het doel op zoals de cliënt het zegt, in de ik-vorm of letterlijk tussen aanhalingstekens: "Ik wil weer mijn eigen boodschappen doen." Vaktaal en etiketten horen er niet in.',
  'wie-wanneer': 'Zet bij elke stap wie en wanneer (een datum of een vaste dag).',
  'klein-concreet':
    'Maak elke stap zo klein dat hij binnen een paar weken lukt en zo concreet dat je ziet wanneer hij klaar is: "Ik bel maandag 3 maart de woningcorporatie" in plaats van "werken aan mijn woonsituatie".',
};

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
    const ctx: WordingContext = { text, lines: inv.lines, findings, structure: sortedDisjoint(inv.structure), quotes: quotesOf(inv.lines) };
    verdicts.set('leefgebieden-compleet', leefgebiedenCompleet(inv));
    verdicts.set('ik-vorm', ikVorm(ctx));
    verdicts.set('positief', positief(ctx));
    verdicts.set('eigen-woorden', eigenWoorden(text, ctx.quotes));
    verdicts.set('specifiek', specifiek(ctx));
    verdicts.set('prioriteiten', prioriteiten(inv));
  } else {
    const plan = readActionPlan(text);
    const ctx: WordingContext = { text, lines: plan.lines, findings, structure: sortedDisjoint(plan.structure), quotes: quotesOf(plan.lines) };
    verdicts.set('doel-eigen-woorden', doelEigenWoorden(plan, text, findings, ctx.quotes));
    verdicts.set('ik-vorm', ikVorm(ctx));
    verdicts.set('positief', positief(ctx));
    verdicts.set('wie-wanneer', wieWanneer(plan));
    verdicts.set('klein-concreet', kleinConcreet(plan));
    verdicts.set('specifiek', specifiek(ctx));
  }

  const criteria: CriterionResult[] = CRITERIA[kind].map((id) => {
    const v = verdicts.get(id)!;
    return {
      id,
      verdict: v.pass ? 'pass' : 'fail',
      message: v.message,
      spans: v.pass ? [] : uniqueSpans(v.spans).map(({ start, end }) => ({ start, end, text: text.slice(start, end) })),
      advice: ADVICE[id],
    };
  });
  return { kind, criteria, score: { passed: criteria.filter((c) => c.verdict === 'pass').length, total: criteria.length } };
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
