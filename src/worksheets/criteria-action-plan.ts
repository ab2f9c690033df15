import type { Finding } from '../analysis';
import { hasFirstPerson, listed, type Verdict } from './criteria-wording';
import type { ActionPlan, Step } from './read-action-plan';
import { hasContent, isFilled, overlaps, type Span, stripPrompts, type TextSpan, wordCount } from './text-lines';
import { isConcreteWhen, namesActor } from './time-and-actor';

/** What a step says it does: its Wat, or its Hoe when Wat is empty (the method's form). */
function actionOf(step: Step): TextSpan[] {
  const what = step.what.filter((s) => hasContent(s.text));
  return what.length ? what : step.how.filter((s) => hasContent(s.text));
}

/** Steps with something filled in; a step of only placeholders is a leftover of the template. */
function filledSteps(plan: ActionPlan): Step[] {
  return plan.steps.filter((s) => actionOf(s).length > 0);
}

/** "De stap heeft", "Beide stappen hebben", "Alle 4 stappen hebben". */
function allSteps(n: number, one: string, more: string): string {
  if (n === 1) return `De stap ${one}`;
  return `${n === 2 ? 'Beide' : `Alle ${n}`} stappen ${more}`;
}

const joined = (spans: readonly TextSpan[]) => spans.map((s) => s.text).join(' ');

/**
 * The shape of the per-step criteria: each filled-in step is judged on its own; a problem is a
 * sentence naming the step and the spans it is about. No filled-in steps fails too.
 */
function judgeSteps(plan: ActionPlan, judge: (step: Step) => { problem: string; spans: Span[] } | null, passed: (n: number) => string): Verdict {
  const steps = filledSteps(plan);
  if (!steps.length) return { pass: false, message: 'Geen ingevulde stappen gevonden.', spans: [] };
  const problems: string[] = [];
  const spans: Span[] = [];
  for (const step of steps) {
    const found = judge(step);
    if (!found) continue;
    problems.push(found.problem);
    spans.push(...found.spans);
  }
  if (!problems.length) return { pass: true, message: passed(steps.length), spans: [] };
  return { pass: false, message: problems.join(' '), spans: spans.sort((a, b) => a.start - b.start) };
}

/**
 * DOEL-EIGEN-WOORDEN. The long-term goal (under Doel / Mijn doel / Hersteldoel / Wat wil ik
 * bereiken, or "Doel: …", or "Wat?" on the method's form) must be filled in and be the client's
 * voice: quoted (a quotation of two words or more: the client's literal words), or written in
 * the ik-vorm (ik, mijn, we …) without third person, jargon or labels in it (engine categories
 * not-first-person, jargon, label). Fails naming what is missing, or with spans on the goal.
 */
export function doelEigenWoorden(plan: ActionPlan, text: string, findings: readonly Finding[], allQuotes: readonly Span[]): Verdict {
  if (!plan.goal) return { pass: false, message: 'Geen doel gevonden: zet het doel onder een kopje "Mijn doel".', spans: [] };
  const filled = plan.goal.text.filter((s) => hasContent(s.text));
  if (!filled.length) return { pass: false, message: 'Het doel is nog leeg.', spans: [plan.goal.heading] };
  const quotes = allQuotes.filter(
    (q) => overlaps(filled, q.start, q.end) && wordCount(stripPrompts(text.slice(q.start, q.end))) >= 2,
  );
  const inGoal = findings.filter((f) => overlaps(filled, f.start, f.end) && !overlaps(quotes, f.start, f.end));
  const jargon = inGoal.filter((f) => f.category === 'jargon' || f.category === 'label');
  if (jargon.length) {
    return { pass: false, message: `Het doel bevat vaktaal of een etiket: ${listed(jargon.map((f) => f.text))}.`, spans: jargon };
  }
  if (quotes.length) return { pass: true, message: 'Het doel staat er in de letterlijke woorden van de cliënt.', spans: [] };
  const third = inGoal.filter((f) => f.category === 'not-first-person');
  if (third.length) {
    return { pass: false, message: `Het doel gaat over de cliënt (${listed(third.map((f) => f.text))}) in plaats van in de ik-vorm.`, spans: filled };
  }
  if (!hasFirstPerson(joined(filled))) {
    return { pass: false, message: 'Het doel staat niet in de ik-vorm en niet tussen aanhalingstekens.', spans: filled };
  }
  return { pass: true, message: 'Het doel staat in de ik-vorm, in de woorden van de cliënt.', spans: [] };
}

/**
 * WIE-WANNEER. Every filled-in step needs a wie and a wanneer. Wie: a filled "Wie:" (field,
 * table column or "(wie: …)"), or an actor in the step itself (ik, we, samen, mijn begeleider,
 * "Sanne belt …"). Wanneer: a calendar date or a fixed day (see time-and-actor.ts) in the
 * "Wanneer:" / "Datum:" field, or in the step itself. A "Wanneer:" that says "binnenkort" is
 * named as such. Fails naming each step ("Stap 2 heeft geen wanneer."), spans on the steps.
 */
export function wieWanneer(plan: ActionPlan): Verdict {
  return judgeSteps(
    plan,
    (step) => {
      const action = actionOf(step);
      const who = step.who.filter((s) => isFilled(s.text));
      const when = step.when.filter((s) => isFilled(s.text));
      const hasWho = who.length > 0 || namesActor(joined(action));
      const whenText = joined(when);
      const hasWhen = when.length ? isConcreteWhen(whenText) : isConcreteWhen(joined(action));
      if (hasWho && hasWhen) return null;
      if (!hasWhen && when.length) {
        return { problem: `Stap ${step.n}: "${whenText.trim()}" is geen datum of vaste dag${hasWho ? '' : ', en er staat geen wie bij'}.`, spans: [...when, ...action] };
      }
      if (!hasWho && !hasWhen) return { problem: `Stap ${step.n} heeft geen wie en geen wanneer.`, spans: action };
      return { problem: `Stap ${step.n} heeft geen ${hasWho ? 'wanneer' : 'wie'}.`, spans: action };
    },
    (n) => `${allSteps(n, 'heeft', 'hebben')} een wie en een wanneer.`,
  );
}

/** Words that make a step a direction rather than an action ("werken aan", "op orde"). */
const ABSTRACT =
  /(?<![\p{L}])(?:werken aan|werk aan|bezig (?:zijn|gaan|blijven) met|aan de slag(?: gaan)? met|aandacht (?:besteden|geven) aan|proberen|probeer|probeert|verbeteren|verbeter|stabiliseren|stabiel\p{L}*|op orde|in orde|grip (?:krijgen|houden|op)|inzicht (?:krijgen|in)|leren omgaan met|ervoor zorgen|zorgen dat|in balans|structuur|beter (?:worden|gaan|maken)|zelfredzaam\p{L}*|zelfstandiger|motivatie|gemotiveerd|opbouwen|uitbreiden|vergroten|versterken|verminderen|nadenken over|oppakken|in kaart brengen|bespreekbaar maken|stappen zetten|meer rust|minder stress|verder komen|vooruitgang)(?![\p{L}])/iu;
/** A purpose clause says why, not what: "… om te ontspannen", "… voor meer rust". */
const PURPOSE = /\s(?:om|zodat|want|omdat|waardoor)\s.*$|\svoor (?:meer|minder|een betere?|betere?|rust|structuur|balans)\b.*$/isu;
const MAX_WORDS = 25;

/**
 * KLEIN-CONCREET. Each filled-in step must be one small, visible action. A step fails when
 * - its main part (without a purpose clause such as "om …", "zodat …") is a direction instead of
 *   an action: werken aan, proberen, verbeteren, op orde, structuur, opbouwen, … (ABSTRACT);
 * - it is longer than 25 words (several actions in one: split it);
 * - it is a single word ("Bellen": what, with whom?).
 * Fails naming each step, spans on the steps; no filled-in steps fails too.
 */
export function kleinConcreet(plan: ActionPlan): Verdict {
  return judgeSteps(
    plan,
    (step) => {
      const action = actionOf(step);
      const said = stripPrompts(joined(action)).trim();
      const words = wordCount(said);
      const abstract = ABSTRACT.exec(said.replace(PURPOSE, ''));
      const problem = abstract
        ? `Stap ${step.n} is abstract ("${abstract[0].toLowerCase()}"): wat doe je precies, en waar?`
        : words > MAX_WORDS
          ? `Stap ${step.n} is groot (${words} woorden): splits hem in kleinere stappen.`
          : words < 2
            ? `Stap ${step.n} is te kort ("${said}"): wat precies, met wie of waar?`
            : null;
      return problem ? { problem, spans: action } : null;
    },
    (n) => `${allSteps(n, 'is', 'zijn')} klein en concreet.`,
  );
}
