import type { Category, Finding } from '../analysis';
import { overlapsAny, quotedSpans } from '../analysis/quotes';
import { sentences } from '../analysis/segment';
import { type Client, clientNamedAsSubject, clientWords, isAboutSomeoneElse } from './client-identity';
import type { Line, Span } from './text-lines';
import { sortedDisjoint, wordCount } from './text-lines';

/**
 * The three criteria about wording that both worksheets share: ik-vorm, positief, specifiek.
 * They use the engine's findings (worksheet mode), so the check and the underlining in the
 * editor never disagree. Text in quotation marks is the client's own words and never counts
 * against these criteria; neither do the worksheet's own labels and headings ("Naam cliënt:",
 * "Veiligheid & bescherming tegen geweld").
 */

export interface Verdict {
  pass: boolean;
  message: string;
  spans: Span[];
}

export interface WordingContext {
  text: string;
  lines: readonly Line[];
  findings: readonly Finding[];
  /** Labels and headings of the form, sorted and disjoint (`sortedDisjoint`). */
  structure: readonly Span[];
  /** Quotations (`quotesOf`), computed once per check; sorted and disjoint. */
  quotes: readonly Span[];
  /**
   * The parts a trainer reads (sorted, disjoint): Wie en wat, the leefgebieden and the priorities;
   * or the goal and the steps. Header data, signatures and progress notes are never judged.
   */
  judged: readonly Span[];
  client: Client;
}

const QUOTE_MARK = /["„“”«‹'‘‚]/;

/** The client's words: every quotation, line by line (the engine's own quote rules). */
export function quotesOf(lines: readonly Line[]): Span[] {
  const out: Span[] = [];
  for (const l of lines) if (QUOTE_MARK.test(l.text)) out.push(...quotedSpans(l.text, l.start));
  return out;
}

/** Findings of the given categories in the judged parts, outside quotes and the form's labels. */
export function counted(ctx: WordingContext, categories: readonly Category[]): Finding[] {
  return ctx.findings.filter(
    (f) =>
      categories.includes(f.category) &&
      overlapsAny(ctx.judged, f.start, f.end) &&
      !overlapsAny(ctx.quotes, f.start, f.end) &&
      !overlapsAny(ctx.structure, f.start, f.end),
  );
}

/** Spans of the client's own words found by the worksheet's rules: in judged parts, outside quotes. */
export function outsideQuotes<T extends Span>(ctx: WordingContext, spans: readonly T[]): T[] {
  return spans.filter((s) => !overlapsAny(ctx.quotes, s.start, s.end) && !overlapsAny(ctx.structure, s.start, s.end));
}

/**
 * `"soms", "vaak", "een beetje" …`: the distinct words of some findings, for a message; each as
 * first written (a name keeps its capital: "Henk"), "Niet" and "niet" counted once.
 */
export function listed(texts: readonly string[], max = 5): string {
  const firstForm = new Map<string, string>();
  for (const t of texts) if (!firstForm.has(t.toLowerCase())) firstForm.set(t.toLowerCase(), t);
  const unique = [...firstForm.values()];
  const shown = unique.slice(0, max).map((t) => `"${t}"`);
  return shown.join(', ') + (unique.length > max ? ' …' : '');
}

const FIRST_PERSON = /(?<![\p{L}])(?:ik|mij|me|mijn|m'n|m’n|mezelf|mijzelf|we|wij|ons|onze)(?![\p{L}])/iu;
const SPEECH =
  /(?<![\p{L}])(?:zegt|zei|zeggen|vertelt|vertelde|noemt|noemde|antwoordt|antwoordde|aldus|volgens|schrijft|schreef|roept|riep|verwoordt|verwoordde|letterlijk|citaat|in (?:haar|zijn) (?:eigen )?woorden)(?![\p{L}])/iu;

/**
 * Sentences where a short frame around a quotation says who speaks ('Meneer zegt: "Ik wil
 * werken."', '"Ik kom altijd rond," zegt ze.'). The frame is how a worker marks the client's own
 * words, so its "meneer" or "ze" is no ik-vorm fault. A frame is at most eight words outside the
 * quotation, in the same sentence, and holds a speech verb or "volgens".
 */
function attributionFrames(ctx: WordingContext, found: readonly Span[]): Span[] {
  const out: Span[] = [];
  const { quotes } = ctx;
  let f = 0;
  for (const line of ctx.lines) {
    // only lines that hold both a finding and a quotation
    while (f < found.length && found[f]!.end <= line.start) f++;
    if (f >= found.length) break;
    if (found[f]!.start >= line.end || !overlapsAny(quotes, line.start, line.end)) continue;
    for (const sentence of sentences(line.text, line.start)) {
      const inside = quotes.filter((q) => q.start < sentence.end && sentence.start < q.end);
      if (!inside.length) continue;
      let outside = '';
      let from = sentence.start;
      for (const q of inside) {
        outside += ` ${ctx.text.slice(from, Math.max(from, q.start))}`;
        from = Math.max(from, q.end);
      }
      outside += ` ${ctx.text.slice(from, Math.max(from, sentence.end))}`;
      if (SPEECH.test(outside) && wordCount(outside) <= 8) out.push(sentence);
    }
  }
  return out;
}

/**
 * IK-VORM. Fails when the client appears in the third person in the judged parts, outside
 * quotations, labels and the short frame of a quotation:
 * - the engine's third-person findings ("cliënt wil", "meneer", "Dhr.", "hij", "zij"), except
 *   those about someone else: a first name that is not the client's, or a pronoun whose nearest
 *   person before it is someone else ("Yasmina zit in groep 8. Zij wil dokter worden.");
 * - the client's own name as a subject ("Kimberly belt met DUO"), and what `extra` adds (the
 *   actieplan's "Vader belt", "Wie: cliënt").
 * Also fails when no first-person word (ik, mij, mijn, we, ons …) occurs anywhere, quotations
 * included (a worksheet of bare nouns or infinitives is not written by the client).
 */
export function ikVorm(ctx: WordingContext, extra: readonly Span[] = []): Verdict {
  const found = counted(ctx, ['not-first-person']).filter((f) => !isAboutSomeoneElse(f, ctx.text, ctx.client, ctx.judged));
  const own = outsideQuotes(ctx, [...clientNamedAsSubject(ctx.text, ctx.judged, ctx.client), ...clientWords(ctx.text, ctx.judged), ...extra]);
  const frames = found.length || own.length ? attributionFrames(ctx, [...found, ...own].sort((a, b) => a.start - b.start)) : [];
  const foundSpans = sortedDisjoint(found);
  const frameSpans = sortedDisjoint(frames);
  const framed = [
    ...found.filter((f) => !overlapsAny(frameSpans, f.start, f.end)),
    ...own.filter((s) => !overlapsAny(foundSpans, s.start, s.end) && !overlapsAny(frameSpans, s.start, s.end)),
  ].sort((a, b) => a.start - b.start);
  if (framed.length) {
    return {
      pass: false,
      message: `${framed.length} keer over de cliënt in de derde persoon: ${listed(framed.map((f) => ctx.text.slice(f.start, f.end)))}.`,
      spans: framed,
    };
  }
  if (!FIRST_PERSON.test(ctx.text)) {
    return { pass: false, message: 'Nergens staat "ik" of "mijn": het werkblad spreekt niet met de stem van de cliënt.', spans: [] };
  }
  return { pass: true, message: 'Het werkblad staat in de ik-vorm; anderen mogen bij naam of rol genoemd worden.', spans: [] };
}

/**
 * POSITIEF. Fails on any niet-formulering (category negation: niet, geen, nooit, kan niet …) or
 * probleemtaal (category deficit: moeite met, lukt niet, problemen …) in the judged parts, outside
 * quotations and labels, and on what `extra` adds (the actieplan's "stoppen met", "voorkomen",
 * "minder"). The method asks for what is there and what is wanted; one such phrase is already a
 * fault to point at, so there is no threshold.
 */
export function positief(ctx: WordingContext, extra: readonly Span[] = []): Verdict {
  const engine = counted(ctx, ['negation', 'deficit']);
  const engineSpans = sortedDisjoint(engine);
  const found = [...engine, ...outsideQuotes(ctx, extra).filter((s) => !overlapsAny(engineSpans, s.start, s.end))].sort((a, b) => a.start - b.start);
  if (found.length) {
    const n = found.length;
    const words = listed(found.map((f) => ctx.text.slice(f.start, f.end)));
    return { pass: false, message: `${n} ${n === 1 ? 'niet-formulering of probleemwoord' : 'niet-formuleringen of probleemwoorden'}: ${words}.`, spans: found };
  }
  return { pass: true, message: 'Positief geformuleerd: geen niet-formuleringen of probleemtaal.', spans: [] };
}

export function hasFirstPerson(text: string): boolean {
  return FIRST_PERSON.test(text);
}
