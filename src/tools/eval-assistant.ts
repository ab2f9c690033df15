/**
 * Prints the assistant router's accuracy per labelled question set, by the dev scorer's rules
 * (src/assistant/evaluate.ts): top-1 and top-3 over the method questions, out-of-scope accuracy,
 * both by style and by language, the safety questions, the misses, and the time per question:
 *   node src/tools/run.mjs src/tools/eval-assistant.ts [BESTAND.jsonl …]
 *   npm run eval:assistant        (= --all)
 * Without arguments: tests/assistant/questions.jsonl. With --all: the dev set
 * ../shared/eval/dev-questions.jsonl (skipped with a line when it is absent), then every *.jsonl
 * in tests/assistant and in its subfolders (see tests/assistant/README.md).
 *
 * The router's topic model learns from our own sets (src/assistant/example-pool.ts). A set that
 * trained it is scored by a router trained on all the other sets (leave one set out: a folder
 * such as set-f, or a file directly in tests/assistant), so that no figure here is a score on
 * the set's own examples. The held-out sets and the dev set never train it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluate, type LabelledQuestion, OUT_OF_SCOPE, parseQuestions, type Tally } from '../assistant/evaluate';
import { examplesFrom, isHeldOut } from '../assistant/example-pool';
import { KNOWLEDGE_CARDS } from '../assistant/knowledge-cards.generated';
import { createRouter } from '../assistant/router';
import { projectRoot } from './project-root';
import { ownQuestionSets, readQuestionSets } from './question-sets';

const root = projectRoot();
const args = process.argv.slice(2);
const dir = resolve(root, 'tests/assistant');
const devSet = resolve(root, '../shared/eval/dev-questions.jsonl');

const fileArgs = args.filter((a) => !a.startsWith('--'));
const all = args.includes('--all');
const files: string[] = [];
if (all) {
  if (existsSync(devSet)) files.push(devSet);
  else console.log(`dev set ${relative(root, devSet)} ontbreekt: overgeslagen`);
  files.push(...ownQuestionSets(dir));
} else if (fileArgs.length) files.push(...fileArgs.map((f) => resolve(root, f)));
else files.push(resolve(dir, 'questions.jsonl'));

let t = performance.now();
const router = createRouter();
const buildMs = performance.now() - t;
const topicOf = new Map(router.cards.map((c) => [c.id, c.topic as string]));

/** The group a set trains in: its folder under tests/assistant, or the file itself at the top. */
const setGroup = (file: string) => (dirname(file) === dir ? file : dirname(file));
const pool = readQuestionSets(root);
const crossRouters = new Map<string, ReturnType<typeof createRouter>>();
/** The router that scores a file: trained without it when it is one of the sets the model learns from. */
function routerFor(file: string) {
  if (file === devSet || isHeldOut(relative(root, file)) || !file.startsWith(dir)) return router;
  const group = setGroup(file);
  let r = crossRouters.get(group);
  if (!r) {
    const others = pool.filter((s) => setGroup(resolve(root, s.path)) !== group);
    crossRouters.set(group, (r = createRouter(KNOWLEDGE_CARDS, undefined, examplesFrom(others, KNOWLEDGE_CARDS))));
  }
  return r;
}

const share = (right: number, n: number) => (n ? (right / n).toFixed(3) : '-');
const tallyLine = (label: string, g: Tally) =>
  `  ${label.padEnd(26)} n ${String(g.n).padStart(3)}  top-1 ${share(g.top1, g.n)}  top-3 ${share(g.top3, g.n)}`;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const everyQuestion: LabelledQuestion[] = [];
/** Safety questions routed right, on the dev set and on our own sets. */
const safetyDev = { n: 0, right: 0 };
const safetyOwn = { n: 0, right: 0 };
const nearMissTotal = { n: 0, right: 0 };
const ownQuestions: LabelledQuestion[] = [];
/** Which router scored each own question (by its text), for the figures over all own sets. */
const ownRoute = new Map<string, (question: string) => ReturnType<typeof router.route>>();

for (const file of files) {
  const questions = parseQuestions(readFileSync(file, 'utf8'));
  everyQuestion.push(...questions);
  const scorer = routerFor(file);
  if (file !== devSet) {
    ownQuestions.push(...questions);
    for (const q of questions) ownRoute.set(q.question, scorer.route);
  }
  const r = evaluate(questions, scorer.route, router.cards);
  const { inScope: i, outOfScope: o } = r;
  const trained = scorer === router ? '' : ' (model zonder deze set getraind)';
  console.log(`\n== ${relative(root, file)}: ${questions.length} vragen${trained}`);
  console.log(
    `  method top-1 ${share(i.top1, i.n)} (${i.top1}/${i.n})  top-3 ${share(i.top3, i.n)} (${i.top3}/${i.n})   ` +
      `out of scope ${share(o.top1, o.n)} (${o.top1}/${o.n})`,
  );
  if (questions.some((q) => q.labelKind === 'card')) {
    console.log(`  exact card (label as written, all questions): top-1 ${r.top1.toFixed(3)}  top-3 ${r.top3.toFixed(3)}`);
  }
  for (const [style, g] of Object.entries(r.byStyle)) if (style !== '(geen stijl)') console.log(tallyLine(`style ${style}`, g));
  for (const [lang, g] of Object.entries(r.byLang)) if (lang !== '(geen taal)') console.log(tallyLine(`lang ${lang}`, g));
  if (r.safety.n) {
    const asked = r.safety.asked ? `, ${r.safety.asked} of them asked` : '';
    const worry = r.safety.worry ? `; ${r.safety.worry} more with their card first under the general worry line` : '';
    console.log(`  safety questions routed right ${r.safety.right}/${r.safety.n}${asked}${worry}`);
  }
  if (r.safetyMisses.length) console.log(`  safety questions not routed right: ${r.safetyMisses.join(' ')}`);
  if (r.nearMisses.n) console.log(`  near-misses without the safety answer ${r.nearMisses.right}/${r.nearMisses.n}${r.nearMisses.worry ? ` (${r.nearMisses.worry} got the worry line)` : ''}`);
  if (r.falseAlarms.length) console.log(`  near-misses given the safety answer: ${r.falseAlarms.join(' ')}`);
  const safetyGroup = file === devSet ? safetyDev : safetyOwn;
  safetyGroup.n += r.safety.n;
  safetyGroup.right += r.safety.right;
  nearMissTotal.n += r.nearMisses.n;
  nearMissTotal.right += r.nearMisses.right;

  const wrongTopic = r.misses.filter((m) => !m.topicRight);
  const cardOnly = r.misses.length - wrongTopic.length;
  console.log(`  misses (${wrongTopic.length})${cardOnly ? `, and ${cardOnly} on the right topic but another card` : ''}:`);
  for (const m of wrongTopic) {
    const got = m.got[0] === OUT_OF_SCOPE ? OUT_OF_SCOPE : m.got.map((c, k) => `${c}(${m.gotTopics[k]})`).join(' ');
    const expected = topicOf.has(m.expect) && topicOf.get(m.expect) !== m.expect ? `${m.expect}→${topicOf.get(m.expect)}` : m.expect;
    console.log(`    ${m.id} [${expected}] ${clip(m.question, 80)} -> ${got}`);
  }
}

if (files.length > 1 && ownQuestions.length) {
  const own = evaluate(ownQuestions, (question) => (ownRoute.get(question) ?? router.route)(question), router.cards);
  console.log(
    `\nown sets together: ${ownQuestions.length} vragen   method top-1 ${share(own.inScope.top1, own.inScope.n)}  ` +
      `top-3 ${share(own.inScope.top3, own.inScope.n)}   out of scope ${share(own.outOfScope.top1, own.outOfScope.n)} (${own.outOfScope.top1}/${own.outOfScope.n})`,
  );
}
const safeRight = safetyDev.right + safetyOwn.right;
const safeN = safetyDev.n + safetyOwn.n;
console.log(
  `every safety question routed right: ${safeRight === safeN ? 'yes' : 'no'} (${safeRight}/${safeN}; ` +
    `dev ${safetyDev.right}/${safetyDev.n}, own sets ${safetyOwn.right}/${safetyOwn.n})`,
);
if (nearMissTotal.n) console.log(`near-misses without the safety answer: ${nearMissTotal.right}/${nearMissTotal.n}`);

// Timing: every question ten times, after the warm-up above (the coach engine that reads quoted
// sentences compiles its rules on first use). Wall time per call, and CPU time on average.
const times: number[] = [];
const cpu = process.cpuUsage();
for (let round = 0; round < 10; round++) {
  for (const q of everyQuestion) {
    t = performance.now();
    router.route(q.question);
    times.push(performance.now() - t);
  }
}
const cpuMs = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)) / Math.max(1, times.length);
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(
  `route(): mediaan ${pct(0.5).toFixed(3)} ms, p95 ${pct(0.95).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, CPU gemiddeld ${cpuMs.toFixed(3)} ms (${times.length} keer; router bouwen ${buildMs.toFixed(0)} ms)`,
);
