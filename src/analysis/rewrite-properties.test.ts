/**
 * Properties of every rule's one-click replacements, applied in realistic sentences (issue 12):
 * a replacement is finished text that goes into the client file, so after the click the
 * sentence must still be Dutch as the worker wrote it, only better.
 *
 * The sentences: every rule's own `examples.bad`, and the sentences of our rewrite set
 * (tests/rewrites/*.jsonl, read at test time), each also placed where a finding lands in real
 * reports: at the start of a sentence, fronted by a time ("Vandaag weigert meneer …"), after a
 * name ("Jolanda weigert …") and in a clause after a conjunction ("…, omdat meneer weigert …";
 * the word order stays as written, which none of the checks depend on). fast-check picks the
 * name, the time and the clause per sentence, with a fixed seed so that a failure comes back.
 *
 * For each finding in each sentence, each replacement is applied and checked:
 * - no doubled or clashing articles ("een een", "een iemand", "het de", "het familie") that the
 *   sentence did not have;
 * - a capital at the start of a sentence and nowhere else, unless the replacement starts with an
 *   acronym or the original match was a name;
 * - the words outside the span unchanged, no word doubled at the seams ("hij hij"), no double
 *   spaces and no space before punctuation introduced;
 * - in a simple main clause with exactly one finite verb of a list of common ones, still exactly one.
 *
 * One test per rule, named by its id; a failure lists the sentences and what the click made of them.
 * KC_REWRITE_DUMP=file.tsv writes every applied replacement (rule, placement, before, after), to read.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from './analyzer';
import { applySuggestion, replacementsOf, startsSentence } from './rewrite';
import { builtInRules } from './rules';
import { sentences } from './segment';
import type { Mode } from './types';

const analyzer = createAnalyzer(builtInRules);

// ----- the checks (and tests of the checks themselves, below) -----

const ci = (source: string) => new RegExp(`(?<![\\p{L}'’])(?:${source})(?![\\p{L}])`, 'giu');
/**
 * "het" is an article only after a preposition or at the start of a clause: after a verb it is a
 * pronoun, and "is het de bedoeling", "is het familie van je?" are good Dutch.
 */
const HET = "(?:(?<=^|[.!?:;]\\s+)|(?<=(?<![\\p{L}])(?:in|op|met|van|aan|bij|voor|door|naar|over|uit|om|tot|onder|tegen|na|zonder)\\s+))het";
/** Article pairs and article + pronoun that no Dutch sentence has. "de een" / "het een" (en ander) are fine. */
const CLASHES: ReadonlyArray<readonly [string, RegExp]> = [
  ['doubled article', ci(`een\\s+een|de\\s+de|${HET}\\s+het`)],
  ['clashing articles', ci(`(?:een|'n)\\s+(?:de|het)|de\\s+het|${HET}\\s+de`)],
  ['article before a pronoun', ci(`(?:een|de|${HET})\\s+(?:iemand|niemand|iets|niets|ik|hij|zij|mij|hem)`)],
  ['een before a plural', ci('een\\s+(?:mensen|personen|jongeren|ouderen|kinderen|cliënten|bewoners)')],
  // Gender: the words our replacements tend to bring in, with the wrong article.
  ['het before a de-word', ci(`${HET}\\s+(?:familie|persoon|mensen|hulp|zorg|begeleiding|ondersteuning|afspraak|behandelaar|moeite|situatie|omgeving|naasten|verslaving|ziekte|aandoening|periode|groep)`)],
  ['de before a het-word', ci('de\\s+(?:overleg|gesprek|team|netwerk|plan|gebruik|gedrag|contact|huis|werk|geld|leven|gevoel|middel|advies)')],
];
const ACRONYM = /^\p{Lu}{2,}(?![\p{Ll}])/u;
const FINITE = ci(
  // third person and, for the ik-vorm rules, first person
  'woon|drink|weiger|zeg|vind|zie|sta|lijk|blijf|krijg|' +
  'is|ben|bent|was|heeft|heb|hebt|had|wordt|word|werd|gaat|ga|ging|komt|kom|kwam|doet|doe|deed|moet|moest|kan|kon|kunt|wil|wilt|wilde|zal|zult|zou|mag|mocht|blijft|bleef|krijgt|kreeg|staat|stond|zit|zat|ligt|lag|zegt|zei|vindt|vond|ziet|zag|lijkt|leek|weet|wist|weigert|weigerde|gebruikt|gebruikte|drinkt|dronk|werkt|werkte|woont|woonde',
);
/**
 * A word shaped like a finite verb: -t, -dt, -de, -te (minus the common words that end so), or
 * the word next to "ik" ("ik werk", "werk ik") that the ik-vorm rules bring in.
 */
const VERB_LIKE =
  /(?<![\p{L}])(?:(?!(?:niet|met|het|dat|wat|tot|uit|echt|net|vast|best|recht|licht|soms|ooit|toch|zelfs|eerst|laatst|meest|straat|tijd|heid|gezondheid|afstand|hulp)(?![\p{L}]))\p{Ll}{2,}(?:t|de|te)|(?<=(?<![\p{L}])[Ii]k\s+)\p{Ll}{2,}|\p{Ll}{2,}(?=\s+ik(?![\p{L}])))(?![\p{L}])/gu;
/** Words that make a clause not simple: coordination, subordination, relative clauses. */
const NOT_SIMPLE = ci('en|maar|want|of|omdat|dat|die|dan|als|wanneer|toen|terwijl|zodat|nadat|doordat|voordat|totdat|waardoor|waar|wat|wie|hoe|zodra|tenzij');
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** Doubled words that Dutch allows ("dat dat lukt", "die die dag"). */
const MAY_DOUBLE = new Set(['dat', 'die', 'had', 'was', 'is']);

const countOf = (re: RegExp, text: string) => text.match(re)?.length ?? 0;

function doubledWords(text: string): number {
  const words = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  let n = 0;
  for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1] && !MAY_DOUBLE.has(words[i]!)) n++;
  return n;
}

function simpleMainClause(text: string): boolean {
  return sentences(text).length === 1 && !/[,;:"„“”‘’()]/.test(text) && countOf(NOT_SIMPLE, text) === 0;
}

/** What is wrong with `after`, the text once `replacement` replaced [start, end) of `before`. */
function problemsOf(before: string, start: number, end: number, replacement: string, mainClause: boolean): string[] {
  const after = before.slice(0, start) + replacement + before.slice(end);
  const matched = before.slice(start, end);
  const out: string[] = [];
  for (const [what, re] of CLASHES) if (countOf(re, after) > countOf(re, before)) out.push(what);
  const atStart = startsSentence(before, start);
  const first = replacement.match(/\p{L}/u)?.[0];
  if (first && replacement.search(/\p{L}/u) === 0) {
    const capital = first !== first.toLowerCase();
    if (!atStart && capital && !ACRONYM.test(replacement) && !/^\p{Lu}\p{Ll}/u.test(matched)) out.push('capital mid-sentence');
    if (atStart && !capital) out.push('small letter at the start of a sentence');
  }
  if (!after.startsWith(before.slice(0, start)) || !after.endsWith(before.slice(end))) out.push('words outside the span changed');
  if (doubledWords(after) > doubledWords(before)) out.push('word doubled at a seam');
  if (countOf(/ {2,}/g, after) > countOf(/ {2,}/g, before)) out.push('double space');
  if (countOf(/\s[,.;:!?]/g, after) > countOf(/\s[,.;:!?]/g, before)) out.push('space before punctuation');
  if (/^\s|\s$/.test(replacement) && !/^\s|\s$/.test(matched)) out.push('white space at the edge of the replacement');
  if (mainClause && simpleMainClause(before) && countOf(FINITE, before) === 1) {
    // A clause the replacement brings along ("iemand die drugs gebruikt") has its own verb.
    const own = replacement.search(NOT_SIMPLE);
    const main = own < 0 ? replacement : replacement.slice(0, own);
    const verbs = countOf(FINITE, before.slice(0, start) + main + before.slice(end));
    // A verb outside the list ("houdt hulp op afstand") keeps the clause whole too.
    if (verbs === 0 && countOf(VERB_LIKE, main) === 0) out.push('finite verb lost');
    if (verbs > 1) out.push('finite verb doubled');
  }
  return out;
}

// ----- the sentences -----

interface Base {
  text: string;
  mode?: Mode;
  from: string;
}

const bases: Base[] = builtInRules.flatMap((r) => r.examples.bad.map((text) => ({ text, mode: r.modes?.[0] ?? 'report', from: `example of ${r.id}` })));
const rewriteDir = resolve(import.meta.dirname, '../../tests/rewrites');
if (existsSync(rewriteDir)) {
  for (const file of readdirSync(rewriteDir).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(resolve(rewriteDir, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const l = JSON.parse(line) as { id: string; text: string; mode?: Mode; clean?: boolean };
      if (!l.clean) bases.push({ text: l.text, mode: l.mode, from: `tests/rewrites/${file} ${l.id}` });
    }
  }
}

/** A subject at the start, with the verb right after it (Dutch main clauses put the finite verb second). */
const SUBJECT = /^(Meneer|Mevrouw|Mijnheer|Hij|Zij|Ze|Ik|We|Wij|Cliënt|Cliënte|De cliënt|De bewoner|De bewoonster|Bewoner|Bewoonster|Betrokkene|Patiënt|De patiënt|Er|Het)\s+(\p{Ll}+)(?=[\s.,!?])/u;
const NOT_A_VERB = new Set(['en', 'of', 'zelf', 'ook', 'die', 'dat', 'van', 'met', 'uit', 'niet', 'nog', 'al']);
/** Only pronouns and forms of address may stand before a verb we do not know ("Het gesprek" is no "Het" + verb). */
const ANY_VERB_AFTER = new Set(['Meneer', 'Mevrouw', 'Mijnheer', 'Hij', 'Zij', 'Ze', 'Ik', 'We', 'Wij']);
const PERSON_SUBJECT = /^(Meneer|Mevrouw|Mijnheer|Hij|Zij|Ze|Cliënt|Cliënte|De cliënt|De bewoner|De bewoonster|Bewoner|Bewoonster|Betrokkene|Patiënt|De patiënt)\s+(?=\p{Ll})/u;
const lowerFirst = (subject: string) => (subject === 'Ik' ? 'ik' : subject[0]!.toLowerCase() + subject.slice(1));

interface Placement {
  text: string;
  mode?: Mode;
  from: string;
  placement: string;
  mainClause: boolean;
}

const choices = fc.record({
  name: fc.constantFrom('Jolanda', 'Ahmed', 'Kees', 'Fatima', 'Sanne', 'Jan-Willem'),
  time: fc.constantFrom('Vandaag', 'Gisteren', 'Vanmorgen', 'Na het eten', 'Deze week'),
  lead: fc.constantFrom('Het gesprek duurde kort', 'Ze belde de huisarts', 'We stopten eerder', 'De buurvrouw kwam langs'),
  conjunction: fc.constantFrom('omdat', 'terwijl', 'nadat'),
});

const seedOf = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);

function placements(base: Base): Placement[] {
  const { text, mode, from } = base;
  const [pick] = fc.sample(choices, { seed: seedOf(text), numRuns: 1 });
  const out: Placement[] = [{ text, mode, from, placement: 'as written', mainClause: true }];
  const subject = SUBJECT.exec(text);
  if (subject && !NOT_A_VERB.has(subject[2]!) && (ANY_VERB_AFTER.has(subject[1]!) || countOf(FINITE, subject[2]!) === 1)) {
    const [whole, who, verb] = subject;
    const rest = text.slice(whole.length);
    out.push({ text: `${pick!.time} ${verb} ${lowerFirst(who!)}${rest}`, mode, from, placement: `fronted by "${pick!.time}"`, mainClause: true });
    out.push({ text: `${pick!.lead}, ${pick!.conjunction} ${lowerFirst(who!)} ${verb}${rest}`, mode, from, placement: `after "${pick!.conjunction}"`, mainClause: false });
  }
  const person = PERSON_SUBJECT.exec(text);
  if (person) out.push({ text: pick!.name + text.slice(person[1]!.length), mode, from, placement: `after the name ${pick!.name}`, mainClause: true });
  return out;
}

// ----- applying every replacement -----

const failures = new Map<string, string[]>();
let checked = 0;
const dump: string[] = [];
for (const base of bases) {
  for (const p of placements(base)) {
    const { findings } = analyzer.analyze(p.text, p.mode ? { mode: p.mode } : {});
    for (const f of findings) {
      for (const r of replacementsOf(f.suggestions)) {
        checked++;
        if (process.env.KC_REWRITE_DUMP) dump.push(`${f.rule}\t${p.placement}\t${p.text}\t${applySuggestion(p.text, f.start, f.end, r)}`);
        const problems = problemsOf(p.text, f.start, f.end, r.replacement, p.mainClause);
        if (!problems.length) continue;
        const after = applySuggestion(p.text, f.start, f.end, r);
        const list = failures.get(f.rule) ?? [];
        list.push(`${problems.join(', ')}: "${p.text}" → "${after}" (${p.placement}; ${p.from})`);
        failures.set(f.rule, list);
      }
    }
  }
}

describe('the checks themselves', () => {
  const problems = (before: string, phrase: string, replacement: string, main = true) => {
    const start = before.indexOf(phrase);
    return problemsOf(before, start, start + phrase.length, replacement, main);
  };
  it('see doubled and clashing articles', () => {
    expect(problems('Hij is al jaren een junk.', 'junk', 'iemand die drugs gebruikt')).toContain('article before a pronoun');
    expect(problems('Het cliëntsysteem belt op.', 'cliëntsysteem', 'familie en naasten')).toContain('het before a de-word');
    expect(problems('Hij is een zorgmijder.', 'zorgmijder', 'een man die zijn eigen weg gaat')).toContain('doubled article');
    expect(problems('Hij is een junk.', 'een junk', 'iemand die drugs gebruikt')).toEqual([]);
  });
  it('see a capital mid-sentence and a small letter at the start', () => {
    expect(problems('We bespraken het in het MDO.', 'MDO', 'Overleg met het team')).toContain('capital mid-sentence');
    expect(problems('We bespraken het in het MDO.', 'MDO', 'overleg met het team')).toEqual([]);
    expect(problems('Zij ging naar het MDO.', 'MDO', 'GGZ-overleg')).toEqual([]);
    expect(problems('Cliënt is er.', 'Cliënt', 'ik')).toContain('small letter at the start of a sentence');
  });
  it('see a verb lost or doubled in a simple main clause', () => {
    expect(problems('Het ziekte-inzicht is beperkt.', 'ziekte-inzicht is beperkt', 'een andere kijk op wat er speelt')).toContain('finite verb lost');
    expect(problems('Mevrouw moet vandaag akkoord.', 'moet', 'gaat nu gaat')).toContain('finite verb doubled');
    expect(problems('Mevrouw weigert de pil.', 'weigert', 'zegt nee tegen')).toEqual([]);
  });
  it('see spaces and doubled words at the seams', () => {
    expect(problems('Hij is erg moe.', 'erg', '')).toContain('double space');
    expect(problems('Hij belt hem morgen.', 'belt', 'belt hem')).toContain('word doubled at a seam');
  });
});

describe('every rule’s replacements, applied in realistic sentences', () => {
  it('checks a real number of replacements', () => {
    if (process.env.KC_REWRITE_DUMP) writeFileSync(process.env.KC_REWRITE_DUMP, `${dump.join('\n')}\n`);
    expect(checked).toBeGreaterThan(200);
  });
  it.each(builtInRules.map((r) => [r.id] as const))('%s', (id) => {
    const list = failures.get(id) ?? [];
    // The whole list in the message, so the rule's owner sees every sentence at once.
    expect(list.length ? `rule ${id}: ${list.length} replacement(s) that break the sentence:\n${list.join('\n')}` : '').toBe('');
  });
});
