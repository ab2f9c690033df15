/**
 * Text normalisation for the assistant: lower case, diacritics folded ("cliënt" → "client"),
 * punctuation to spaces, and tokens. Pure: shared by the index (cards) and the queries, so both
 * sides see the same words.
 */

/**
 * The last few texts normalised: one question is normalised by safety, scope and the router in
 * turn, and the Unicode regular expressions below are the costly part.
 */
const recent = new Map<string, string>();
const RECENT = 8;

/** Lower case, diacritics folded, apostrophes and hyphens dropped inside words, other punctuation as space. */
export function normalize(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const result = normalizeText(text);
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(text, result);
  return result;
}

function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/(\p{L})['’`´](?=\p{L})/gu, '$1') // LVB'er → lvber, cliënt’s → clients
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ') // ik-vorm → ik vorm (compounds are joined again in tokens())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text after normalisation. */
export function tokens(text: string): string[] {
  const n = normalize(text);
  return n ? n.split(' ') : [];
}

/**
 * Dutch (and a few English) function words that carry no topic, and "cliënt", which stands in
 * nearly every question. "ik", "jij", "wij" and "niet" are stop words on their own but still
 * form compounds with the next word ("ik-vorm", "niet pluis"): see the router. The person who
 * says something ("mijn teamleider zegt …") is the frame of a question, not its topic; "naast"
 * is the preposition, not the start of "naastbetrokkenen".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `de het een en of maar dus want als dan die dat deze dit daar hier er is zijn ben bent was waren
  wordt worden werd werden word heb hebt heeft hebben had hadden kan kun kunt kunnen kon
  zou zouden moet moeten mag mogen wil wilt willen ga gaat gaan doe doet doen
  in op aan van voor met bij naar om uit tot over door tegen onder tussen zonder na te
  hoe wat waar wanneer wie welke welk waarom hoezo
  je jou jouw u uw me mijn mij m ons onze hun hen hem haar zijn z zich
  ook nog al wel veel meer heel erg zo zoal toch even eens eigenlijk gewoon precies graag alsjeblieft aub svp
  iets wat iemand men ze zij hij het ik jij wij we jullie niet geen
  client clienten cliente clientes hoort erin eruit erbij ervan nu plaats goed goede maak maakt maken gemaakt
  begeleider begeleiders hulpverlener hulpverleners werker werkers teamleider teamleiders leidinggevende
  naast
  schrijf schrijft schrijven geschreven opschrijven noteer noteren noteert write writing
  the a an of to in on for with and or is are do does how what when why who which can i my me you your it this that be
  he she her him his hers they them their we us our has have had was were been being will would could should shall may might must
  at by from into about out up over after before again also just very really there here then than so if but all any some`
    .split(/\s+/)
    .filter(Boolean),
);
