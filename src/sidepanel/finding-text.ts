import { messageUnderCategory } from '../analysis/message-text';
import type { StrengthsSummary } from '../analysis/strengths-summary';
import type { Finding } from '../analysis/types';

/**
 * The words of the compact panel, pure so they are tested without a browser: the message of a
 * finding under its marker, and the kind summary at the top.
 */

/** "Sturende taal: beschrijf de afspraak" → "Beschrijf de afspraak" beside the marker "Sturende taal". */
export function shortMessage(finding: Pick<Finding, 'category' | 'message'>): string {
  return messageUnderCategory(finding.message, finding.category);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "1 citaat van de cliënt, 2 concrete waarnemingen": what is already strengths-based, or '' when nothing is. */
export function strengthsLine(s: StrengthsSummary): string {
  const parts = [
    s.quotes.length ? plural(s.quotes.length, 'citaat van de cliënt', 'citaten van de cliënt') : '',
    s.firstPerson.length ? plural(s.firstPerson.length, 'zin in de ik-vorm', 'zinnen in de ik-vorm') : '',
    s.concrete.length ? plural(s.concrete.length, 'concrete waarneming', 'concrete waarnemingen') : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** "2 zinnen om naar te kijken". */
export function lookAtLine(s: StrengthsSummary): string {
  return plural(s.toLookAt, 'zin om naar te kijken', 'zinnen om naar te kijken');
}

/** Praise for a text without findings that names what makes it good. */
export function praiseLine(s: StrengthsSummary): string {
  const doing = [
    s.quotes.length ? 'citeert de cliënt' : '',
    s.concrete.length ? 'beschrijft wat er gebeurde' : '',
    s.firstPerson.length ? 'schrijft in de ik-vorm' : '',
  ].filter(Boolean);
  const list = doing.length > 1 ? `${doing.slice(0, -1).join(', ')} en ${doing.at(-1)}` : doing[0];
  return `Mooi krachtgericht geschreven: niets om naar te kijken.${list ? ` Je ${list}.` : ''}`;
}
