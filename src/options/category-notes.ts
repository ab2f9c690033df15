import type { Category } from '../analysis/types';

/** One line per category for the options page and the first-run legend: what the coach looks for. */
export const CATEGORY_NOTES: Readonly<Record<Category, string>> = {
  negation: 'Zinnen over wat er niet is of niet gebeurde; beschrijf wat er wél is.',
  deficit: 'Taal die bij het probleem begint; begin bij wat lukt en wat helpt.',
  label: 'Een persoon die een diagnose of oordeel wordt; beschrijf wat je zag en hoorde.',
  jargon: 'Afkortingen en vaktaal die de cliënt niet kent; zeg het in gewone taal.',
  coercion: '‘Moet’, ‘mag niet’: zeg wat er is afgesproken, en met wie.',
  'not-first-person': 'In een werkblad schrijft de cliënt zelf: ‘ik’, niet ‘hij’ of ‘zij’.',
  vague: 'Woorden als ‘vaak’ of ‘erg’: beschrijf wat je precies zag.',
  unfinished: 'Een [plek om in te vullen] die nog in je tekst staat.',
};
