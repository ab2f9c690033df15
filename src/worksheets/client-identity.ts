import type { Finding } from '../analysis';
import { normalize } from '../analysis/heading-text';
import { type Line, type Span, spansWithin } from './text-lines';

/**
 * Who the client is, so that the ik-vorm check can tell the client in the third person from the
 * other people a worksheet is full of: "Mijn dochter Lotte … Zij stuurt mij een appje", "mijn
 * advocaat, mevrouw Peters", "Samira vraagt na …". The client's names come from the header
 * ("Naam: Nadia Bouali", "Cliënt: mevr. J. (Joyce) Pinas", "Jongere: Kimberly Tjon") and from
 * the client introducing themselves ("Ik ben Nadia", "Mijn naam is Ewa").
 */
export interface Client {
  /** The client's first names and surnames, lower case ("nadia", "bouali"). Empty when unknown. */
  names: Set<string>;
  /** The workers' names from the header ("Begeleider: Tom"), lower case. */
  workers: Set<string>;
  /** Names the worksheet gives to other people by their role ("mijn zus Fatima", "buurvrouw Ans"), lower case. */
  others: Set<string>;
}

/** A title that names the client: "Actieplan Sophie (21)", "Krachteninventarisatie van dhr. Pieters". */
const TITLE =
  /^(?:mijn\s+)?(?:actieplan|krachteninventarisatie|persoonlijk plan|herstelplan|werkblad)\s*(?:[-–—:]\s*)?(?:van\s+)?(?:(?:dhr|mevr|mw)\.?\s+|meneer\s+|mevrouw\s+)?(\p{Lu}\p{Ll}+(?:\s+(?:(?:van|de|der|den)\s+)*\p{Lu}\p{Ll}+)?)/iu;

/** Header labels that hold a worker's name. */
const WORKER_LABEL =
  /(?:begeleider|begeleidster|mentor|hulpverlener|behandelaar|coach|casemanager|regiebehandelaar|trajectbegeleider|gezinsbegeleider|maatschappelijk werker|wijkteammedewerker|consulent|ambulant begeleider|persoonlijk begeleider|pb er|pb)$/;

/** Header labels that hold the client's name. */
const CLIENT_LABEL = /^(?:naam|naam client|naam clint|client|clint|cliente|jongere|deelnemer|bewoner|bewoonster|huurder|ouder|naam jongere|naam deelnemer|naam bewoner|voor|van)$/;
/** Words in a name field that are no name: forms of address, initials, ages. */
const NOT_A_NAME = /^(?:dhr|mevr|mw|meneer|mevrouw|de|van|der|den|het|ter|ten|jr|jaar|\d+|\p{L})$/u;
/** "Ik ben Nadia", "Mijn naam is Ewa Kowalska", "Ik heet Sander". */
const INTRODUCTION = /(?:^|[.!?]\s+)(?:[Ii]k ben|[Ii]k heet|[Mm]ijn naam is)\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)?)/gu;

export function readClient(lines: readonly Line[]): Client {
  const names = new Set<string>();
  const workers = new Set<string>();
  const addTo = (set: Set<string>, s: string) => {
    for (const w of normalize(s).split(' ')) if (w && !NOT_A_NAME.test(w)) set.add(w);
  };
  const add = (s: string) => addTo(names, s);
  const others = new Set<string>();
  for (const line of lines) {
    // a header row may hold several fields: "Naam: Jeroen Bakker | Datum: … | Begeleider: …"
    const cells = line.cells ?? [line.body];
    for (const cell of line.pair ? [line.body] : cells) {
      // "Naam;Henk Smit" from a spreadsheet is read as "Naam: Henk Smit"
      const m = line.pair && line.label && line.value ? ['', line.label.text, line.value.text] : /^([^:]{1,30}):\s*(.+)$/.exec(cell.text);
      if (!m || !m[2]) continue;
      const label = normalize(m[1]!);
      const isClient = CLIENT_LABEL.test(label);
      if (!isClient && !WORKER_LABEL.test(label)) continue;
      // the name ends at a comma, a dash, a bracket or the next field on the same line ("Naam: Sander Hoekstra   Geboortedatum: …")
      const value = m[2]!.split(/\s{2,}|[,|–—]|\s-\s|\s\p{L}+:/u)[0]!.replace(/\(\d+\)/g, ' ');
      // "mevr. J. (Joyce) Pinas": the name in brackets counts; for a worker, "(Dagopvang …)" does not
      if (isClient) add(value.replace(/[()]/g, ' '));
      else addTo(workers, value.replace(/\([^()]*\)/g, ' '));
    }
    INTRODUCTION.lastIndex = 0;
    for (let m = INTRODUCTION.exec(line.body.text); m; m = INTRODUCTION.exec(line.body.text)) add(m[1]!);
    if (line.index < 3) {
      const title = TITLE.exec(line.body.text);
      if (title && !/^(?:wijkteam|beschermd|team|locatie)$/i.test(title[1]!.split(/\s/)[0]!)) add(title[1]!);
    }
    for (const name of namedByRole(line.body.text)) others.add(normalize(name));
  }
  for (const n of names) {
    workers.delete(n);
    others.delete(n);
  }
  return { names, workers, others };
}

/** Rules of the engine that point at a pronoun, which may be about anyone. */
const PRONOUN_RULES = new Set(['ik-hij', 'ik-zij', 'ik-hem', 'ik-haar', 'ik-zijn']);

/** People of the client's own life, by their role ("mijn dochter", "de buurvrouw", "haar advocaat"). */
const RELATION =
  '(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|broer|broertje|zus|zusje|vader|moeder|ouders|man|vrouw|vriend|vriendin|partner|ex|oom|tante|opa|oma|neef|nicht|buurman|buurvrouw|buren|collega|baas|begeleider|begeleidster|mentor|advocaat|advocate|huisarts|arts|dokter|psychiater|behandelaar|bewindvoerder|juf|meester|leraar|lerares|docent|coach|werkgever|schoonvader|schoonmoeder|zwager|schoonzus|stiefvader|stiefmoeder|kleinzoon|kleindochter|vriendje|vriendinnetje|hond|kat|poes)';
/** "mijn zus Fatima", "buurvrouw Ans", "mijn advocaat, mevrouw Peters": a role right before a name. */
const RELATION_WORDS = new Set(RELATION.slice(3, -1).split('|'));
const ADDRESS_WORDS = new Set(['mevrouw', 'meneer', 'dhr.', 'mevr.']);
const CAPITALISED = /(?<=[\s,(])\p{Lu}\p{Ll}+/gu;

const isGap = (c: string | undefined) => c === ' ' || c === ',' || c === '\t';

/** The word that ends right before `at` (past spaces and commas), lower case, and where it starts. */
function wordBefore(line: string, at: number): { word: string; start: number } {
  let end = at;
  while (end > 0 && isGap(line[end - 1])) end--;
  let start = end;
  while (start > 0 && !isGap(line[start - 1])) start--;
  return { word: line.slice(start, end).toLowerCase(), start };
}

/**
 * Names given with a role in a line: each capitalised word whose word before (past "mevrouw") is
 * a role ("mijn zus Fatima", "advocaat, mevrouw Peters"). The words before are read backwards from
 * the name, not split out of the line: this runs on every line of every check.
 */
function namedByRole(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(CAPITALISED)) {
    let before = wordBefore(line, m.index!);
    if (ADDRESS_WORDS.has(before.word)) before = wordBefore(line, before.start);
    if (RELATION_WORDS.has(before.word)) out.push(m[0]);
  }
  return out;
}

const RELATION_MENTION = new RegExp(
  `(?:(?<![\\p{L}])(?:mijn|m'n|m’n|onze|ons|de|het|haar|zijn|een)\\s+(?:\\p{L}+\\s+)?|\\p{L}+['’]?s\\s+)${RELATION}(?![\\p{L}])`,
  'giu',
);
/** Verbs after a name that make it the subject: "Kimberly belt", "Jeroen wil". */
const SUBJECT_VERB =
  '(?:is|was|wil|wilde|kan|kon|zal|zou|mag|moet|gaat|ging|heeft|had|komt|kwam|doet|deed|zit|zat|ziet|zag|eet|leest|\\p{Ll}{2,}t)(?![\\p{L}])';
/** An aside between a name and its verb: "Thijs (28) woont", "Eva, mijn nicht, belt". */
const ASIDE = '(?:\\s*\\([^()\\n]{1,30}\\)|,[^,.!?\\n]{1,30},)?';
/**
 * A capitalised name: at a clause start before a verb ("Yasmina zit", not "Verbeteren van"), or
 * right after "met", "van", "en", "bij" … ("met Piet", "en Adam").
 */
const NAME_MENTION = new RegExp(
  `(?:(?:^|\\n\\s*|[.!?;:]\\s+|[-•*]\\s*)(\\p{Lu}\\p{Ll}+)(?=${ASIDE}\\s+${SUBJECT_VERB})|\\s(?:met|van|en|bij|aan|voor|${RELATION})\\s+(\\p{Lu}\\p{Ll}+)(?=\\s+\\p{Ll}))`,
  'gu',
);
/** The client named by a form of address or a role: "Mevrouw", "Cliënt", "Dhr.". */
const CLIENT_WORD = /(?<![\p{L}])(?:[Cc]liënte?|[Cc]liente?|[Cc]l\.|[Mm]eneer|[Mm]evrouw|[Mm]ijnheer|[Dd]hr\.|[Mm]evr\.|[Mm]w\.)(?![\p{L}])(?!\s+(?:\p{Lu}|(?:van|de|den|der|ter|ten)\s))/gu;

/** Where a person is named: who (the client or someone else) and at what offset. */
interface Mention {
  at: number;
  client: boolean;
  worker?: boolean;
}

/**
 * Where a pronoun's look back starts: the start of the sentence before its own, at most 400
 * characters back, never over an empty line (another block of the worksheet).
 */
function lookBackStart(text: string, at: number): number {
  let ends = 0;
  for (let i = at - 1; i >= 0 && at - i < 400; i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && ++ends === 2) return i + 1;
  }
  return Math.max(0, at - 400);
}

function mentionsIn(text: string, start: number, end: number, client: Client): Mention[] {
  const part = text.slice(start, end);
  const out: Mention[] = [];
  for (const m of part.matchAll(RELATION_MENTION)) out.push({ at: start + m.index!, client: false });
  for (const m of part.matchAll(CLIENT_WORD)) out.push({ at: start + m.index!, client: true });
  for (const m of part.matchAll(NAME_MENTION)) {
    const name = (m[1] ?? m[2])!;
    const at = start + m.index! + m[0].indexOf(name);
    const lower = normalize(name);
    if (STARTER.test(lower)) continue;
    out.push({ at, client: client.names.has(lower), worker: client.workers.has(lower) });
  }
  // a name the worksheet gives to someone else ("mijn zoon Thijs", "begeleider Joost") is that
  // person wherever it stands in the sentence: "met zijn vriendin" after "Thijs woont in Rosmalen"
  for (const m of part.matchAll(CAPITALISED)) {
    const lower = normalize(m[0]);
    if (client.names.has(lower) || !(client.others.has(lower) || client.workers.has(lower))) continue;
    const at = start + m.index!;
    if (!out.some((o) => o.at === at)) out.push({ at, client: false, worker: client.workers.has(lower) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Capitalised words that open a sentence without naming anyone. */
const STARTER =
  /^(?:ik|wij|we|mijn|onze|ons|het|de|een|dit|dat|deze|die|er|daar|hier|nu|dan|toen|op|in|met|bij|voor|na|om|aan|over|sinds|vanaf|elke|iedere|samen|zelf|ook|verder|eerst|later|vroeger|wens|nu|soms|vaak|graag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gaat|wisselend|mevrouw|meneer|mijnheer|client|cliente|bewoner|bewoonster|deelnemer|jongere)$/;

/**
 * Whether a third-person finding of the engine is about someone other than the client:
 * - a first name that is not the client's ("Yasmina", "Fleur"), when the client's name is known;
 * - a pronoun (zij, hij, haar, zijn, hem) whose nearest person before it, in its own sentence or
 *   the one before, is someone else ("Yasmina zit in groep 8. Zij wil dokter worden.").
 * "Meneer", "Cliënt" and a pronoun with no one else before it stay the client.
 */
export function isAboutSomeoneElse(f: Finding, text: string, client: Client, judged: readonly Span[]): boolean {
  if (f.rule === 'ik-voornaam') {
    const name = normalize(f.text);
    // with the client's name known, any other name is someone else; without it, only the names
    // the worksheet gives to workers and to people by their role
    return client.names.size > 0 ? !client.names.has(name) : client.workers.has(name) || client.others.has(name);
  }
  // "mevrouw Dijkstra", "meneer De Jong": with a surname that is not the client's, someone else
  if (f.rule === 'ik-meneer' || f.rule === 'ik-mevrouw') {
    const surname = /\s((?:(?:van|de|den|der|ter|ten)\s+)*\p{Lu}[\p{L}'’-]+)$/u.exec(f.text);
    return !!surname && !normalize(surname[1]!).split(' ').some((w) => client.names.has(w));
  }
  if (!PRONOUN_RULES.has(f.rule)) return false;
  // look back no further than the judged part the pronoun stands in (not into the header)
  const part = spansWithin(judged, f.start, f.start + 1)[0];
  const from = Math.max(lookBackStart(text, f.start), part?.start ?? 0);
  const nearest = mentionsIn(text, from, f.start, client).at(-1);
  if (!nearest || nearest.client) return false;
  // "Tom belt de gemeente over haar uitkering": the worker acts for the client in the client's matters
  if (nearest.worker && (f.rule === 'ik-haar' || f.rule === 'ik-zijn') && CLIENT_MATTER.test(text.slice(f.end, f.end + 30))) return false;
  return true;
}

/** What a worker arranges for the client: "haar uitkering", "zijn aanvraag", "haar post". */
const CLIENT_MATTER =
  /^\s+(?:\p{L}+\s+)?(?:uitkering|bijstand|toeslag\p{L}*|aanvraag|aanmelding|inschrijving|schulden|schuld|post|administratie|huur|huurachterstand|rekening\p{L}*|formulier\p{L}*|paspoort|id-kaart|papieren|dossier|indicatie|woning|kamer|medicijnen|medicatie|afspraak|afspraken|kinderen|zoon|dochter|cv|sollicitatie\p{L}*|studiefinanciering|bewind\p{L}*|budget|geld|zorgverzekering|verzekering)(?![\p{L}])/iu;

/** "Cl.", "Dhr.", "Mevrouw" without a surname: the client, also where the engine leaves it alone. */
export function clientWords(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    for (const m of text.slice(s.start, s.end).matchAll(CLIENT_WORD)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  }
  return out;
}

/**
 * The client's own name as the subject of a clause ("Kimberly belt met DUO"), which the engine
 * may leave alone because a name can be anyone's. Only with the client's name known.
 */
export function clientNamedAsSubject(text: string, spans: readonly Span[], client: Client): Span[] {
  if (!client.names.size) return [];
  const out: Span[] = [];
  const re = new RegExp(`(?:^|[.!?;:]\\s+|[-•*)]\\s*)(\\p{Lu}\\p{Ll}+)(?=\\s+${SUBJECT_VERB})`, 'gu');
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(re)) {
      const name = m[1]!;
      if (!client.names.has(normalize(name))) continue;
      const at = s.start + m.index! + m[0].length - name.length;
      out.push({ start: at, end: at + name.length });
    }
  }
  return out;
}

/**
 * The client by a family role, without "mijn": "Vader belt de juf", "Wie: moeder". In the client's
 * own voice their father is "mijn vader"; a bare role is the worker writing about the client.
 */
const BARE_ROLE = /(?:^|[.!?;:]\s+|[-•*)]\s*)((?:[Dd]e\s+)?(?:[Vv]ader|[Mm]oeder|[Pp]apa|[Mm]ama|[Jj]ongere|[Dd]eelnemer|[Hh]ulpvrager))(?=\s+\p{Ll}+)/gu;

export function clientByRole(text: string, spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(BARE_ROLE)) {
      const word = m[1]!;
      const at = s.start + m.index! + m[0].length - word.length;
      out.push({ start: at, end: at + word.length });
    }
  }
  return out;
}

/** A "Wie:" that names the client in the third person: "cliënt", "mevrouw", "vader", "cl.". */
const WHO_IS_CLIENT = /^(?:de\s+)?(?:cliënte?|cliente?|cl\.?|dhr\.?|mevr\.?|mw\.?|meneer|mevrouw|vader|moeder|jongere|deelnemer|bewoner|bewoonster)(?![\p{L}])/iu;

export function whoNamesClient(who: string): boolean {
  return WHO_IS_CLIENT.test(who.trim());
}
