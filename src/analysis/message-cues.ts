import type { MessagePart } from './types';

/**
 * Cues for the parts of a complete boodschap (Herstelwerk, "Confronteren met complete
 * boodschappen"; LABELS.md). Data, like the rules: each cue is a regex source matched
 * case-insensitively within one sentence. Order matters only for the examples shown.
 */
interface PartCue {
  part: MessagePart;
  pattern: string;
  why: string;
}

const YOU = '(?:je|jij|jou|jouw|u|uw)';
const WE = '(?:we|wij|ons|onze)';

export const PART_CUES: readonly PartCue[] = [
  // jij: the other's side, as observation, understanding or a question.
  { part: 'jij', pattern: `\\bik\\s+(?:zie|merk|hoor|begrijp|snap|lees|denk te begrijpen|kan me voorstellen)\\b[^.!?]*?\\b${YOU}\\b`, why: 'waarneming of begrip van de ander' },
  // An observation of the situation as the main clause, even without "je" ("Henk, ik merk dat de
  // brieven ongeopend liggen"); inside a feeling ("… als ik zie dat het zo gaat") it is the
  // condition of the ik-part. "Ik merk dat ik …" / "dat het me raakt" are the speaker's own side.
  { part: 'jij', pattern: `^(?:\\p{L}+,\\s*)?ik\\s+(?:zie|zag|merk|merkte)\\s+dat\\s+(?!ik\\b|het\\s+(?:me|mij)\\b)`, why: 'waarneming van wat er gebeurt' },
  { part: 'jij', pattern: `^(?![^?]*\\b(?:${WE}|samen|met elkaar)\\b)(?!\\s*waarom\\b[^?]*\\bniet\\b)[^?]+\\?$`, why: 'een vraag aan de ander' },
  // wij: the shared way forward.
  { part: 'wij', pattern: `\\b(?:laten|zullen|kunnen|gaan|willen|zouden)\\s+(?:we|wij)\\b`, why: 'samen verder' },
  { part: 'wij', pattern: `\\b(?:we|wij)\\s+(?:kunnen|gaan|zullen|spreken|willen|proberen|zoeken|maken)\\b`, why: 'samen verder' },
  { part: 'wij', pattern: `\\b(?:samen|met elkaar|afspreken|een afspraak maken|laat ons)\\b`, why: 'samen verder' },
  { part: 'wij', pattern: `\\bik\\s+(?:zou\\s+(?:graag\\s+)?willen|wil\\s+graag|stel\\s+voor)\\s+dat\\s+(?:we|wij)\\b`, why: 'samen verder' },
  // ik: the speaker's own feeling or experience; "ik vind dat …" is a judgement, not an ik-part.
  { part: 'ik', pattern: `\\bik\\s+(?:word|werd)\\b[^.!?]*\\b(?:van|bang|boos|verdrietig|onrustig|onzeker|zenuwachtig|ongerust|moe|machteloos|somber|gespannen|geraakt|blij)\\b`, why: 'eigen gevoel' },
  { part: 'ik', pattern: `\\b(?:daar|dan|er|hier)\\s+(?:word|werd)\\s+ik\\b`, why: 'eigen gevoel' },
  { part: 'ik', pattern: `\\bik\\s+(?:schrik|schrok|erger (?:me|mij)|baal|voel (?:me|mij)|voel\\s+(?:verdriet|boosheid|onrust)|maak (?:me|mij)\\s+(?:zorgen|druk)|heb\\s+(?:er\\s+|daar\\s+|hier\\s+)?(?:last|moeite|zorgen|verdriet|het gevoel)|ben\\s+(?:er\\s+)?(?:bang|bezorgd|boos|verdrietig|geschrokken|teleurgesteld|ongerust|geraakt|onzeker|benauwd|bezorgd))\\b`, why: 'eigen gevoel' },
  { part: 'ik', pattern: `\\bik\\s+vind\\s+(?:het|dat)\\s+(?:(?:erg|heel|best|wel|echt|een beetje)\\s+)?(?:vervelend|lastig|moeilijk|jammer|naar|spannend|eng|zwaar|pijnlijk|verdrietig|ongemakkelijk|niet fijn)\\b`, why: 'eigen gevoel' },
  { part: 'ik', pattern: `\\b(?:het|dat|dit)\\s+(?:maakt|raakt|doet)\\s+(?:me|mij)\\b`, why: 'eigen gevoel' },
  { part: 'ik', pattern: `\\bik\\s+merk\\s+dat\\s+ik\\b`, why: 'eigen ervaring' },
];

/** An example sentence per part, shown when that part is missing. */
export const PART_EXAMPLES: Record<MessagePart, string> = {
  ik: 'Ik maak me zorgen als ik zie hoe moe je bent.',
  jij: 'Ik zie dat je je best doet. Hoe is dat voor jou?',
  wij: 'Laten we samen bekijken wat nu de eerste stap kan zijn.',
};
