import type { Rule } from '../analysis/rule-schema';
import { CATEGORIES, type Category } from '../analysis/types';

const CATEGORY_TITLE: Record<Category, string> = {
  negation: 'Niet-formuleringen (`negation`)',
  deficit: 'Probleemgerichte taal (`deficit`)',
  label: 'Etiketten (`label`)',
  jargon: 'Vakjargon (`jargon`)',
  coercion: 'Sturende taal (`coercion`)',
  'not-first-person': 'Geen ik-vorm, alleen in werkbladen (`not-first-person`)',
  vague: 'Vage woorden, als suggestie (`vague`)',
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/rules.md, generated from the rule data (npm run docs:rules); a test keeps it current. */
export function renderRulesDoc(rules: readonly Rule[]): string {
  const lines = [
    '# Regels van Krachtcoach',
    '',
    '<!-- Gegenereerd uit src/analysis/rules met `npm run docs:rules`. Niet met de hand bewerken. -->',
    '',
    `${rules.length} regels. Elke regel is een gegevensrecord met een vaste id, een uitleg vanuit de methode, een bron en eigen voorbeelden die in de tests draaien.`,
    '',
  ];
  for (const category of CATEGORIES) {
    const own = rules.filter((r) => r.category === category);
    if (!own.length) continue;
    lines.push(`## ${CATEGORY_TITLE[category]}`, '', `${own.length} regels.`, '', '| id | ernst | melding | voorbeeld | herschrijving |', '|---|---|---|---|---|');
    for (const r of own) {
      const rewrite = r.kind === 'substitution' ? r.swap[0]![1] : r.rewrites[0]!.replacement;
      const modes = r.modes ? ` (${r.modes.join(', ')})` : '';
      lines.push(`| \`${r.id}\` | ${r.severity}${modes} | ${cell(r.message)} | ${cell(r.examples.bad[0]!)} | ${cell(rewrite)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
