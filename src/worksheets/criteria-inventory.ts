import { LEEFGEBIEDEN } from '../analysis/leefgebieden';
import type { Inventory } from './read-inventory';
import type { Verdict } from './criteria-wording';
import { hasContent, type Span, stripPrompts, wordCount } from './text-lines';

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
 * EIGEN-WOORDEN. Passes when the worksheet quotes the client at least once: a quotation of two
 * words or more (the engine's quote rules; a quoted [prompt] of a template does not count).
 * Fails without spans: what is missing is a quotation.
 */
export function eigenWoorden(text: string, allQuotes: readonly Span[]): Verdict {
  const quotes = allQuotes.filter((q) => wordCount(stripPrompts(text.slice(q.start, q.end))) >= 2);
  if (quotes.length) {
    return { pass: true, message: `${quotes.length === 1 ? '1 citaat' : `${quotes.length} citaten`} van de cliënt tussen aanhalingstekens.`, spans: [] };
  }
  return { pass: false, message: 'Geen citaat van de cliënt gevonden: nergens staan de eigen woorden van de cliënt tussen aanhalingstekens.', spans: [] };
}

/**
 * PRIORITEITEN. A Prioriteiten block with three or four priorities: list items, or one per
 * line, or the parts of one line ("wonen, werk en geld"); placeholders, [prompts] and questions
 * do not count. Fails when the block is missing (no span), empty (the heading), or has fewer
 * than three (the heading) or more than four (the items).
 */
export function prioriteiten(inv: Inventory): Verdict {
  const p = inv.priorities;
  if (!p) return { pass: false, message: 'Er staat geen blok Prioriteiten in het werkblad.', spans: [] };
  const n = p.items.length;
  if (n >= 3 && n <= 4) return { pass: true, message: `${n} prioriteiten.`, spans: [] };
  if (n === 0) return { pass: false, message: 'Het blok Prioriteiten is nog leeg.', spans: [p.heading] };
  if (n < 3) return { pass: false, message: `${n === 1 ? '1 prioriteit' : `${n} prioriteiten`}; kies er drie of vier.`, spans: [p.heading] };
  return { pass: false, message: `${n} prioriteiten; kies er drie of vier om eerst aan te werken.`, spans: p.items };
}
