import type { Span, TextSpan } from './text-lines';

/**
 * "Weinig" (the engine files it as a vague word; on a worksheet it names a lack: "weinig
 * geld", "weinig dagstructuur"), and "te …" as a worksheet uses it to name a problem: "mijn schuld is te groot", "het is te druk in
 * mijn hoofd", "de huur is te hoog". The method asks what is there and what is wanted
 * (domain/METHOD.md, positive wording); the engine's deficit rules know "moeite met" and "lukt
 * niet", not this pattern. Only adjectives that judge a burden: "te voet" or "te koop" are not
 * here, and "om te" is no "te + adjective".
 */
const TOO =
  /(?<![\p{L}])(?:weinig|(?<!om\s)te\s+(?:groot|veel|weinig|zwaar|moeilijk|druk|hoog|duur|klein|krap|snel|laat|lang|vol|onrustig|eenzaam|stil|vaak|ver|moe|bang|onzeker|verward))(?![\p{L}])/giu;

/**
 * Problem words the engine's deficit rules leave alone, as clients and workers write them on a
 * worksheet: "last van", "ik heb het zwaar", "lastig", "eenzaam", "gebrek aan", "tekort aan",
 * "een rommel". Each names a burden, not what is there or wanted.
 */
const BURDEN =
  /(?<![\p{L}])(?:last van|(?:heb|had|hebben|heeft) het (?:erg |heel |best )?zwaar|lastig|eenzaam|gebrek aan|tekort aan|(?:een|één) rommel)(?![\p{L}])/giu;

export function burdenWords(text: string, spans: readonly Span[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of spans) {
    const part = text.slice(s.start, s.end);
    for (const re of [TOO, BURDEN]) for (const m of part.matchAll(re)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
