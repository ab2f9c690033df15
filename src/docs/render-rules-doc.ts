import { CATEGORY_DISPLAY } from '../analysis/categories';
import type { Rule } from '../analysis/rule-schema';
import { CATEGORIES } from '../analysis/types';

/** What all rules of a category share: all suggestions, or all in the same modes only. */
function shared(rules: readonly Rule[]): string {
  const notes: string[] = [];
  if (rules.every((r) => r.severity === 'suggestion')) notes.push('alle als suggestie');
  const modes = rules[0]!.modes?.join(', ');
  if (modes && rules.every((r) => r.modes?.join(', ') === modes)) notes.push(`alleen in ${modes}`);
  return notes.map((n) => `, ${n}`).join('');
}

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
    lines.push(`## ${CATEGORY_DISPLAY[category].name} (\`${category}\`)`, '', `${own.length} regels${shared(own)}.`, '', '| id | ernst | melding | voorbeeld | herschrijving |', '|---|---|---|---|---|');
    for (const r of own) {
      const offered = r.kind === 'substitution' ? r.swap[0]![1] : r.rewrites[0]!;
      const rewrite = typeof offered === 'string' ? offered : 'replacement' in offered ? offered.replacement : `vraag: ${offered.question}`;
      const modes = r.modes ? ` (${r.modes.join(', ')})` : '';
      lines.push(`| \`${r.id}\` | ${r.severity}${modes} | ${cell(r.message)} | ${cell(r.examples.bad[0]!)} | ${cell(rewrite)} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
