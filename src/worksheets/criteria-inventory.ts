import { overlapsAny } from '../analysis/quotes';
import { LEEFGEBIEDEN } from '../analysis/leefgebieden';
import { counted, listed, outsideQuotes, type Verdict, type WordingContext } from './criteria-wording';
import { entrySpecificity } from './entry-specificity';
import { setByOthers } from './priority-owner';
import type { Inventory } from './read-inventory';
import { professionalTerms } from './system-language';
import { hasContent, type Span, sortedDisjoint, stripPrompts, withoutQuotes, wordCount } from './text-lines';

/**
 * LEEFGEBIEDEN-COMPLEET. Each of the ten leefgebieden (domain/METHOD.md) must have a heading
 * (numbered or not, a synonym such as "Geld" or "Werk", or the first cell of a table row) and
 * something filled in under it: any text that is not a placeholder ("-", "n.v.t.", "nog
 * invullen", "?", a [prompt]) and holds a word. The three parts per area (nu, wensen, vroeger)
 * are advice, not required: the training checks that all ten areas are covered. Fails naming
 * each area that is missing or empty; the spans point at the headings of the empty ones.
 */
export function leefgebiedenCompleet(inv: Inventory): Verdict {
  const missing: string[] = [];
  const empty: string[] = [];
  const spans: Span[] = [];
  for (const area of LEEFGEBIEDEN) {
    const block = inv.areas.get(area.id);
    if (!block) {
      missing.push(area.name);
      continue;
    }
    if (block.content.some((c) => hasContent(c.text))) continue;
    const shown = block.content.map((c) => c.text.trim()).find((t) => t && stripPrompts(t).trim());
    empty.push(shown ? `${area.name} ("${shown}")` : area.name);
    spans.push(...block.headings);
  }
  if (!missing.length && !empty.length) return { pass: true, message: 'Alle tien leefgebieden zijn ingevuld.', spans: [] };
  if (empty.length === LEEFGEBIEDEN.length) return { pass: false, message: 'Alle tien leefgebieden zijn nog leeg.', spans };
  if (missing.length === LEEFGEBIEDEN.length) {
    return { pass: false, message: 'Geen enkel leefgebied gevonden: zet de tien leefgebieden als kopjes in het werkblad.', spans };
  }
  const parts = [`${missing.length + empty.length} van de 10 leefgebieden ${missing.length + empty.length === 1 ? 'ontbreekt of is' : 'ontbreken of zijn'} leeg.`];
  if (empty.length) parts.push(`Leeg: ${empty.join(', ')}.`);
  if (missing.length) parts.push(`Niet gevonden: ${missing.join(', ')}.`);
  return { pass: false, message: parts.join(' '), spans };
}

/**
 * EIGEN-WOORDEN. Passes when the worksheet quotes the client at least once (a quotation of two
 * words or more; a quoted [prompt] of a template does not count) AND uses no professional language
 * outside quotations in the parts a trainer reads: the engine's jargon and labels (ADL, MDO,
 * ziekte-inzicht, middelengebruik, zorgmijder …) and the worksheet's own list of system language
 * (CRA-traject, medicatietrouw, netwerkversterking, dagstructuur, diagnoses; system-language.ts).
 * Fails naming the professional words, or that a quotation is missing.
 */
export function eigenWoorden(ctx: WordingContext): Verdict {
  const quotes = ctx.quotes.filter((q) => wordCount(stripPrompts(ctx.text.slice(q.start, q.end))) >= 2);
  const engine = counted(ctx, ['jargon', 'label']);
  const engineSpans = sortedDisjoint(engine);
  const own = outsideQuotes(ctx, professionalTerms(ctx.text, ctx.judged)).filter((s) => !overlapsAny(engineSpans, s.start, s.end));
  const jargon = [...engine, ...own].sort((a, b) => a.start - b.start);
  const words = listed(jargon.map((f) => ctx.text.slice(f.start, f.end)));
  if (jargon.length && !quotes.length) {
    return { pass: false, message: `Geen citaat van de cliënt, en vaktaal buiten aanhalingstekens: ${words}.`, spans: jargon };
  }
  if (jargon.length) return { pass: false, message: `Vaktaal buiten aanhalingstekens: ${words}. Dat zijn niet de woorden van de cliënt.`, spans: jargon };
  if (quotes.length) {
    return { pass: true, message: `${quotes.length === 1 ? '1 citaat' : `${quotes.length} citaten`} van de cliënt tussen aanhalingstekens, en geen vaktaal.`, spans: [] };
  }
  return { pass: false, message: 'Geen citaat van de cliënt gevonden: nergens staan de eigen woorden van de cliënt tussen aanhalingstekens.', spans: [] };
}

/**
 * SPECIFIEK. Every filled-in leefgebied holds a concrete fact (a name, a number, a day or time, a
 * place, a concrete activity); an entry that is only a judgement ("Gaat goed.", "Wisselend.") or a
 * vague amount without a fact ("Ik kook soms.", "Ik heb wat vrienden.") fails (entry-specificity.ts).
 * Quotations are the client's words and are not judged. Missing or empty areas are judged under
 * leefgebieden-compleet, not here. Fails naming each vague area and its words.
 */
export function specifiekInventory(inv: Inventory, ctx: WordingContext): Verdict {
  const problems: string[] = [];
  const spans: Span[] = [];
  for (const area of LEEFGEBIEDEN) {
    const block = inv.areas.get(area.id);
    if (!block) continue;
    const filled = block.content.filter((c) => hasContent(c.text));
    if (!filled.length) continue;
    const said = filled.map((c) => withoutQuotes(ctx.text, c, ctx.quotes)).join(' ');
    const j = entrySpecificity(said);
    if (!j.vague) continue;
    problems.push(`${area.name}: "${j.words}"`);
    spans.push(...filled);
  }
  if (!problems.length) return { pass: true, message: 'Elk ingevuld leefgebied noemt een concreet feit.', spans: [] };
  return {
    pass: false,
    message: `${problems.length === 1 ? 'Eén leefgebied noemt' : `${problems.length} leefgebieden noemen`} alleen een oordeel of een vage hoeveelheid, zonder feit: ${problems.join('; ')}.`,
    spans,
  };
}

/**
 * PRIORITEITEN. A Prioriteiten block (or a marked priority: "Prioriteit: …", "Wat ik als eerste
 * wil:") that names at least one wish, chosen by the client. Fails when there is no block (loose
 * "Wens:" lines in the areas are no priorities), when the block is empty or a placeholder ("Nog
 * bespreken."), or when its heading or a line in it says others set them ("(volgens
 * behandelteam)", "vastgesteld in MDO"; priority-owner.ts). The method's advice of three or four
 * is mentioned, not required.
 */
export function prioriteiten(inv: Inventory): Verdict {
  const p = inv.priorities;
  if (!p) return { pass: false, message: 'Er staat geen blok Prioriteiten in het werkblad; losse wensen bij de leefgebieden zijn nog geen keuze.', spans: [] };
  const others = setByOthers([p.heading.text, ...p.marks.map((m) => m.text), ...p.items.map((i) => i.text)]);
  if (others) {
    const at = [p.heading, ...p.marks, ...p.items].find((s) => s.text.toLowerCase().includes(others.toLowerCase().split(/\s+/).at(-1)!));
    return { pass: false, message: `De prioriteiten zijn door anderen gekozen ("${others}"), niet door de cliënt.`, spans: [at ?? p.heading] };
  }
  const n = p.items.length;
  if (n === 0) {
    const shown = p.written.map((w) => w.text.trim()).filter(Boolean);
    return {
      pass: false,
      message: shown.length ? `Het blok Prioriteiten noemt nog geen wens van de cliënt (${listed(shown, 2)}).` : 'Het blok Prioriteiten is nog leeg.',
      spans: [p.heading, ...p.written],
    };
  }
  const advice = n > 4 ? ` De methode raadt drie of vier aan; dit zijn er ${n}.` : '';
  return { pass: true, message: `${n === 1 ? '1 prioriteit' : `${n} prioriteiten`}, gekozen door de cliënt.${advice}`, spans: [] };
}
