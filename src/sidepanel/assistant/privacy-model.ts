import type { HistoryDays } from '../../storage/chat';
import { draftStore } from './assistant-store';
import { wipeChat } from './chat-model';
import { wipeJournal } from './journal-model';

/**
 * What Krachtcoach keeps, where, and what "Wis alles" does with it: one table, so the privacy
 * tab's list, the question before wiping, the message after it and the wipe itself cannot drift
 * apart (privacy-model.test.ts fills every store and checks the wipe against these words).
 */

export type KeptId = 'chat' | 'journal' | 'drafts' | 'snippets' | 'settings' | 'sites' | 'policy';

export interface KeptItem {
  id: KeptId;
  /** Short, for the sentences of "Wis alles" ("je reflectiedagboek"). */
  name: string;
  /** What exactly, when the name needs it. */
  detail?: string;
  /** Where, and for how long. */
  where: string;
  /** Present when "Wis alles" wipes this: what does it. Absent: it stays. */
  wipe?: () => Promise<void>;
}

const DATABASE = 'In de database van de extensie (IndexedDB), alleen op deze computer';
const EXTENSION_STORAGE = 'In de opslag van de extensie in deze browser, alleen op deze computer';

function daysText(days: HistoryDays): string {
  return days === 1 ? '1 dag' : `${days} dagen`;
}

/** `keep`/`days`: the chat-history setting, which decides what the list says about the chat. */
export function keptItems(keep: boolean, days: HistoryDays): KeptItem[] {
  return [
    {
      id: 'chat',
      name: 'het bewaarde gesprek met de assistent',
      where: keep
        ? `${DATABASE}, ${daysText(days)}; wat ouder is, wordt gewist.`
        : 'Nergens: bewaren staat uit, dus het gesprek is weg als je het paneel sluit.',
      wipe: wipeChat,
    },
    { id: 'journal', name: 'je reflectiedagboek', where: `${DATABASE}, tot je het wist.`, wipe: wipeJournal },
    {
      id: 'drafts',
      name: 'de bewaarde concepten',
      detail: 'alleen waar je conceptbeveiliging aanzette: per tekstveld de laatste versie, versleuteld',
      where: `${DATABASE}. Onleesbaar en gewist zodra je de browser sluit, en na de uren die je bij Instellingen kiest (standaard 12).`,
      wipe: draftStore.clear,
    },
    {
      id: 'snippets',
      name: 'je eigen sjablonen',
      detail: 'met je favorieten en welke sjablonen je onlangs gebruikte',
      where: `${DATABASE}, tot je ze verwijdert bij Sjablonen.`,
    },
    {
      id: 'settings',
      name: 'je instellingen',
      detail: 'woordenlijst, uitgezette regels en soorten, rustige stand, gesprek bewaren, geïmporteerde sites die op Toestaan wachten, welkomstpagina gezien',
      where: `${EXTENSION_STORAGE}.`,
    },
    {
      id: 'sites',
      name: 'de sites waar Krachtcoach altijd aan staat',
      detail: 'en tot je de browser sluit de tabbladen waar je hem even aanzette',
      where: 'Als toestemming in de browser, tot je ze uitzet bij Instellingen.',
    },
    {
      id: 'policy',
      name: 'het beleid van je organisatie',
      detail: 'alleen te lezen',
      where: 'Door je organisatie in de browser gezet. Krachtcoach leest het alleen, en onthoudt in de opslag van de extensie welke regels het uitzet.',
    },
  ];
}

/** What is never kept, by design (the flows' `history`, chat-model's keptOf). */
export const NEVER_KEPT: readonly string[] = [
  'De tekst in het dossier en wat de coach erin aanwijst: de coach leest een veld alleen terwijl je schrijft. Alleen waar je conceptbeveiliging aanzet, blijft de laatste versie even versleuteld bewaard (zie hierboven).',
  'De tekst die je laat nakijken met Check mijn tekst, ook niet als je het gesprek bewaart: dan blijft alleen hoeveel opmerkingen van welke soort er waren.',
];

/** "a, b en c" */
function listed(parts: readonly string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}` : (parts[0] ?? '');
}

function capital(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

function split(): { wiped: string[]; stays: string[] } {
  const items = keptItems(true, 30);
  return { wiped: items.filter((i) => i.wipe).map((i) => i.name), stays: items.filter((i) => !i.wipe).map((i) => i.name) };
}

/** The question before wiping: what goes and what stays. */
export function wipeAllQuestion(): string {
  const { wiped, stays } = split();
  return `Wis alles wist ${listed(wiped)}. Dat kan niet ongedaan worden gemaakt. ${capital(listed(stays))} blijven staan.`;
}

/** The message after wiping. */
export function wipeAllDone(): string {
  const { wiped, stays } = split();
  return `Gewist: ${listed(wiped)}. Blijven staan: ${listed(stays)}.`;
}

/** "Wis alles": wipes exactly what the table says it wipes. */
export async function wipeAll(): Promise<void> {
  await Promise.all(keptItems(true, 30).flatMap((i) => (i.wipe ? [i.wipe()] : [])));
}
