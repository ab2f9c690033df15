/**
 * The assistant's router: one question in, up to three knowledge cards out, best first. Shared
 * by the side-panel chat and `coach ask`, so both rank exactly alike. Pure: no DOM, no browser
 * APIs, no network.
 *
 * How a question is understood:
 * 1. normalise (lower case, diacritics folded, punctuation as spaces) and stem (Dutch Snowball,
 *    plus Dutch inflection: "vertrouwt", "positiever", "gescheiden", "opgegeven");
 * 2. safety first (safety.ts): a disclosure or hint of violence, abuse, an unsafe child or
 *    suicide opens with the meldcode or the taxatie van draagkracht and a line with the first
 *    steps, whatever else the question says; no out-of-scope intent can swallow it;
 * 3. scope (scope.ts): evidence for an out-of-scope family (IT, HR, amounts and legal procedures,
 *    other instruments' forms, diagnoses and medication, translations, unrelated writing,
 *    chit-chat) weighed against the evidence for the method; a family that wins stops here with
 *    its kind reply (where to go instead) and what the assistant can help with, and no card;
 *    but a question with safety evidence below the threshold (a safety hint) is never refused:
 *    it gets the safety cards and the niet-pluisgevoel offered instead;
 * 4. synonyms (synonyms.ts) add the card vocabulary for the words people use ("sterktes" →
 *    krachten, "netwerk" → hulpbronnen), split words are joined ("wonder vraag", "rond … af")
 *    and compounds split ("actieplanformulier");
 * 5. full-text search (minisearch over title, tags and body; prefix matching, and fuzzy matching
 *    for words the cards do not use, so typos still land), plus keyword bonuses: every tag or
 *    title of a card found whole in the question counts, more when its words are specific to
 *    few cards. The tags are the cards' Dutch intent keywords. A quoted sentence is read by the
 *    coach engine and points to the card that explains its finding (a label → labels). The topic
 *    model (topic-model.ts), learned from workers' own example questions, adds the probability
 *    of each topic to the best card of that topic: the words workers use for a situation;
 * 6. nothing known at all → out of scope; a weak best match, a close runner-up or a rival with
 *    as much keyword evidence → the text offers the closest topics instead of answering one.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { KnowledgeCard } from './card-schema';
import { KNOWLEDGE_CARDS } from './knowledge-cards.generated';
import { normalize, STOP_WORDS } from './normalize';
import { NO_ANSWER, NOT_UNDERSTOOD, outOfScopeText } from './out-of-scope-reply';
import { LIKELY_SAFETY_LINES, namedProcedure, SAFETY_CARDS, SAFETY_HINT_LINE, SAFETY_LINES, type SafetyKind, type SafetySignal, readSafety } from './safety';
import { scopeOf } from './scope';
import { situationsIn } from './situations';
import { inflectionCandidates, searchStem } from './stem-nl';
import { ENGLISH } from './english';
import { exampleQuestions } from './example-questions.generated';
import { SYNONYMS } from './synonyms';
import { trainDisclosureModel } from './disclosure-model';
import { type ExampleQuestion, topicFeatures, trainTopicModel } from './topic-model';
import { OUT_OF_SCOPE, type Topic, TOPIC_CARDS } from './topics';
import { type Category, defaultAnalyzer } from '../analysis';

interface Answer {
  card: string;
  title: string;
  /** Confidence between 0 and 1; answers are sorted on it, best first. */
  score: number;
}

export interface RouteResult {
  answers: Answer[];
  outOfScope: boolean;
  /** The Markdown the chat shows. */
  text: string;
}

interface Router {
  route(question: string): RouteResult;
  /** For tuning: the query terms with weights and the raw score parts per card. */
  explain(question: string): { terms: Record<string, number>; scores: Array<{ card: string; search: number; bonus: number }> };
  readonly cards: readonly KnowledgeCard[];
}

const MAX_ANSWERS = 3;
/** The card for a worry that is not (yet) a signal: trust the feeling, record, consult. */
const NOT_PLUIS_CARD = 'niet-pluis-gevoel';
/**
 * The router reads at most this much of a question: twice the longest question in our sets
 * (about 180 characters), and short enough that an answer stays well under 2 ms (at 400
 * characters about 1 ms median on a loaded 2-core machine). A pasted report is cut, never read
 * whole; "check mijn tekst" is the flow for whole texts.
 */
export const MAX_QUESTION_CHARS = 400;
/*
 * Ranking: the full-text score relative to the best one (0..1) plus bonuses on the same scale
 * for keyword phrases (tags and titles) found whole in the question, and for a quoted sentence.
 * Tuned with a grid search on all question sets in tests/assistant together
 * (src/tools/eval-assistant.ts); the landscape is flat, no value is tuned to one question.
 */
interface Tuning {
  /** Field boosts of the full-text search. */
  title: number;
  tags: number;
  body: number;
  /** Weights of prefix and fuzzy (typo) matches against exact ones. */
  prefix: number;
  fuzzy: number;
  /** Bonus for a multi-word tag found whole in the question, per word of the tag. */
  phrase: number;
  /** Bonus for a one-word tag or title found in the question. */
  word: number;
  /** Bonus for the card that explains what the coach finds in a quoted sentence. */
  quote: number;
  /** Extra keyword bonus per word of the keyword, times how specific the word is (0..1). */
  specific: number;
  /** Scale of the bonus for a recognised situation (situations.ts). */
  situation: number;
  /**
   * Share of its score that a life-area card keeps when the question is not about the inventory
   * or its areas: life-area words (geld, huis, werk, kinderen) are weak evidence of what a
   * worker asks, strong evidence only of what the situation is about.
   */
  lifeArea: number;
  /** Weight of the topic model's probability for a card's topic (topic-model.ts). */
  examples: number;
}

const DEFAULT_TUNING: Tuning = { title: 2, tags: 3, body: 1, prefix: 0.3, fuzzy: 0.4, phrase: 0.3, word: 0.25, quote: 1.2, specific: 0.4, situation: 2, lifeArea: 0.7, examples: 2 };

/** A full-text score of SEARCH_HALF counts as half-sure on its own. */
const SEARCH_HALF = 20;
/** Below this confidence, or with the runner-up this close, the answer offers topics. */
const SURE_SCORE = 0.6;
const CLOSE_RACE = 0.8;
const RIVAL_SHARE = 0.7;
/**
 * How much the topic model's probability adds to the confidence of the best card: at most half,
 * so that a question the cards' own words do not reach is offered topics rather than answered.
 */
const LEARNED_SHARE = 0.5;
/** Why topics are offered instead of one answer: unsure what is meant, or a worry to look at first. */
const UNSURE_INTRO = 'Ik weet niet zeker wat je bedoelt. Gaat het om een van deze onderwerpen?';
const WORRY_INTRO = 'Deze onderwerpen helpen je verder:';
/** Answers weaker than this share of the best one are left out. */
const KEEP_SHARE = 0.3;
const QUOTE_CARDS: Record<Category, string> = {
  negation: 'niet-formuleringen',
  deficit: 'krachtgericht-formuleren',
  label: 'labels',
  jargon: 'eenvoudige-taal',
  coercion: 'etiquette',
  'not-first-person': 'ik-vorm',
  vague: 'vage-woorden',
  unfinished: 'rapporteren-ecd',
};

/**
 * A quoted sentence: between double quotes (straight, curly, low or guillemets), between single
 * quotes that stand at word edges (so "LVB'er" and "hobby's" are no quotes), or after a colon
 * that follows a rewrite verb ("hoe herschrijf ik: mevr wil geen hulp").
 */
const QUOTED =
  /["“”„«»]([^"“”„«»]{4,300})["“”„«»]|(?<![\p{L}\p{N}])['‘]([^'‘’]{4,300})['’](?![\p{L}\p{N}])|(?<=\b(?:herschrijf|herformuleer|verbeter|formuleer|schrijf|noteer|rewrite|rephrase)\b[^:\n]{0,40}:)\s*([^:"“”„«»'‘’\n]{4,300})$/giu;

/** Quoted sentences the coach engine reads per question. */
const MAX_QUOTES = 3;

/** A question about a worksheet: its quotes are read as worksheet text (ik-vorm applies). */
const WORKSHEET = /\b(?:actieplan|krachteninventarisatie|werkblad|doel|doelen|inventarisatie)\b/;

function quoteFindings(question: string): Set<Category> {
  const categories = new Set<Category>();
  const mode = WORKSHEET.test(normalize(question)) ? 'worksheet' : 'report';
  let read = 0;
  for (const m of question.matchAll(QUOTED)) {
    const quote = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (!quote.includes(' ')) continue;
    // A question quotes a sentence or two; a pasted text with many quotes is not read whole.
    if (++read > MAX_QUOTES) break;
    for (const f of defaultAnalyzer().analyze(quote, { mode }).findings) categories.add(f.category);
  }
  return categories;
}

/** A card's raw score: full-text search, keyword and situation bonuses, and a weight factor. */
interface CardScore {
  search: number;
  bonus: number;
  /** The topic model's probability for the card's topic (0..1). */
  learned: number;
  factor: number;
}

/** Method evidence (scope.ts) that keeps a question with few known words from a refusal. */
const METHOD_ENOUGH = 2;

/** Life-area cards (one per leefgebied of the krachteninventarisatie), and their topic. */
const LIFE_AREA_CARD = /^leefgebied-/;
const INVENTORY_TOPIC = 'krachteninventarisatie';
/** A question about the inventory or its areas themselves: life-area cards keep their full score. */
const ABOUT_AREAS = /\b(?:leefgebied\w*|levensgebied\w*|levensdomein\w*|domein\w*|krachteninventarisatie|inventarisatie|werkblad\w*|life (?:area|domain)s?)\b/;

/** Particles of separable verbs ("ik rond het af"). */
const SEPARABLE = new Set(['af', 'in', 'op', 'aan', 'uit', 'mee', 'voor', 'terug', 'door', 'over', 'toe', 'na', 'bij', 'samen', 'om', 'vast', 'weg']);

const ENGLISH_NOTE = 'I answer in Dutch: the guidance of the method is written in Dutch.';
/** English function words that Dutch does not use ("is", "a" and "I" are left out on purpose). */
const ENGLISH_WORDS = new Set('the what how are do does my you your to of an for with about should can could why which when who write'.split(' '));

/** A question mostly in English function words ("how do I write an action plan"). */
function looksEnglish(question: string): boolean {
  const words = normalize(question).split(' ').filter(Boolean);
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english >= 2 && english / words.length >= 0.3;
}

/** Weight of a word that stands only inside a quoted sentence. */
const QUOTED_WEIGHT = 0.3;

/** Words that join the next word into one compound in tags and titles: "ik-vorm" → ikvorm. */
const PARTICLES = new Set(['ik', 'jij', 'wij', 'niet']);


/** Stems of the content words of a text (stop words dropped). */
function contentStems(text: string): string[] {
  const n = normalize(text);
  if (!n) return [];
  return n
    .split(' ')
    .filter((w) => !STOP_WORDS.has(w))
    .map(searchStem);
}

/** Stems for a tag or title: content words plus particle compounds (ik vorm → ikvorm). */
function phraseStems(text: string): string[] {
  return phraseStemsOf(normalize(text).split(' ').filter(Boolean));
}

function phraseStemsOf(words: string[]): string[] {
  const out = words.filter((w) => !STOP_WORDS.has(w)).map(searchStem);
  for (let i = 0; i + 1 < words.length; i++) {
    if (PARTICLES.has(words[i]!)) out.push(searchStem(words[i]! + words[i + 1]!));
  }
  return out;
}

function editLimit(term: string): number {
  return term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
}

interface Doc {
  id: string;
  title: string;
  tags: string;
  body: string;
}

interface Vocabulary {
  /** stem → true when it occurs in a title or tag (strong), false for body only. */
  words: Map<string, boolean>;
  fuzzy: SearchableMap<boolean>;
}

function plainBody(markdown: string): string {
  return markdown.replace(/[*_`#>|]/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function createRouter(
  cards: readonly KnowledgeCard[] = KNOWLEDGE_CARDS,
  tuning: Tuning = DEFAULT_TUNING,
  examples: readonly ExampleQuestion[] = exampleQuestions(),
): Router {
  const byId = new Map(cards.map((c) => [c.id, c]));
  // Both models learn from the same questions: each question's features are worked out once.
  const features = new Map(examples.map((e) => [e.question, topicFeatures(e.question)]));
  const featuresOf = (question: string) => features.get(question) ?? topicFeatures(question);
  const topicModel = trainTopicModel(examples.filter((e) => e.topic !== OUT_OF_SCOPE), featuresOf);
  const disclosureModel = trainDisclosureModel(examples, featuresOf);
  // The topic posterior of the question being routed: both the disclosure reading and the card
  // ranking need it, and one route() may rank more than once.
  let lastTopics: { question: string; posterior: Map<string, number> } | undefined;
  const topicPosterior = (question: string) => {
    if (lastTopics?.question !== question) lastTopics = { question, posterior: topicModel.posterior(question) };
    return lastTopics.posterior;
  };

  // Each text of each card is normalised and stemmed once; everything below reuses the stems.
  const prepared = cards.map((c) => {
    const keywords = [c.title, ...c.tags].map((text) => {
      const words = normalize(text).split(' ').filter(Boolean);
      return { words, stems: phraseStemsOf(words) };
    });
    return { card: c, body: contentStems(plainBody(c.body)), keywords };
  });

  // Vocabulary first: the words of the cards, strong (title, tag) or body only.
  const vocab: Vocabulary = { words: new Map(), fuzzy: new SearchableMap() };
  for (const p of prepared) {
    for (const s of p.body) if (!vocab.words.has(s)) vocab.words.set(s, false);
    for (const k of p.keywords) for (const s of k.stems) vocab.words.set(s, true);
  }

  /**
   * The parts of a Dutch compound that the cards also use as words, split once, longest head
   * first: "copingvragen" → coping + vrag, "hulpbronnen" → hulp + bronn. Linking -s- and -en-
   * are allowed ("gezondheidszorg").
   */
  const splitCache = new Map<string, string[]>();
  function compoundParts(word: string): string[] {
    let parts = splitCache.get(word);
    if (parts) return parts;
    parts = [];
    for (let cut = 3; cut <= word.length - 4 && !parts.length; cut++) {
      const head = searchStem(word.slice(cut));
      if (!vocab.words.has(head) || STOP_WORDS.has(word.slice(cut))) continue;
      const left = word.slice(0, cut);
      for (const l of [left, left.replace(/(?:s|en|e)$/, '')]) {
        if (l.length >= 3 && !STOP_WORDS.has(l) && vocab.words.has(searchStem(l))) {
          parts = [searchStem(l), head];
          break;
        }
      }
    }
    splitCache.set(word, parts);
    return parts;
  }

  /** Title and tag stems with the parts of their compounds, so "vraag" finds "copingvragen". */
  const keywordStems = (k: { words: string[]; stems: string[] }) => [
    ...k.stems,
    ...k.words.filter((w) => w.length >= 8 && !STOP_WORDS.has(w)).flatMap(compoundParts),
  ];
  const docs = prepared.map((p) => ({
    id: p.card.id,
    title: keywordStems(p.keywords[0]!),
    tags: p.keywords.slice(1).flatMap(keywordStems),
    body: p.body,
  }));
  for (const d of docs) for (const s of [...d.title, ...d.tags]) vocab.words.set(s, true);
  for (const [w, strong] of vocab.words) vocab.fuzzy.set(w, strong);

  // The documents arrive as stems joined by spaces: minisearch only splits them.
  const index = new MiniSearch<Doc>({
    fields: ['title', 'tags', 'body'],
    storeFields: [],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  index.addAll(docs.map((d) => ({ id: d.id, title: d.title.join(' '), tags: d.tags.join(' '), body: d.body.join(' ') })));

  /** Keyword phrases per card (title and tags), as sets of stems. */
  const phrases = prepared.map((p) => ({
    id: p.card.id,
    phrases: p.keywords.map((k) => [...new Set(k.stems)]).filter((stems) => stems.length > 0),
  }));

  /**
   * How specific a word is for one card, 0..1: log(N / cards that use it) / log(N). "etiquette"
   * (one card) weighs more than "krachtgericht" (many cards) when a keyword is found.
   */
  const cardFrequency = new Map<string, number>();
  for (const d of docs) {
    for (const w of new Set([...d.body, ...d.title, ...d.tags])) cardFrequency.set(w, (cardFrequency.get(w) ?? 0) + 1);
  }
  const logN = Math.log(Math.max(2, cards.length));
  const specificity = (stemmed: string) => Math.log(cards.length / (cardFrequency.get(stemmed) ?? 1)) / logN;
  const phraseWeight = (p: string[]) => p.reduce((sum, w) => sum + tuning.specific * specificity(w), 0);

  const synonyms = new Map<string, string[]>();
  for (const [key, value] of [...Object.entries(SYNONYMS), ...Object.entries(ENGLISH)]) {
    const k = normalize(key).split(' ').map(searchStem).join(' ');
    const v = phraseStems(value);
    synonyms.set(k, [...(synonyms.get(k) ?? []), ...v]);
  }
  const synonymKeys = new SearchableMap<string[]>();
  for (const [k, v] of synonyms) if (!k.includes(' ') && k.length >= 7) synonymKeys.set(k, v);

  /**
   * Vocabulary words within the edit limit of a term, with their distance. Asked for the same
   * term by strength() and corrected(), and again by the next question: kept (bounded).
   */
  const neighbourCache = new Map<string, Array<[word: string, strong: boolean, distance: number]>>();
  function neighbours(term: string): Array<[string, boolean, number]> {
    let list = neighbourCache.get(term);
    if (list) return list;
    const limit = editLimit(term);
    list = limit ? [...vocab.fuzzy.fuzzyGet(term, limit)].map(([word, [strong, distance]]) => [word, strong, distance] as [string, boolean, number]) : [];
    if (neighbourCache.size < 20_000) neighbourCache.set(term, list);
    return list;
  }

  /** The card words of the synonyms within one edit of an unknown word ("sterktse" → krachten). */
  const synonymCache = new Map<string, string[][]>();
  function synonymNeighbours(term: string): string[][] {
    let list = synonymCache.get(term);
    if (!list) {
      list = [...synonymKeys.fuzzyGet(term, 1)].map(([, [hit]]) => hit);
      if (synonymCache.size < 20_000) synonymCache.set(term, list);
    }
    return list;
  }

  /** Where a query term lands: 2 = title/tag word, 1 = body word, 0 = unknown. */
  function strength(term: string): number {
    const known = vocab.words.get(term);
    if (known !== undefined) return known ? 2 : 1;
    let best = 0;
    if (term.length >= 5) {
      for (const [, strong] of vocab.fuzzy.atPrefix(term)) {
        best = Math.max(best, strong ? 2 : 1);
        if (best === 2) return best;
      }
    }
    for (const [, strong] of neighbours(term)) best = Math.max(best, strong ? 2 : 1);
    return best;
  }

  /** The closest vocabulary word within the edit limit, for phrase matching with typos. */
  function corrected(term: string): string | undefined {
    if (vocab.words.has(term)) return term;
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const [word, , distance] of neighbours(term)) {
      if (distance < bestDistance || (distance === bestDistance && word < (best ?? '\uffff'))) {
        best = word;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Query terms (stems) with their weights. */
  /** Query terms (stems) with their weights; `weights[i]` scales everything word i adds. */
  function queryTerms(words: string[], weights: number[]): Map<string, number> {
    const stems = words.map(searchStem);
    const terms = new Map<string, number>();
    let scale = 1;
    const add = (t: string, w: number) => {
      if (t && !STOP_WORDS.has(t)) terms.set(t, Math.max(terms.get(t) ?? 0, w * scale));
    };

    for (let i = 0; i < stems.length; i++) {
      scale = weights[i] ?? 1;
      // Synonyms, longest phrase first; a phrase adds its card words, the original words stay.
      for (let len = Math.min(5, stems.length - i); len >= 1; len--) {
        // A function word alone is no synonym: "naast" (beside) is not "naasten" (relatives).
        if (len === 1 && STOP_WORDS.has(words[i]!)) break;
        const hit = synonyms.get(stems.slice(i, i + len).join(' '));
        if (hit) {
          for (const t of hit) add(t, 1);
          break;
        }
      }
      let word = words[i]!;
      if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      // "allereerste" → eerste, "allerbelangrijkste" → belangrijkste.
      if (word.startsWith('aller') && word.length >= 9) word = word.slice(5);
      const s = searchStem(word);
      add(s, 1);
      // Inflected forms: "vertrouwt" → vertrouw; also when the form itself occurs in a body.
      for (const base of inflectionCandidates(word)) {
        if (base !== s && (vocab.words.get(base) || !vocab.words.has(s))) add(base, 0.9);
      }
      if (!vocab.words.has(s) && !synonyms.has(s)) {
        for (const hit of synonymNeighbours(s)) for (const t of hit) add(t, 0.9);
        // A compound of two known words: "actieplanformulier" → actieplan + formulier.
        if (word.length >= 7) {
          const [left, head] = compoundParts(word);
          if (left && head) {
            add(left, 1);
            add(head, 0.5);
          } else {
            // Or a known title or tag word at its start: "presentietheorie" → presentie.
            for (let cut = word.length - 3; cut >= 4; cut--) {
              const part = searchStem(word.slice(0, cut));
              if (vocab.words.get(part) && !STOP_WORDS.has(word.slice(0, cut))) {
                add(part, 0.8);
                break;
              }
            }
          }
        }
      }
    }
    scale = 1;
    // Separable verbs: "rond … af" → afronden, "vul … in" → invullen, "bereid … voor".
    for (let j = 1; j < words.length; j++) {
      const particle = words[j]!;
      if (!SEPARABLE.has(particle)) continue;
      for (let i = Math.max(0, j - 6); i < j; i++) {
        const verb = words[i]!;
        if (verb.length < 3 || STOP_WORDS.has(verb)) continue;
        // "draag … over" → overdragen: a long vowel is written single in the open syllable.
        const open = verb.replace(/([aeou])\1([^aeiou])$/, '$1$2');
        for (const form of [particle + verb, `${particle + verb}en`, `${particle + verb + verb.at(-1)}en`, `${particle + open}en`]) {
          const s = searchStem(form);
          if (vocab.words.has(s)) add(s, 1);
        }
      }
    }
    // Words split by a space or hyphen that the cards write as one: "wonder vraag", "ik vorm".
    for (let i = 0; i + 1 < words.length; i++) {
      const joined = searchStem(words[i]! + words[i + 1]!);
      if (vocab.words.has(joined)) add(joined, 1);
    }
    return terms;
  }

  function outOfScope(reply: string): RouteResult {
    return { answers: [], outOfScope: true, text: outOfScopeText(reply) };
  }

  function cardText(card: KnowledgeCard, others: Answer[]): string {
    const seeAlso = card.related
      .map((id) => byId.get(id))
      .filter((c): c is KnowledgeCard => c !== undefined)
      .map((c) => c.title);
    let text = `### ${card.title}\n\n${card.body}\n\n**Zie ook:** ${seeAlso.join(' · ')}`;
    if (others.length) text += `\n\n*Bedoel je iets anders?* ${others.map((a) => a.title).join(' · ')}`;
    return text;
  }

  /** The closest topics, each with its first lines; `intro` says why they are offered. */
  function offerText(answers: Answer[], intro = UNSURE_INTRO): string {
    const items = answers.map((a) => {
      const first = byId.get(a.card)!.body.split(/\n\s*\n/)[0]!.replace(/\s+/g, ' ').replace(/:$/, ' …');
      return `- **${a.title}**: ${first}`;
    });
    return `${intro}\n\n${items.join('\n')}\n\nKies een onderwerp of stel je vraag iets anders.`;
  }

  /** Raw scores per card: full-text search plus keyword-phrase and quote bonuses. */
  function scoreCards(terms: Map<string, number>, question: string): Map<string, CardScore> {
    const scores = new Map<string, CardScore>();
    const entry = (id: string) => {
      let e = scores.get(id);
      if (!e) scores.set(id, (e = { search: 0, bonus: 0, learned: 0, factor: 1 }));
      return e;
    };
    const results = index.search([...terms.keys()].join(' '), {
      boost: { title: tuning.title, tags: tuning.tags, body: tuning.body },
      prefix: (term) => term.length >= 5,
      // Typo tolerance only for words the cards do not use as such: faster, and a known word
      // ("doel") should not also count as its neighbours ("doen").
      // A term with no vocabulary word within our edit limit (a superset of minisearch's) has no
      // fuzzy match either: skip the costly walk.
      fuzzy: (term) => (term.length >= 5 && !vocab.words.has(term) && neighbours(term).length ? 0.2 : false),
      maxFuzzy: 2,
      weights: { fuzzy: tuning.fuzzy, prefix: tuning.prefix },
      boostTerm: (term) => terms.get(term) ?? 1,
    });
    for (const r of results) entry(r.id as string).search = r.score;

    // Keyword phrases: a tag or title found whole in the question (typos corrected).
    const present = new Set<string>();
    for (const t of terms.keys()) {
      present.add(t);
      const c = corrected(t);
      if (c) present.add(c);
    }
    for (const { id, phrases: list } of phrases) {
      const found = list
        .filter((p) => p.every((s) => present.has(s)))
        .map((p) => (p.length === 1 ? tuning.word : tuning.phrase * p.length) + phraseWeight(p))
        .sort((a, b) => b - a);
      if (found.length) entry(id).bonus += found[0]! + 0.25 * found.slice(1).reduce((a, b) => a + b, 0);
    }

    // A quoted sentence of the worker's own: what the coach finds in it points to a card.
    for (const category of quoteFindings(question)) {
      const id = QUOTE_CARDS[category];
      if (byId.has(id)) entry(id).bonus += tuning.quote;
    }

    // What the worker wants to do, read from the situation (situations.ts).
    const normalized = normalize(question);
    for (const s of situationsIn(normalized)) if (byId.has(s.card)) entry(s.card).bonus += tuning.situation * s.bonus;

    // Life-area words are weak evidence of the question: their cards lose some weight, unless
    // the question is about the inventory or its areas.
    const aboutAreas = ABOUT_AREAS.test(normalized);
    if (!aboutAreas) {
      for (const [id, e] of scores) if (LIFE_AREA_CARD.test(id)) e.factor = tuning.lifeArea;
    }

    // What workers who wrote like this asked about (topic-model.ts). The model names the topic,
    // the words above say which card of it: the topic's best card by the other evidence gets the
    // topic's probability, or the topic's main card when no word reached any of its cards. One
    // card per topic, so the three answers are not three cards of one topic.
    const topSearch = Math.max(0, ...[...scores.values()].map((e) => e.search));
    const own = (e: CardScore) => e.factor * ((topSearch ? e.search / topSearch : 0) + e.bonus);
    for (const [topic, p] of topicPosterior(question)) {
      // The model learned the inventory from life-area words, which are weak evidence (above):
      // its evidence for the inventory counts only when the question is about the areas.
      if (topic === INVENTORY_TOPIC && !aboutAreas) continue;
      let best: string | undefined;
      for (const c of cards) {
        const e = scores.get(c.id);
        if (c.topic === topic && e && (!best || own(e) > own(scores.get(best)!))) best = c.id;
      }
      best ??= TOPIC_CARDS[topic as Topic];
      if (best && byId.has(best)) entry(best).learned = p;
    }
    return scores;
  }

  /**
   * The words of a question with their weights. Words inside a quoted sentence are what the
   * question is about, not its topic: the quote counts through what the coach finds in it (see
   * scoreCards), its own words only a little.
   */
  function analyse(question: string) {
    const words: string[] = [];
    const weights: number[] = [];
    let last = 0;
    const push = (text: string, weight: number) => {
      for (const w of normalize(text).split(' ')) {
        if (!w) continue;
        words.push(w);
        weights.push(weight);
      }
    };
    for (const m of question.matchAll(QUOTED)) {
      push(question.slice(last, m.index), 1);
      push(m[0], QUOTED_WEIGHT);
      last = m.index + m[0].length;
    }
    push(question.slice(last), 1);
    return { terms: queryTerms(words, weights) };
  }

  function route(full: string): RouteResult {
    // A fixed bound on the work per question: a pasted report is cut, never read whole.
    const question = full.length > MAX_QUESTION_CHARS ? full.slice(0, MAX_QUESTION_CHARS) : full;
    const english = looksEnglish(question);
    const { signals, hints } = readSafety(question);
    if (signals.length) return safetyAnswer(question, signals, english);
    // What the rules miss, the disclosure model may still read. It is less certain than a rule,
    // so the answer asks instead of declaring: the same first steps and card when the disclosure
    // is likely, the worry line and the cards when it is only possible. It does not overrule a
    // question that the scope step clearly places elsewhere (a diagnosis, an account).
    const learned = disclosureModel.read(question, topicPosterior(question));
    if (learned && !scopeOf(question).reply) {
      const { likely } = learned;
      const kind = namedProcedure(question) ?? learned.kind;
      if (!likely) return safetyHintAnswer(question, [kind, ...hints], english);
      return safetyAnswer(question, [{ kind, card: SAFETY_CARDS[kind], family: 'learned' }], english, LIKELY_SAFETY_LINES);
    }
    // A question the model leans on is never refused: a possible disclosure gets the safety cards.
    const leaning = disclosureModel.leans(question);
    const result = routeDutch(question, leaning && !hints.includes(leaning) ? [...hints, leaning] : hints);
    if (!english) return result;
    return { ...result, text: `*${ENGLISH_NOTE}*\n\n${result.text}` };
  }

  /**
   * A safety answer: the safety cards first (taxatie for a suicide hint, meldcode for violence),
   * then what the ordinary ranking found, then the first card's related cards. The text opens
   * with the first steps, then the card; `opening` asks instead of declaring when the reading
   * is the learned model's, not a rule's.
   */
  function safetyAnswer(question: string, signals: SafetySignal[], english: boolean, opening = SAFETY_LINES): RouteResult {
    const ids = [...new Set(signals.map((s) => s.card))].filter((id) => byId.has(id));
    if (!ids.length) return routeDutch(question);
    const { terms } = analyse(question);
    const ranked = terms.size ? rankCards(terms, question).answers : [];
    const related = byId.get(ids[0]!)!.related.filter((id) => byId.has(id));
    for (const id of [...ranked.map((a) => a.card), ...related]) {
      if (ids.length >= MAX_ANSWERS) break;
      if (!ids.includes(id)) ids.push(id);
    }
    let last = 1;
    const answers: Answer[] = ids.map((id, i) => {
      const found = ranked.find((a) => a.card === id)?.score ?? 0.5;
      last = i < signals.length ? Math.min(last, 1 - 0.01 * i) : Math.min(last, found, 0.9);
      return { card: id, title: byId.get(id)!.title, score: Math.round(100 * last) / 100 };
    });
    const lines = [...new Set(signals.map((s) => opening[s.kind]))];
    if (english) lines.push(`*${ENGLISH_NOTE}*`);
    const text = `${lines.join('\n\n')}\n\n${cardText(byId.get(ids[0]!)!, answers.slice(1))}`;
    return { answers, outOfScope: false, text };
  }

  /** Cards by total score, best first; the total adds the search share, keyword and learned evidence. */
  function rankCards(terms: Map<string, number>, question: string) {
    const scores = scoreCards(terms, question);
    const topSearch = Math.max(0, ...[...scores.values()].map((e) => e.search));
    const ranked = [...scores.entries()]
      .map(([id, e]) => {
        const words = e.factor * ((topSearch ? e.search / topSearch : 0) + e.bonus);
        return { id, total: words + e.factor * tuning.examples * e.learned, words, bonus: e.factor * e.bonus, learned: e.learned };
      })
      .sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
    const top = ranked[0];
    if (!top) return { ranked, answers: [] };
    // Confidence of the best card: full-text strength or-ed with the keyword and learned evidence.
    const fromSearch = topSearch / (topSearch + SEARCH_HALF);
    const fromKeywords = Math.min(0.9, top.bonus / 1.2);
    const fromExamples = LEARNED_SHARE * top.learned;
    const confidence = 1 - (1 - fromSearch) * (1 - fromKeywords) * (1 - fromExamples);
    const answers: Answer[] = ranked
      .filter((r) => r.total >= KEEP_SHARE * top.total)
      .slice(0, MAX_ANSWERS)
      .map((r) => ({ card: r.id, title: byId.get(r.id)!.title, score: Math.round((100 * confidence * r.total) / top.total) / 100 }));
    return { ranked, answers };
  }

  /**
   * A question with safety evidence below the threshold that would otherwise be refused: a
   * possible disclosure is never "not about the method". Offers the safety cards and the
   * niet-pluisgevoel, then what the ranking found, after a line on what to do with the worry.
   */
  function safetyHintAnswer(question: string, hints: readonly SafetyKind[], english = false): RouteResult {
    const { terms } = analyse(question);
    const ranked = terms.size ? rankCards(terms, question).answers : [];
    const ids = [...new Set([...hints.map((k) => SAFETY_CARDS[k]), NOT_PLUIS_CARD, ...ranked.map((a) => a.card)])].filter((id) => byId.has(id)).slice(0, MAX_ANSWERS);
    const answers: Answer[] = ids.map((id, i) => ({ card: id, title: byId.get(id)!.title, score: Math.round(100 * (0.5 - 0.05 * i)) / 100 }));
    const note = english ? `*${ENGLISH_NOTE}*\n\n` : '';
    return { answers, outOfScope: false, text: `${SAFETY_HINT_LINE}\n\n${note}${offerText(answers, WORRY_INTRO)}` };
  }

  function routeDutch(question: string, hints: SafetyKind[] = []): RouteResult {
    const refuse = (reply: string) => (hints.length ? safetyHintAnswer(question, hints) : outOfScope(reply));
    const scope = scopeOf(question);
    if (scope.reply) return refuse(scope.reply);
    const { terms } = analyse(question);
    if (terms.size === 0) return refuse(NOT_UNDERSTOOD);

    const strengths = [...terms.keys()].map(strength);
    const strong = strengths.filter((s) => s === 2).length;
    const known = strengths.filter((s) => s > 0).length;
    // Hardly a word the cards know: out of scope, unless the scope step saw method evidence or
    // the question describes a situation of the work (then the closest topics are offered).
    const unknown = known === 0 || (strong === 0 && known / terms.size < 0.5);
    if (unknown && scope.method < METHOD_ENOUGH && !situationsIn(normalize(question)).length) {
      return refuse(NO_ANSWER);
    }

    const { ranked, answers } = rankCards(terms, question);
    if (!answers.length) return refuse(NO_ANSWER);
    const top = ranked[0]!;

    const best = answers[0]!;
    // Sure: confident, and the question's own words leave no doubt: no close runner-up on the
    // words, and no other card near the top with at least as much keyword evidence ("doelen" is
    // a keyword of several cards). The topic model helps to rank, but it cannot tell two cards
    // of one topic apart, so it does not settle a close race on the words.
    const others = ranked.slice(1, MAX_ANSWERS);
    const second = Math.max(0, ...others.map((r) => r.words));
    const rival = others.some((r) => r.bonus >= top.bonus && r.words >= RIVAL_SHARE * top.words);
    const sure = best.score >= SURE_SCORE && second < CLOSE_RACE * top.words && !rival;
    const text = sure || answers.length === 1 ? cardText(byId.get(best.card)!, answers.slice(1)) : offerText(answers);
    return { answers, outOfScope: false, text };
  }

  function explain(question: string) {
    const { terms } = analyse(question);
    const scores = [...scoreCards(terms, question).entries()]
      .map(([card, e]) => ({ card, ...e }))
      .sort((a, b) => b.search + b.bonus - (a.search + a.bonus))
      .slice(0, 6);
    return { terms: Object.fromEntries(terms), scores };
  }

  return { route, explain, cards };
}

let shared: Router | undefined;

/** Routes a question with the built-in knowledge cards (the router is built on first use). */
export function route(question: string): RouteResult {
  shared ??= createRouter();
  return shared.route(question);
}

/**
 * Builds the shared router ahead of the first question: it learns from ~2,800 example questions,
 * 0.1–0.3 s once, which the panel spends while the worker is still reading.
 */
export function prepareRouter(): void {
  shared ??= createRouter();
}
