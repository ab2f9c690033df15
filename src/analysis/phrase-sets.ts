import { StringSetScanner } from './string-set-scanner';

/** Phrases added since the last build that make a new build worth it, whatever the size. */
const MIN_NEW = 32;

/**
 * The phrase sets of a rule set (see requiredPhrases), and which of them have a phrase in a
 * paragraph. Sets come in as patterns first need them (working them out parses the rule), so
 * the scanner over their phrases is rebuilt as they come, each time at least twice as big: a
 * long text pays for about two builds, one paragraph for a small one. Phrases that came after
 * the last build are looked for with `includes`.
 */
export class PhraseSets {
  /** Per set id, the ids of its phrases. */
  private readonly sets: (readonly number[])[] = [];
  private readonly setIds = new Map<string, number>();
  private readonly phrases: string[] = [];
  private readonly phraseIds = new Map<string, number>();
  private scanner: StringSetScanner | null = null;
  /** Phrases below this id are in the scanner. */
  private covered = 0;
  /** Per phrase id in the scanner, the reading that last found it. */
  private foundIn = new Int32Array(0);
  /**
   * Per set id, the answer of a reading: `reading` when the set has a phrase in it, `-reading`
   * when not, anything else when not asked yet. Many patterns share a set ("hij|zij|meneer|…").
   */
  private answers = new Int32Array(64);
  private readings = 0;

  /** The id of a set of phrases: the same phrases, the same id. */
  idOf(phrases: readonly string[]): number {
    const key = phrases.join('\u0000');
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.sets.push(phrases.map((p) => this.phraseId(p))) - 1;
      this.setIds.set(key, id);
      if (id >= this.answers.length) {
        const grown = new Int32Array(this.answers.length * 2);
        grown.set(this.answers);
        this.answers = grown;
      }
    }
    return id;
  }

  private phraseId(phrase: string): number {
    let id = this.phraseIds.get(phrase);
    if (id === undefined) this.phraseIds.set(phrase, (id = this.phrases.push(phrase) - 1));
    return id;
  }

  /**
   * Reads a paragraph (lower-cased, white space squeezed) once, and answers per set id whether
   * one of its phrases is in it. Answers only for sets known when it was made.
   */
  reader(squeezed: string): (setId: number) => boolean {
    const fresh = this.phrases.length - this.covered;
    if (fresh >= Math.max(MIN_NEW, this.covered)) this.build();
    const covered = this.covered;
    if (this.readings === 0x7fffffff) this.restartReadings();
    const { phrases, foundIn, answers, sets } = this;
    const reading = ++this.readings;
    if (this.scanner) {
      const found: number[] = [];
      this.scanner.scan(squeezed, found);
      for (let i = 0; i < found.length; i++) foundIn[found[i]!] = reading;
    }
    return (setId) => {
      const known = answers[setId]!;
      if (known === reading) return true;
      if (known === -reading) return false;
      let has = false;
      // The empty phrase is in every text, and never reported by a scanner.
      for (const id of sets[setId]!) {
        if (id < covered && phrases[id] ? foundIn[id] === reading : squeezed.includes(phrases[id]!)) {
          has = true;
          break;
        }
      }
      answers[setId] = has ? reading : -reading;
      return has;
    };
  }

  private build(): void {
    this.scanner = new StringSetScanner(this.phrases);
    this.covered = this.phrases.length;
    this.foundIn = new Int32Array(this.covered);
    this.restartReadings();
  }

  /** Readings count from 1 again: no stamp from before may look like one of a new reading. */
  private restartReadings(): void {
    this.foundIn.fill(0);
    this.answers.fill(0);
    this.readings = 0;
  }
}
