/**
 * Scope first: a ranking step of its own, after safety and before any card is picked. It decides
 * whether a question is about the method, by weighing the evidence for each out-of-scope family
 * (IT, HR, amounts and legal procedures, other instruments' forms, diagnoses and medication,
 * translations, unrelated writing, chit-chat) against the evidence for the method. The words,
 * pairs, phrasings and replies are data in scope-families.ts.
 *
 * Safety comes before this step (router.ts): a disclosure is never out of scope.
 */
import { normalize } from './normalize';
import { PatternGuard } from './pattern-guard';
import { METHOD_WORDS, OUT_OF_SCOPE_MIN, SCOPE_FAMILIES, type ScopeFamily, type ScopeFamilyId } from './scope-families';
import { searchStem } from './stem-nl';

export interface ScopeVerdict {
  /** The out-of-scope family that wins, or undefined when the question may be about the method. */
  family?: ScopeFamilyId;
  /** The kind reply of that family. */
  reply?: string;
  /** Evidence per family (only those with any) and for the method, for explain and tests. */
  evidence: Partial<Record<ScopeFamilyId, number>>;
  method: number;
  /** The method words found, for explain and tests. */
  methodWords: string[];
}

/** Quoted text: a quote is what the question is about, never a request ("'hoe gaat het met je' in het Pools"). */
const QUOTED = /["“”„«»][^"“”„«»]*["“”„«»]|(?<![\p{L}\p{N}])['‘][^'‘’]*['’](?![\p{L}\p{N}])/gu;

/** A compound part counts from this length on ("verlof" in "verlofuren"; not "cao" in "chaos"). */
const MIN_COMPOUND_PART = 5;

/** A listed word: which list it is in (the method, a family's words, one side of a pair) and its weight. */
interface Entry {
  word: string;
  /** Forms of one word share a key ("client", "clienten"): they count once. */
  key: string;
  list: number;
  weight: number;
}

/**
 * Every word list of the scope step in one index, so each token of a question is looked up once:
 * by the exact word, by its search stem, or as the start or the end of a compound.
 */
class Lexicon {
  private readonly exact = new Map<string, Entry[]>();
  private readonly stems = new Map<string, Entry[]>();
  /** Compound parts by their first and by their last MIN_COMPOUND_PART letters. */
  private readonly heads = new Map<string, Entry[]>();
  private readonly tails = new Map<string, Entry[]>();
  lists = 0;

  /** Adds a word list; returns its number. */
  add(words: Readonly<Record<string, number>>): number {
    const list = this.lists++;
    const put = (map: Map<string, Entry[]>, key: string, entry: Entry) => map.set(key, [...(map.get(key) ?? []), entry]);
    for (const [word, weight] of Object.entries(words)) {
      const entry = { word, key: searchStem(word), list, weight };
      put(this.exact, word, entry);
      // A noun in -ing shares its stem with the verb ("bijwerking" / "bijwerken"): only its plural.
      if (/ing(?:en)?$/.test(word)) put(this.exact, word.endsWith('ing') ? `${word}en` : word.slice(0, -2), entry);
      else put(this.stems, searchStem(word), entry);
      if (word.length < MIN_COMPOUND_PART) continue;
      put(this.heads, word.slice(0, MIN_COMPOUND_PART), entry);
      put(this.tails, word.slice(-MIN_COMPOUND_PART), entry);
    }
    return list;
  }

  /** The listed words a token is, in any list (calls `hit` for each). */
  lookup(token: string, stemmed: string, hit: (e: Entry) => void): void {
    for (const e of this.exact.get(token) ?? NONE) hit(e);
    for (const e of this.stems.get(stemmed) ?? NONE) hit(e);
    // A real compound: at least three letters besides the listed word.
    if (token.length <= MIN_COMPOUND_PART + 2) return;
    for (const e of this.heads.get(token.slice(0, MIN_COMPOUND_PART)) ?? NONE) if (token.length > e.word.length + 2 && token.startsWith(e.word)) hit(e);
    for (const e of this.tails.get(token.slice(-MIN_COMPOUND_PART)) ?? NONE) if (token.length > e.word.length + 2 && token.endsWith(e.word)) hit(e);
  }
}

const NONE: readonly Entry[] = [];

interface PreparedFamily {
  family: ScopeFamily;
  words: number;
  pairs: Array<{ a: number; b: number; weight: number }>;
}

const LEXICON = new Lexicon();
const METHOD = LEXICON.add(METHOD_WORDS);
const FAMILIES: PreparedFamily[] = SCOPE_FAMILIES.map((family) => ({
  family,
  words: LEXICON.add(family.words),
  pairs: (family.pairs ?? []).map((p) => ({
    a: LEXICON.add(Object.fromEntries(p.a.map((w) => [w, 1]))),
    b: LEXICON.add(Object.fromEntries(p.b.map((w) => [w, 1]))),
    weight: p.weight,
  })),
}));


/**
 * The listed words found in a normalised text, per list (word → weight). Each listed word counts
 * once ("verlof … verlofuren" is one signal). Adjacent words are also tried joined
 * ("re integratieplan" → reintegratieplan, "ik vorm" → ikvorm).
 */
function found(normalized: string): Array<Map<string, number>> {
  const perList = Array.from({ length: LEXICON.lists }, () => new Map<string, number>());
  const words = normalized.split(' ').filter(Boolean);
  const hit = (e: Entry) => perList[e.list]!.set(e.key, e.weight);
  const visit = (token: string) => LEXICON.lookup(token, searchStem(token), hit);
  for (let i = 0; i < words.length; i++) {
    visit(words[i]!);
    if (i + 1 < words.length) visit(words[i]! + words[i + 1]!);
  }
  return perList;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** The families' patterns, each run only on a question that holds a literal it needs. */
export const SCOPE_PATTERN_GUARD = new PatternGuard();
for (const f of SCOPE_FAMILIES) for (const { re, unless } of f.patterns ?? []) [re, ...(unless ? [unless] : [])].forEach((p) => SCOPE_PATTERN_GUARD.add(p));

function familyEvidence(p: PreparedFamily, has: (pattern: RegExp) => boolean, lists: Array<Map<string, number>>): number {
  let evidence = sum(lists[p.words]!);
  for (const pair of p.pairs) {
    const a = [...lists[pair.a]!.keys()];
    const b = [...lists[pair.b]!.keys()];
    // Two different words: a word in both lists is not a pair with itself.
    if (a.some((x) => b.some((y) => y !== x))) evidence += pair.weight;
  }
  for (const { re, weight, unless } of p.family.patterns ?? []) {
    if (has(re) && !(unless && has(unless))) evidence += weight;
  }
  return evidence;
}

/** Weighs the question: out of scope when one family has enough evidence and more than the method. */
export function scopeOf(question: string): ScopeVerdict {
  const whole = normalize(question);
  const unquoted = question.replace(QUOTED, ' ');
  const outside = unquoted === question ? whole : normalize(unquoted);
  const lists = found(outside);
  const methodFound = (outside === whole ? lists : found(whole))[METHOD]!;
  const method = sum(methodFound);
  const methodWords = [...methodFound.keys()];
  const evidence: Partial<Record<ScopeFamilyId, number>> = {};
  let best: PreparedFamily | undefined;
  let bestEvidence = 0;
  const has = SCOPE_PATTERN_GUARD.reader(outside);
  for (const p of FAMILIES) {
    const e = familyEvidence(p, has, lists);
    if (!e) continue;
    evidence[p.family.id] = e;
    if (e > bestEvidence) {
      best = p;
      bestEvidence = e;
    }
  }
  if (best && bestEvidence >= OUT_OF_SCOPE_MIN && bestEvidence > method) {
    return { family: best.family.id, reply: best.family.reply, evidence, method, methodWords };
  }
  return { evidence, method, methodWords };
}
