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
const COUNT = /\{(\d+)(?:,(\d*))?\}/y;
const HEX = /\{[0-9a-fA-F]+\}|[0-9a-fA-F]{2,4}/y;

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Item[][] {
    const alts = this.alternation();
    return alts;
  }

  private alternation(): Item[][] {
    const alts: Item[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Item[] {
    const items: Item[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      // A zero-width atom (lookaround, \b) stays zero-width whatever its quantifier.
      if (atom.ch !== ZERO_WIDTH) atom.min = min;
      atom.max = max;
      items.push(atom);
    }
    return items;
  }

  private quantifier(): [number, number] {
    const c = this.s[this.i];
    let q: [number, number] = [1, 1];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      COUNT.lastIndex = this.i;
      const m = COUNT.exec(this.s);
      if (!m) return q;
      this.i += m[0].length;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[2] === '' ? Infinity : Number(m[2]);
      if (this.s[this.i] === '?') this.i++;
      return [min, max];
    } else return q;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy
    return q;
  }

  private atom(): Item {
    const c = this.s[this.i]!;
    if (c === '(') {
      this.i++;
      let look = false;
      if (this.s.startsWith('?:', this.i)) this.i += 2;
      else if (this.s[this.i] === '?' && (this.s[this.i + 1] === '=' || this.s[this.i + 1] === '!' || this.s[this.i + 1] === '<')) {
        look = true;
        this.i += this.s[this.i + 1] === '<' ? 3 : 2;
      }
      const alts = this.alternation();
      this.i++; // ')'
      // A lookaround consumes nothing and may even forbid its text: it requires no literal.
      return look ? item('other', ZERO_WIDTH, null, 0) : item('group', '', alts, 1);
    }
    if (c === '[') {
      this.i++;
      if (this.s[this.i] === '^') this.i++;
      if (this.s[this.i] === ']') this.i++;
      while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return item('other', '', null, 1);
    }
    if (c === '\\') {
      const next = this.s[this.i + 1] ?? '';
      if ((next === 'p' || next === 'P') && this.s[this.i + 2] === '{') {
        this.i = this.s.indexOf('}', this.i) + 1;
        return item('other', '', null, 1);
      }
      this.i += 2;
      if (next === 'b' || next === 'B') return item('other', ZERO_WIDTH, null, 0);
      if (/[dDwWsSnrtfv0]/.test(next)) return item('other', '', null, 1);
      if (next === 'u' || next === 'x') {
        HEX.lastIndex = this.i;
        const m = HEX.exec(this.s);
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
