/**
 * The literal strings a regex source cannot match without: for `\p{L}*verslaafden?` that is
 * {"verslaafde"}, for `(?:weigert|weigerde)` {"weigert", "weigerde"}. The engine scans a
 * paragraph once for all rules' literals and runs only the rules whose literal occurs, which
 * keeps the cost per paragraph close to one pass whatever the number of rules.
 *
 * A small parser for the regex subset rules use (groups, classes, escapes, quantifiers,
 * lookarounds). Returns null when no literal is required (the rule then always runs).
 */
/** One shape for every item keeps the parser monomorphic (and fast). */
interface Item {
  kind: 'char' | 'group' | 'other';
  ch: string;
  alts: Item[][] | null;
  min: number;
  max: number;
}
const item = (kind: Item['kind'], ch: string, alts: Item[][] | null, min: number): Item => ({ kind, ch, alts, min, max: 1 });

/** Marks lookarounds, \b, ^ and $: they consume nothing, so they do not break a literal run. */
const ZERO_WIDTH = '\u0000zw';
/** Marks `\s`: no literal for requiredLiterals, one space for requiredPhrases. */
const WHITE_SPACE = '\u0000ws';
const COUNT = /\{(\d+)(?:,(\d*))?\}/y;
const HEX = /\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2,4}/y;
const SHORTHAND = /[dDwWsSnrtfv0]/;

const BACKSLASH = 92;
const OPEN = 40;
const CLOSE = 41;
const BAR = 124;
const BRACKET = 91;
const END_BRACKET = 93;
const CARET = 94;

/**
 * Rule sources run to thousands of characters, mostly lookarounds (`(?=\s*(?:[.;:!?)]|$)|…)`)
 * that require no literal: the parser steps over those without building anything, and reads
 * characters as codes, so compiling every rule costs milliseconds, not a tenth of a second.
 */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Item[][] {
    return this.alternation();
  }

  private alternation(): Item[][] {
    const alts: Item[][] = [this.sequence()];
    while (this.s.charCodeAt(this.i) === BAR) {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    const s = this.s;
    for (let c = s.charCodeAt(this.i); this.i < s.length && c !== BAR && c !== CLOSE; c = s.charCodeAt(this.i)) {
      const atom = this.atom();
      this.quantify(atom);
      items.push(atom);
    }
    return items;
  }

  /** Reads a quantifier after `atom` into its min and max; a zero-width atom keeps min 0. */
  private quantify(atom: Item): void {
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') max = Infinity;
    else if (c === '?') min = 0;
    else if (c === '{') {
      COUNT.lastIndex = this.i;
      const m = COUNT.exec(this.s);
      if (m) {
        this.i += m[0].length;
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
        if (this.s[this.i] === '?') this.i++;
      }
    }
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      if (this.s[this.i] === '?') this.i++; // lazy
    }
    if (atom.ch !== ZERO_WIDTH) atom.min = min;
    atom.max = max;
  }

  /** Steps past a character class, `[` included, as the regex engine reads it. */
  private skipClass(): void {
    const s = this.s;
    this.i++;
    if (s.charCodeAt(this.i) === CARET) this.i++;
    if (s.charCodeAt(this.i) === END_BRACKET) this.i++;
    while (this.i < s.length && s.charCodeAt(this.i) !== END_BRACKET) this.i += s.charCodeAt(this.i) === BACKSLASH ? 2 : 1;
    this.i++;
  }

  /** Steps past the body of a group up to and including its `)`. */
  private skipGroupBody(): void {
    const s = this.s;
    let depth = 1;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === BACKSLASH) this.i += 2;
      else if (c === BRACKET) this.skipClass();
      else {
        this.i++;
        if (c === OPEN) depth++;
        else if (c === CLOSE && --depth === 0) return;
      }
    }
  }

  private atom(): Item {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      if (s.charCodeAt(this.i) === 63 /* ? */) {
        const next = s[this.i + 1];
        if (next === ':') this.i += 2;
        else if (next === '=' || next === '!' || next === '<') {
          // A lookaround consumes nothing and may even forbid its text: it requires no literal.
          this.i += next === '<' ? 3 : 2;
          this.skipGroupBody();
          return item('other', ZERO_WIDTH, null, 0);
        }
      }
      const alts = this.alternation();
      this.i++; // ')'
      return item('group', '', alts, 1);
    }
    if (c === '[') {
      this.skipClass();
      return item('other', '', null, 1);
    }
    if (c === '\\') {
      const next = s[this.i + 1] ?? '';
      if ((next === 'p' || next === 'P') && s[this.i + 2] === '{') {
        this.i = s.indexOf('}', this.i) + 1;
        return item('other', '', null, 1);
      }
      this.i += 2;
      if (next === 'b' || next === 'B') return item('other', ZERO_WIDTH, null, 0);
      if (next === 's') return item('other', WHITE_SPACE, null, 1);
      if (SHORTHAND.test(next)) return item('other', '', null, 1);
      if (next === 'u' || next === 'x') {
        HEX.lastIndex = this.i;
        const m = HEX.exec(s);
        if (m) this.i += m[0].length;
        return item('other', '', null, 1);
      }
      return item('char', next.toLowerCase(), null, 1);
    }
    this.i++;
    if (c === '.') return item('other', '', null, 1);
    if (c === '^' || c === '$') return item('other', ZERO_WIDTH, null, 0);
    return item('char', c.toLowerCase(), null, 1);
  }
}

/**
 * A single character is too common to be worth scanning for, except a mark that prose seldom
 * holds: a rule about `[placeholders]` then runs only where a bracket is.
 */
const RARE_MARK = /^[[\]{}<>|#@]$/;

/** A set of literals of which a match contains at least one, with its shortest length. */
type Literals = { set: Set<string>; min: number } | null;

/** Better: longer shortest literal (more selective), then fewer literals. */
function better(a: Literals, b: Literals): Literals {
  if (!a) return b;
  if (!b) return a;
  if (a.min !== b.min) return a.min > b.min ? a : b;
  return a.set.size <= b.set.size ? a : b;
}

function ofAlternatives(alts: Item[][]): Literals {
  const set = new Set<string>();
  let min = Infinity;
  for (const alt of alts) {
    const lit = ofSequence(alt);
    if (!lit) return null;
    for (const s of lit.set) set.add(s);
    min = Math.min(min, lit.min);
  }
  return { set, min };
}

function ofSequence(items: Item[]): Literals {
  let best: Literals = null;
  let run = '';
  const endRun = () => {
    if (run.length >= 2 || RARE_MARK.test(run)) best = better(best, { set: new Set([run]), min: run.length });
    run = '';
  };
  for (const item of items) {
    if (item.kind === 'char') {
      if (item.min === 0) endRun();
      else {
        run += item.ch.repeat(item.min);
        if (item.max !== item.min) endRun();
      }
    } else if (item.kind === 'group') {
      endRun();
      if (item.min > 0) best = better(best, ofAlternatives(item.alts!));
    } else if (item.ch !== ZERO_WIDTH) endRun(); // a class or escape, optional or not, ends the run
  }
  endRun();
  return best;
}

export function requiredLiterals(source: string): Set<string> | null {
  try {
    return ofAlternatives(new Parser(source).parse())?.set ?? null;
  } catch {
    return null;
  }
}

/**
 * Every set of phrases a match needs, each set one phrase of which the match holds, read in the
 * paragraph lower-cased with each run of white space squeezed to one space (see squeezeSpaces):
 * `(?:is|was)\s+psychotisch` needs {"is psychotisch", "was psychotisch"},
 * `(?:hij|zij)\s+(?:komt|kwam)\s+\p{L}+` needs {"hij komt", …}. Where requiredLiterals picks
 * the one literal the engine scans for, these are all checked, on a paragraph where that literal
 * occurred: a rule that names a diagnosis after "is" then does not run on every "is".
 */
export function requiredPhrases(source: string): string[][] {
  try {
    return phrasesOfAlternatives(new Parser(source).parse()).map((set) => [...set]);
  } catch {
    return [];
  }
}

/** The white-space squeezing that requiredPhrases reads a paragraph with. */
/** White space other than one plain space: most paragraphs hold none and are their own squeezed form. */
const UNSQUEEZED = /[^\S ]|  /;
export const squeezeSpaces = (lower: string): string => (UNSQUEEZED.test(lower) ? lower.replace(/\s+/g, ' ') : lower);

/** Phrases that only run on, never as many as a regex's alternatives can multiply to. */
const MAX_PHRASES = 16;

function phrasesOfAlternatives(alts: Item[][]): Set<string>[] {
  if (alts.length === 1) return phrasesOfSequence(alts[0]!);
  // One of the alternatives: its best set, for each; a match needs one phrase of their union.
  const union = new Set<string>();
  for (const alt of alts) {
    const sets = phrasesOfSequence(alt);
    if (!sets.length) return [];
    const best = sets.reduce((a, b) => (shortest(b) > shortest(a) || (shortest(b) === shortest(a) && b.size < a.size) ? b : a));
    for (const phrase of best) union.add(phrase);
  }
  return [union];
}
const shortest = (set: Set<string>) => Math.min(...[...set].map((p) => p.trim().length));

/** Joins two pieces of squeezed text: white space meeting white space is one space. */
const join = (a: string, b: string) => (a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b);

/** The strings a group reads when every alternative is literal text (no class, nothing optional), else null. */
function literalStrings(alts: Item[][]): string[] | null {
  let out: string[] = [];
  for (const alt of alts) {
    let texts = [''];
    for (const item of alt) {
      if (item.ch === ZERO_WIDTH) continue;
      if (item.kind === 'group') {
        const inner = item.min === 1 && item.max === 1 ? literalStrings(item.alts!) : null;
        if (!inner || texts.length * inner.length > MAX_PHRASES) return null;
        texts = texts.flatMap((t) => inner.map((i) => join(t, i)));
        continue;
      }
      const space = item.ch === WHITE_SPACE || (item.kind === 'char' && /\s/.test(item.ch));
      if (space ? item.min < 1 : item.kind !== 'char' || item.min !== item.max) return null;
      texts = texts.map((t) => join(t, space ? ' ' : item.ch.repeat(item.min)));
    }
    out = out.concat(texts);
    if (out.length > MAX_PHRASES) return null;
  }
  return out;
}

function phrasesOfSequence(items: Item[]): Set<string>[] {
  const out: Set<string>[] = [];
  let runs = [''];
  const endRun = () => {
    if (runs.every((r) => r.trim().length >= 2 || RARE_MARK.test(r.trim()))) out.push(new Set(runs));
    runs = [''];
  };
  const append = (text: string) => {
    runs = runs.map((r) => join(r, text));
  };
  for (const item of items) {
    const space = item.ch === WHITE_SPACE || (item.kind === 'char' && /\s/.test(item.ch));
    if (space) {
      // Any run of white space is one space in the squeezed paragraph, however long.
      if (item.min === 0) endRun();
      else append(' ');
    } else if (item.kind === 'char') {
      if (item.min === 0) endRun();
      else {
        append(item.ch.repeat(item.min));
        if (item.max !== item.min) endRun();
      }
    } else if (item.kind === 'group') {
      if (item.min === 0) {
        endRun();
        continue;
      }
      const strings = literalStrings(item.alts!);
      if (strings && runs.length * strings.length <= MAX_PHRASES) {
        runs = runs.flatMap((r) => strings.map((s) => join(r, s)));
        if (item.max !== 1) endRun();
      } else {
        endRun();
        out.push(...phrasesOfAlternatives(item.alts!));
      }
    } else if (item.ch !== ZERO_WIDTH) endRun();
  }
  endRun();
  return out;
}
