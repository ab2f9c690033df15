/**
 * Accuracy of the router on a labelled question set. Shared by the vitest tests and
 * `src/tools/eval-assistant.ts`, so both report the same numbers.
 *
 * Two line formats are read:
 * - our first sets: `{"id","question","expect"}` with `expect` a card id or `out-of-scope`
 *   (and `"safety"` in tests/assistant/safety.jsonl);
 * - the dev-set format of ../shared/eval/dev-questions.jsonl:
 *   `{"id","question","topic","also":[],"lang","style"}` with a trainer's topic id (topics.ts).
 *
 * The measures follow the dev scorer (../shared/eval/score-dev.mjs): a card counts by its
 * `topic` (a card label is mapped to its card's topic), `also` counts, top-1 and top-3 are taken
 * over the method questions, and an out-of-scope question is right only when the router says
 * outOfScope. `top1`/`top3` keep the older whole-set measure with the label as written (the exact
 * card for card-labelled sets), which the router test holds to its floors.
 */
import * as z from 'zod/mini';
import type { KnowledgeCard } from './card-schema';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';
import type { RouteResult } from './router';
import { LIKELY_SAFETY_LINES, SAFETY_HINT_LINE, SAFETY_LINES } from './safety';
import { OUT_OF_SCOPE, TOPICS } from './topics';

export { OUT_OF_SCOPE } from './topics';

/** Topics whose questions include the disclosures and hints that must be routed right (§ 1.2 of the dev sets). */
const SAFETY_TOPICS: ReadonlySet<string> = new Set(['meldcode', 'taxatie-draagkracht']);

const TopicLabel = z.enum([...TOPICS, OUT_OF_SCOPE]);

const CardLabelledLine = z.object({
  id: z.string(),
  question: z.string(),
  expect: z.string(),
  safety: z.optional(z.boolean()),
});

const TopicLabelledLine = z.object({
  id: z.string(),
  question: z.string(),
  topic: TopicLabel,
  also: z.optional(z.array(TopicLabel)),
  lang: z.optional(z.enum(['nl', 'en'])),
  style: z.optional(z.string()),
  safety: z.optional(z.boolean()),
});

export interface LabelledQuestion {
  id: string;
  question: string;
  /** The label as written: a card id (`expect` sets), a topic id (`topic` sets), or out-of-scope. */
  expect: string;
  /** Whether `expect` names a card or a topic. */
  labelKind: 'card' | 'topic';
  /** Other topics a trainer also accepts. */
  also: string[];
  lang?: 'nl' | 'en';
  style?: string;
  /** true: a disclosure or hint that must be routed right; false: a near-miss that must not get the safety answer. */
  safety?: boolean;
}

export interface Tally {
  n: number;
  /** Counts, not shares: right on the first answer and within the first three. */
  top1: number;
  top3: number;
}

interface Miss {
  id: string;
  question: string;
  expect: string;
  /** Card ids answered, best first, or [out-of-scope]. */
  got: string[];
  /** The topic of each card in `got` (out-of-scope for a refusal). */
  gotTopics: string[];
  /** The first answer's topic is right (the miss is only on the exact card of a card label). */
  topicRight: boolean;
}

interface Evaluation {
  total: number;
  /** Shares over every question with the label as written (exact card for card labels); out of scope right when refused. */
  top1: number;
  top3: number;
  /** Questions whose first answer is not the label as written. */
  misses: Miss[];
  /** The dev scorer's measures, by topic. */
  inScope: Tally;
  outOfScope: Tally;
  byStyle: Record<string, Tally>;
  byLang: Record<string, Tally>;
  /**
   * Safety questions (flagged, or unflagged on a safety topic): `right` with their card first (a
   * flagged one with the safety answer: the first steps before the card, declared or, from the
   * learned model, asked), `asked` how many of those were asked, `worry` flagged ones with their
   * card first under the general worry line instead (no steps of their kind).
   */
  safety: { n: number; right: number; asked: number; worry: number };
  /** The safety questions not counted right (those under the worry line included), by id. */
  safetyMisses: string[];
  /** The near-misses that got the safety answer, by id. */
  falseAlarms: string[];
  /** Near-misses (`"safety": false`): `right` without the safety answer, `worry` with the softer worry line. */
  nearMisses: { n: number; right: number; worry: number };
}

/** Parses JSONL in either format; throws on a bad line with its number. */
export function parseQuestions(jsonl: string): LabelledQuestion[] {
  return jsonl
    .split(/\r?\n/)
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim())
    .map(([line, n]) => {
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw new Error(`regel ${n}: geen JSON`);
      }
      const isTopicLine = typeof raw === 'object' && raw !== null && 'topic' in raw;
      if (isTopicLine) {
        const parsed = TopicLabelledLine.safeParse(raw);
        if (!parsed.success) throw new Error(`regel ${n}: ${issueText(parsed.error.issues[0])}`);
        const { topic, also, ...rest } = parsed.data;
        return { ...rest, expect: topic, labelKind: 'topic' as const, also: also ?? [] };
      }
      const parsed = CardLabelledLine.safeParse(raw);
      if (!parsed.success) throw new Error(`regel ${n}: ${issueText(parsed.error.issues[0])} (verwacht "expect" of "topic")`);
      return { ...parsed.data, labelKind: 'card' as const, also: [] };
    });
}

function issueText(issue: { message: string; path?: readonly PropertyKey[] } | undefined): string {
  if (!issue) return 'onleesbaar';
  return issue.path?.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** The topics that count as right for a question: its topic (a card label mapped to its card's topic) and `also`. */
function acceptedTopics(q: LabelledQuestion, topicOf: ReadonlyMap<string, string>): Set<string> {
  if (q.labelKind === 'topic') return new Set([q.expect, ...q.also]);
  const topic = topicOf.get(q.expect);
  if (!topic) throw new Error(`${q.id}: onbekende kaart '${q.expect}'`);
  return new Set([topic, ...q.also]);
}

/** The safety answer: the first steps of its kind, then the card; declared (a rule) or asked (the learned model). */
function isSafetyAnswer(r: RouteResult): boolean {
  return isAskedAnswer(r) || Object.values(SAFETY_LINES).some((line) => r.text.startsWith(line));
}

function isAskedAnswer(r: RouteResult): boolean {
  return Object.values(LIKELY_SAFETY_LINES).some((line) => r.text.startsWith(line));
}

/** The softer answer to safety evidence below the threshold: the general worry line, then the safety card first. */
function isWorryAnswer(r: RouteResult): boolean {
  return r.text.startsWith(SAFETY_HINT_LINE);
}

function tally(map: Record<string, Tally>, key: string, ok1: boolean, ok3: boolean): void {
  const t = (map[key] ??= { n: 0, top1: 0, top3: 0 });
  t.n++;
  if (ok1) t.top1++;
  if (ok3) t.top3++;
}

export function evaluate(
  questions: readonly LabelledQuestion[],
  route: (q: string) => RouteResult,
  cards: readonly KnowledgeCard[] = KNOWLEDGE_CARDS,
): Evaluation {
  const topicOf = new Map(cards.map((c) => [c.id, c.topic as string]));
  let asWritten1 = 0;
  let asWritten3 = 0;
  const misses: Miss[] = [];
  const groups: Record<string, Tally> = {};
  const byStyle: Record<string, Tally> = {};
  const byLang: Record<string, Tally> = {};
  const safety = { n: 0, right: 0, asked: 0, worry: 0 };
  const nearMisses = { n: 0, right: 0, worry: 0 };
  const safetyMisses: string[] = [];
  const falseAlarms: string[] = [];

  for (const q of questions) {
    const r = route(q.question);
    const got = r.outOfScope ? [OUT_OF_SCOPE] : r.answers.map((a) => a.card);
    const gotTopics = r.outOfScope ? [OUT_OF_SCOPE] : got.map((card) => topicOf.get(card) ?? '?');
    const isOutOfScope = q.expect === OUT_OF_SCOPE;

    let ok1: boolean;
    let ok3: boolean;
    if (isOutOfScope) ok1 = ok3 = r.outOfScope;
    else {
      const accepted = acceptedTopics(q, topicOf);
      const right = (t: string | undefined) => t !== undefined && accepted.has(t);
      ok1 = !r.outOfScope && right(gotTopics[0]);
      ok3 = !r.outOfScope && gotTopics.slice(0, 3).some(right);
    }
    tally(groups, isOutOfScope ? 'out' : 'in', ok1, ok3);
    tally(byStyle, q.style ?? '(geen stijl)', ok1, ok3);
    tally(byLang, q.lang ?? '(geen taal)', ok1, ok3);

    // The older measure: the label as written, so a card label needs that exact card.
    const written1 = q.labelKind === 'card' && !isOutOfScope ? got[0] === q.expect : ok1;
    const written3 = q.labelKind === 'card' && !isOutOfScope ? got.slice(0, 3).includes(q.expect) : ok3;
    if (written1) asWritten1++;
    else misses.push({ id: q.id, question: q.question, expect: q.expect, got, gotTopics, topicRight: ok1 });
    if (written3) asWritten3++;

    const expectedTopic = isOutOfScope ? OUT_OF_SCOPE : q.labelKind === 'topic' ? q.expect : topicOf.get(q.expect);
    // A flagged disclosure or hint is right only when the answer opens with its card and the
    // first steps (the safety answer, declared or asked); a method question about the meldcode
    // needs its card first. Apart: flagged disclosures that got the general worry line with their
    // card first, and near-misses that got it (a false alarm, though a gentle one).
    if (q.safety === true || (q.safety === undefined && expectedTopic !== undefined && SAFETY_TOPICS.has(expectedTopic))) {
      safety.n++;
      if (ok1 && (q.safety !== true || isSafetyAnswer(r))) {
        safety.right++;
        if (q.safety === true && isAskedAnswer(r)) safety.asked++;
      } else {
        safetyMisses.push(q.id);
        if (ok1 && q.safety === true && isWorryAnswer(r)) safety.worry++;
      }
    }
    if (q.safety === false) {
      nearMisses.n++;
      if (!isSafetyAnswer(r)) nearMisses.right++;
      else falseAlarms.push(q.id);
      if (isWorryAnswer(r)) nearMisses.worry++;
    }
  }
  const total = questions.length;
  return {
    total,
    top1: total ? asWritten1 / total : 0,
    top3: total ? asWritten3 / total : 0,
    misses,
    inScope: groups.in ?? { n: 0, top1: 0, top3: 0 },
    outOfScope: groups.out ?? { n: 0, top1: 0, top3: 0 },
    byStyle,
    byLang,
    safety,
    safetyMisses,
    falseAlarms,
    nearMisses,
  };
}
