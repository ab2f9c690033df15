/**
 * A Dutch stemmer after the Snowball "dutch" algorithm (M. Porter): suffix stripping in the
 * regions R1 and R2, with undoubling of kk/dd/tt and of long vowels. Written here instead of
 * pulling in a package because the algorithm is ~100 lines and the assistant must stay
 * dependency-light in the extension bundle. Input: a lower-case word without diacritics (see
 * normalize.ts); output: its stem ("krachten" → "kracht", "lichamelijkheden" → "licham").
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

function isVowel(c: string | undefined): boolean {
  return c !== undefined && VOWELS.has(c);
}

/** Position after the first non-vowel that follows a vowel, searching from `from`. */
function regionStart(w: string, from: number): number {
  let i = from;
  while (i < w.length && !isVowel(w[i])) i++;
  while (i < w.length && isVowel(w[i])) i++;
  return Math.min(i + 1, w.length);
}

export function stemDutch(input: string): string {
  if (input.length < 3 || !/^[a-zè]+$/.test(input)) return input;

  // Prelude: y at the start or after a vowel, and i between vowels, act as consonants (Y, I).
  const chars = [...input];
  if (chars[0] === 'y') chars[0] = 'Y';
  for (let i = 1; i < chars.length; i++) {
    if (chars[i] === 'y' && isVowel(chars[i - 1])) chars[i] = 'Y';
    else if (chars[i] === 'i' && isVowel(chars[i - 1]) && isVowel(chars[i + 1])) chars[i] = 'I';
  }
  let w = chars.join('');

  let p1 = regionStart(w, 0);
  if (p1 < 3) p1 = 3;
  const p2 = regionStart(w, regionStart(w, 0));

  const inR1 = (suffix: string) => w.length - suffix.length >= p1;
  const inR2 = (suffix: string) => w.length - suffix.length >= p2;
  const before = (suffix: string, n = 1) => w.slice(w.length - suffix.length - n, w.length - suffix.length);
  const drop = (n: number) => {
    w = w.slice(0, w.length - n);
  };
  const undouble = () => {
    if (/(?:kk|dd|tt)$/.test(w)) drop(1);
  };
  const enEnding = (suffix: string): boolean => {
    const prev = before(suffix);
    if (!inR1(suffix) || prev === '' || isVowel(prev) || before(suffix, 3) === 'gem') return false;
    drop(suffix.length);
    undouble();
    return true;
  };

  // Step 1
  if (w.endsWith('heden')) {
    if (inR1('heden')) w = `${w.slice(0, -5)}heid`;
  } else if (w.endsWith('ene')) {
    enEnding('ene');
  } else if (w.endsWith('en')) {
    enEnding('en');
  } else if (w.endsWith('se') || w.endsWith('s')) {
    const suffix = w.endsWith('se') ? 'se' : 's';
    const prev = before(suffix);
    if (inR1(suffix) && prev !== '' && !isVowel(prev) && prev !== 'j') drop(suffix.length);
  }

  // Step 2: a final e after a consonant.
  let eFound = false;
  const eEnding = () => {
    eFound = false;
    if (w.endsWith('e') && inR1('e') && before('e') !== '' && !isVowel(before('e'))) {
      drop(1);
      eFound = true;
      undouble();
    }
  };
  eEnding();

  // Step 3a: -heid, then an -en before it.
  if (w.endsWith('heid') && inR2('heid') && before('heid') !== 'c') {
    drop(4);
    if (w.endsWith('en')) enEnding('en');
  }

  // Step 3b: derivational suffixes in R2.
  if (w.endsWith('end') || w.endsWith('ing')) {
    const suffix = w.endsWith('end') ? 'end' : 'ing';
    if (inR2(suffix)) {
      drop(3);
      if (w.endsWith('ig') && inR2('ig') && before('ig') !== 'e') drop(2);
      else undouble();
    }
  } else if (w.endsWith('ig')) {
    if (inR2('ig') && before('ig') !== 'e') drop(2);
  } else if (w.endsWith('lijk')) {
    if (inR2('lijk')) {
      drop(4);
      eEnding();
    }
  } else if (w.endsWith('baar')) {
    if (inR2('baar')) drop(4);
  } else if (w.endsWith('bar')) {
    if (inR2('bar') && eFound) drop(3);
  }

  // Step 4: undouble a long vowel between consonants ("maan" → "man").
  const m = /([^aeiouyè])(aa|ee|oo|uu)([^aeiouyèI])$/.exec(w);
  if (m) w = w.slice(0, w.length - 2) + w.slice(w.length - 1);

  return w.replace(/Y/g, 'y').replace(/I/g, 'i');
}

/** Stems of words seen before: safety, scope and the ranking stem the same words of a question in turn. */
const SEARCH_STEMS = new Map<string, string>();

/**
 * The stem used for search: the Snowball stem with the spelling alternations it leaves alone
 * folded (f/v and s/z at the end: "positieve" → positiev → positief, "huize" → huis), so
 * inflected forms meet their base form. Remembered: callers need no cache of their own.
 */
export function searchStem(word: string): string {
  let known = SEARCH_STEMS.get(word);
  if (known === undefined) {
    known = computeSearchStem(word);
    if (SEARCH_STEMS.size < 50_000) SEARCH_STEMS.set(word, known);
  }
  return known;
}

function computeSearchStem(word: string): string {
  // Plurals in -s after a vowel, which Snowball keeps: "relaties" → relatie, "hobbys" → hobby,
  // "risicos" → risico.
  const w = /(?:ie|y|o|a)s$/.test(word) && word.length >= 5 ? word.slice(0, -1) : word;
  const s = stemDutch(w);
  if (s.length < 4) return s;
  if (s.endsWith('v')) return `${s.slice(0, -1)}f`;
  if (s.endsWith('z')) return `${s.slice(0, -1)}s`;
  return s;
}

/**
 * Base forms to try for a word the cards do not use as such: verb forms with -t or -d
 * ("vertrouwt" → vertrouw), comparatives and superlatives ("positiever", "duidelijkst"),
 * past forms with -de/-te. Each candidate is a search stem; the router keeps those it knows.
 */
export function inflectionCandidates(word: string): string[] {
  if (word.length < 5) return [];
  const bases: string[] = [];
  // Past participles: "gescheiden" → scheiden, "gemaakt" → maak, and with a separable
  // particle before ge-: "opgegeven" → opgeven, "afgerond" → afrond.
  const participle = /^(af|op|aan|uit|in|mee|terug|door|over|toe|na|bij|samen|voor|vast|weg|)ge(.{4,})$/.exec(word);
  if (participle) {
    const rest = participle[1]! + participle[2]!;
    bases.push(rest);
    if (/[td]$/.test(rest)) bases.push(rest.slice(0, -1));
  }
  for (const suffix of ['t', 'd', 'er', 'ere', 'st', 'ste', 'de', 'te', 'den', 'ten']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) bases.push(word.slice(0, -suffix.length));
  }
  // "stopt" → stop → stopp (the stem of "stoppen" keeps the double consonant).
  const doubled = bases.filter((b) => /[bdfgklmnprst]$/.test(b) && !/[bdfgklmnprst]{2}$/.test(b)).map((b) => b + b.at(-1));
  return [...new Set([...bases, ...doubled].map(searchStem))];
}
