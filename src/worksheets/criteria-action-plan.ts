import type { Finding } from '../analysis';
import { hasFirstPerson, listed, type Verdict } from './criteria-wording';
import type { ActionPlan, Step } from './read-action-plan';
import { stepSize } from './step-size';
import { unobservable } from './step-observability';
import { systemLanguageInGoal } from './system-language';
import { hasContent, isFilled, overlaps, type Span, stripPrompts, type TextSpan, withoutQuotes, wordCount } from './text-lines';
import { namesActor, readWhen } from './time-and-actor';

/** What a step says it does: its Wat, or its Hoe when Wat is empty (the method's form). */
export function actionOf(step: Step): TextSpan[] {
  const what = step.what.filter((s) => hasContent(s.text));
  return what.length ? what : step.how.filter((s) => hasContent(s.text));
}

const filledOf = new WeakMap<ActionPlan, Step[]>();

/** Steps with something filled in; a step of only placeholders is a leftover of the template. */
export function filledSteps(plan: ActionPlan): Step[] {
  let steps = filledOf.get(plan);
  if (!steps) filledOf.set(plan, (steps = plan.steps.filter((s) => actionOf(s).length > 0)));
  return steps;
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
  const system = systemLanguageInGoal(text, filled).filter((s) => !overlaps(quotes, s.start, s.end));
  const jargon = [...inGoal.filter((f) => f.category === 'jargon' || f.category === 'label'), ...system].sort((a, b) => a.start - b.start);
  if (jargon.length) {
    return {
      pass: false,
      message: `Het doel staat in hulpverlenerstaal, ook al is het in de ik-vorm: ${listed(jargon.map((f) => text.slice(f.start, f.end)))}. Zo zegt de cliënt het niet.`,
      spans: jargon,
    };
  }
  if (quotes.length) return { pass: true, message: 'Het doel staat er in de letterlijke woorden van de cliënt.', spans: [] };
  const third = inGoal.filter((f) => f.category === 'not-first-person');
  if (third.length) {
    return { pass: false, message: `Het doel gaat over de cliënt (${listed(third.map((f) => f.text))}) in plaats van in de ik-vorm.`, spans: filled };
  }
  if (!hasFirstPerson(joined(filled))) {
    const said = joined(filled).trim();
    const shown = said.length > 60 ? `${said.slice(0, 57).trimEnd()}…` : said;
    return { pass: false, message: `Het doel ("${shown}") staat niet in de ik-vorm en niet tussen aanhalingstekens.`, spans: filled };
  }
  return { pass: true, message: 'Het doel staat in de ik-vorm, in de woorden van de cliënt.', spans: [] };
}

/**
 * WIE-WANNEER. Every filled-in step needs its own wie and its own wanneer. Wie: a filled "Wie:"
 * (field, table column or "(wie: …)"), or an actor in the step itself (ik, we, samen, mijn
 * begeleider, "Sanne belt …"). Wanneer: a date, a named day, a week number or a concrete recurring
 * moment (time-and-actor.ts) in the "Wanneer:" / "Datum:" field, or in the step itself. A vague
 * wanneer is named ("z.s.m.", "in overleg", "2025"). One "Wie en wanneer:" line for all steps
 * fails too: each step gets its own. Fails naming each step, spans on the steps and the whens.
 */
export function wieWanneer(plan: ActionPlan): Verdict {
  if (plan.shared.length && filledSteps(plan).length > 1) {
    const said = plan.shared.map((s) => s.text.trim()).join(' ');
    const { vague } = readWhen(said);
    return {
      pass: false,
      message: `${plan.shared.length === 1 ? 'Eén regel' : 'Eén wie en één wanneer'} voor alle stappen (${plan.shared.map((s) => `"${s.text.trim()}"`).join(', ')})${vague ? `, met een vaag moment ("${vague}")` : ''}: elke stap heeft een eigen wie en wanneer nodig.`,
      spans: plan.shared,
    };
  }
  return judgeSteps(
    plan,
    (step) => {
      const action = actionOf(step);
      const who = step.who.filter((s) => isFilled(s.text));
      const when = step.when.filter((s) => isFilled(s.text));
      const hasWho = who.length > 0 || namesActor(joined(action));
      const whenText = joined(when);
      const read = readWhen(when.length ? whenText : joined(action));
      if (hasWho && read.concrete) return null;
      const noWho = hasWho ? '' : ', en er staat geen wie bij';
      if (!read.concrete && read.vague) {
        return { problem: `Stap ${step.n}: "${read.vague}" is een vaag moment, geen datum of vaste dag${noWho}.`, spans: when.length ? when : action };
      }
      if (!read.concrete && when.length) return { problem: `Stap ${step.n}: "${whenText.trim()}" is geen datum of vaste dag${noWho}.`, spans: [...when, ...action] };
      if (!hasWho && !read.concrete) return { problem: `Stap ${step.n} heeft geen wie en geen wanneer.`, spans: action };
      return { problem: `Stap ${step.n} heeft geen ${hasWho ? 'wanneer' : 'wie'}.`, spans: action };
    },
    (n) => `${allSteps(n, 'heeft', 'hebben')} een eigen wie en een concreet wanneer.`,
  );
}

/**
 * KLEIN-CONCREET, on size only: each filled-in step is one action that can be done in one go or
 * started within about two weeks (step-size.ts). Fails on an outcome ("een woning regelen", "een
 * bijbaan vinden", "twee nieuwe vrienden maken"), a step that says the goal again, or several
 * actions in one. Whether a step can be checked afterwards is SPECIFIEK, not this.
 */
export function kleinConcreet(plan: ActionPlan, goalText: string): Verdict {
  return judgeSteps(
    plan,
    (step) => {
      const action = actionOf(step);
      const said = stripPrompts(joined(action)).trim();
      const size = stepSize(said, goalText);
      if (!size) return null;
      const problem =
        size.kind === 'outcome'
          ? `Stap ${step.n} is een groot resultaat, geen stap ("${size.words}"): wat is de eerste handeling daarheen?`
          : size.kind === 'goal'
            ? `Stap ${step.n} herhaalt het doel ("${size.words}"): wat doe je als eerste?`
            : `Stap ${step.n} bevat meerdere handelingen achter elkaar (${wordCount(said)} woorden): maak er aparte stappen van.`;
      return { problem, spans: action };
    },
    (n) => `${allSteps(n, 'is', 'zijn')} één handeling die binnen een paar weken kan.`,
  );
}

/**
 * SPECIFIEK, on observability only: for each filled-in step one can say afterwards, yes or no,
 * whether it happened (step-observability.ts). Fails on "werken aan", "wat vaker", "een beetje
 * meer", "zelfstandiger worden", "betere dagstructuur", a vague frequency or a one-word step.
 * Quotations in a step are the client's words and are not judged. The goal is not judged here.
 */
export function specifiekPlan(plan: ActionPlan, text: string, quotes: readonly Span[]): Verdict {
  return judgeSteps(
    plan,
    (step) => {
      // a "Stap" block with both Wat and Hoe is read whole: "Wat: Zaalvoetbal." is a title when
      // the Hoe says what happens, and a vague Hoe ("Ik blow wat minder") makes the step vague
      const action = actionOf(step);
      const how = action === step.how || !step.what.length ? [] : step.how.filter((h) => hasContent(h.text));
      const parts = [action, how].filter((p) => p.length).map((p) => stripPrompts(p.map((a) => withoutQuotes(text, a, quotes)).join(' ')));
      const findings = parts.map(unobservable);
      const found = findings.find((f) => f && (f.why !== 'one-word' || parts.length === 1)) ?? null;
      if (!found) return null;
      const problem =
        found.why === 'one-word'
          ? `Stap ${step.n} is één woord ("${found.words}"): wat precies, met wie of waar?`
          : `Stap ${step.n} is achteraf niet met ja of nee te toetsen ("${found.words}").`;
      return { problem, spans: [...action, ...how] };
    },
    (n) => `Van ${n === 1 ? 'de stap' : n === 2 ? 'beide stappen' : `alle ${n} stappen`} is achteraf te zeggen of ${n === 1 ? 'hij' : 'ze'} gebeurd ${n === 1 ? 'is' : 'zijn'}.`,
  );
}
