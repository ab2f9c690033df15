/**
 * Patterns over one text, each run only when a literal it cannot match without occurs in the
 * text. The safety readers test some hundreds of patterns per question, and most of them name
 * words the question does not hold: one pass over the text (the analyzer's StringSetScanner)
 * decides which can match at all, the rest are skipped. The literals are those the analyzer's
 * rules use (required-literals.ts): a pattern without one, or whose flags change letters (i),
 * always runs. Skipping never changes a result, only its cost; pattern-guard.test.ts holds every
 * guarded pattern to that on our question sets.
 */
import { requiredLiterals } from '../analysis/required-literals';
import { StringSetScanner } from '../analysis/string-set-scanner';

export class PatternGuard {
  readonly #literals: string[] = [];
  readonly #literalIds = new Map<string, number>();
  /** Per pattern, the ids of the literals one of which it needs; null: it always runs. */
  readonly #needs = new Map<RegExp, readonly number[] | null>();
  #scanner: StringSetScanner | undefined;

  /** Registers a pattern and returns it, so that a module can declare `const X = guard.add(/…/)`. */
  add(pattern: RegExp): RegExp {
    if (this.#needs.has(pattern)) return pattern;
    const literals = pattern.flags.includes('i') ? null : requiredLiterals(pattern.source);
    this.#needs.set(pattern, literals && [...literals].every((l) => l.length) ? [...literals].map((l) => this.#idOf(l)) : null);
    this.#scanner = undefined;
    return pattern;
  }

  /** The registered patterns, for tests. */
  patterns(): RegExp[] {
    return [...this.#needs.keys()];
  }

  /**
   * Reads the text once and returns its test: whether a pattern matches the text. A pattern
   * that was never registered is simply run.
   */
  reader(text: string): (pattern: RegExp) => boolean {
    this.#scanner ??= new StringSetScanner(this.#literals);
    const found: number[] = [];
    this.#scanner.scan(text, found);
    const present = new Uint8Array(this.#literals.length);
    for (const id of found) present[id] = 1;
    return (pattern) => {
      const needs = this.#needs.get(pattern);
      if (needs && !needs.some((id) => present[id])) return false;
      return pattern.test(text);
    };
  }

  #idOf(literal: string): number {
    let id = this.#literalIds.get(literal);
    if (id === undefined) {
      id = this.#literals.push(literal) - 1;
      this.#literalIds.set(literal, id);
    }
    return id;
  }
}
