import { DEFAULT_HOURS } from './draft-settings';

/**
 * What drafts keep, in the worker's words: one text for the options page, the welcome page and
 * the panel's privacy tab, so they cannot say different things.
 */
export const DRAFTS_SUMMARY =
  'Valt het dossier uit, loopt een tabblad vast of klik je per ongeluk weg? Dan zet Krachtcoach je tekst met één klik terug.';

export function draftsKept(hours: number = DEFAULT_HOURS): string[] {
  return [
    'Alleen waar jij of je organisatie het aanzet. In het begin staat het overal uit.',
    'Per tekstveld alleen de laatste versie van je tekst, met de tijd en het aantal woorden. Nooit wachtwoorden of velden die de site geheim houdt.',
    'Versleuteld, in de opslag van de extensie op deze computer. De sleutel staat alleen in het geheugen van de browser: sluit je de browser, dan is het concept onleesbaar en wordt het gewist.',
    `Hoogstens ${hours === 1 ? '1 uur' : `${hours} uur`}; daarna wordt het gewist. Ook als je het formulier opslaat, of bij Wis alles.`,
    'Er wordt nooit iets teruggezet zonder jouw klik, en terugzetten maak je ongedaan met Ctrl+Z.',
  ];
}
