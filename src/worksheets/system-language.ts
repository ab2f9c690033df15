import type { Span, TextSpan } from './text-lines';

/**
 * Professional and system language on a worksheet, beyond the engine's jargon and label rules
 * (src/analysis/rules): the words of a care plan, an indication or a team meeting that a client
 * does not use about their own life. The method asks for the client's words (domain/METHOD.md:
 * "in the client's language"; "plain language, no jargon"); a worksheet that speaks like a
 * treatment plan is the worker's, not the client's. Everyday words and names of ordinary services
 * are not here: uitkering, bewindvoerder, huisarts, mbo, stage, schuldhulp, thuiszorg, AOW,
 * dagbesteding, apotheek.
 *
 * Each entry: a pattern (a regex source, matched case-insensitively as a whole word; `*` marks
 * where a compound may go on, as in "CRA-traject" or "behandeltraject") and why it is system
 * language.
 */
interface Term {
  pattern: string;
  why: string;
}

/** Words of care and treatment plans: wrong anywhere on a worksheet outside quotes. */
export const PROFESSIONAL_TERMS: readonly Term[] = [
  { pattern: '[\\p{L}-]*traject', why: 'CRA-traject, behandeltraject, zorgtraject: the name of the care, not something in the client\'s life' },
  { pattern: '(?:alcohol|drugs|cannabis|middelen|gok|medicatie)gebruik', why: 'X-gebruik is the clinic\'s noun; a client says "drinken", "blowen", "mijn pillen"' },
  { pattern: 'medicatie(?:on)?trouw|therapie(?:on)?trouw|therapietrouw', why: 'a treatment measure, named as the client\'s trait' },
  { pattern: 'abstinen(?:tie|t)', why: 'addiction-care term for "niet drinken / niet gebruiken"' },
  { pattern: 'zelfredzaam(?:heid)?', why: 'indication language (Wmo), not the client\'s' },
  { pattern: 'zelfregie', why: 'policy word for "zelf bepalen"' },
  { pattern: 'participatie|participeren', why: 'policy word for taking part' },
  { pattern: 'integreren|integratie', why: 'policy word' },
  { pattern: 'dagstructuur', why: 'care-plan word for a day\'s rhythm' },
  { pattern: 'netwerkversterking|netwerk versterken|versterken van (?:het|mijn) netwerk', why: 'method word for "meer mensen om mij heen"' },
  { pattern: '(?:pedagogische|sociale|communicatieve|opvoedkundige)\\s+vaardigheden|\\p{L}+vaardigheden', why: 'a professional\'s skill list (budgetvaardigheden, copingvaardigheden), not the client\'s words' },
  { pattern: '(?:sociaal|sociale)\\s+isolement|isolement', why: 'a file\'s word for being alone a lot' },
  { pattern: 'copingstrategie(?:ën|en)?|coping', why: 'psychology term' },
  { pattern: 'ziekte-?besef', why: 'like ziekte-inzicht: the professional\'s view named as the client\'s lack' },
  { pattern: '[\\p{L}-]*problematiek', why: 'schuldenproblematiek, verslavingsproblematiek: a file label' },
  { pattern: '[\\p{L}-]*stoornis(?:sen)?', why: 'a diagnosis: persoonlijkheidsstoornis, angststoornis' },
  { pattern: 'borderline|schizofrenie|bipolaire?|adhd|autismespectrum[\\p{L}]*|ptss|lvb', why: 'a diagnosis or classification' },
  { pattern: 'psychiatrische (?:voorgeschiedenis|problemen|klachten)', why: 'file language' },
  { pattern: '\\p{L}*regulatie', why: 'emotieregulatie, impulsregulatie: a treatment goal\'s word' },
  { pattern: '(?:licht\\s+)?verstandelijke\\s+beperking', why: 'a classification (LVB) named as who the client is' },
  { pattern: 'hulpvraag|zorgvraag|zorgbehoefte|ondersteuningsbehoefte', why: 'intake language for what the client wants' },
  { pattern: 'mdo|multidisciplinair overleg|behandelteam|zorgteam', why: 'the team\'s meeting, not the client\'s life' },
  { pattern: 'stabiliseren|stabilisatie', why: 'clinical aim, not a wish in the client\'s words' },
];

/**
 * The way a care plan states a goal: a nominalisation ("vergroten van …", "het behouden van …")
 * or a policy phrase ("op het gebied van"). Only judged in the goal (doel-eigen-woorden).
 */
export const GOAL_PHRASES: readonly Term[] = [
  { pattern: '(?:het\\s+)?(?:vergroten|verbeteren|bevorderen|versterken|behouden|handhaven|optimaliseren|ontwikkelen|verminderen|reduceren|stimuleren|realiseren|bewerkstelligen|uitbreiden) van', why: 'a nominalised aim: the plan\'s voice' },
  { pattern: '(?:behoud|uitbreiding|verbetering|vergroting|versterking|bevordering|realisatie|optimalisatie|vermindering|reductie) van', why: 'a nominalised aim: the plan\'s voice' },
  { pattern: 'huisvesting|woonsituatie|financiële situatie|(?:psychische\\s+)?stabiliteit|(?:sociaal|sociale)\\s+netwerk', why: 'the words of an intake form for house, money, health and people' },
  { pattern: 'op het gebied van|ten aanzien van|t\\.a\\.v\\.|m\\.b\\.t\\.|met betrekking tot', why: 'officialese' },
  { pattern: '(?:vaardigheden|zelfstandigheid|weerbaarheid|draagkracht|eigen kracht) (?:vergroten|verbeteren|ontwikkelen|versterken)', why: 'a professional\'s aim' },
  { pattern: 'reguleren|monitoren|consolideren|optimaliseren', why: 'clinical verbs' },
  { pattern: 'stabiel (?:blijven|houden|worden)', why: 'the clinic\'s aim; the client says what a good day looks like' },
  { pattern: 'terugval(?:preventie)?', why: 'relapse in the clinic\'s words; the client says what they want to keep' },
];

function compile(terms: readonly Term[]): RegExp {
  const alternatives = terms.map((t) => `(?:${t.pattern.replace(/\*$/, '[\\p{L}-]*')})`).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}])`, 'giu');
}

const PROFESSIONAL = compile(PROFESSIONAL_TERMS);
const GOAL = compile([...PROFESSIONAL_TERMS, ...GOAL_PHRASES]);

function find(re: RegExp, text: string, spans: readonly Span[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, text: m[0] });
      if (!m[0].length) re.lastIndex++;
    }
  }
  return out;
}

/** Professional terms in the given parts of the text. */
export function professionalTerms(text: string, spans: readonly Span[]): TextSpan[] {
  return find(PROFESSIONAL, text, spans);
}

/** Professional terms and the care plan's way of stating a goal, in the goal's parts. */
export function systemLanguageInGoal(text: string, spans: readonly Span[]): TextSpan[] {
  return find(GOAL, text, spans);
}
