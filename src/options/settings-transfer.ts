import { updateDraftSettings } from '../settings/draft-settings-store';
import { readSettingsFile, refuseBySize, settingsFileName, settingsFileOf } from '../settings/settings-file';
import { draftSettings } from './drafts-model';
import { preferences, replacePreferences, say } from './settings-model';
import { addImportedSites, workerSites } from './sites-model';

/** "Exporteren": the worker's preferences, own sites and Conceptbeveiliging as a JSON file, through the browser's download. */
export function exportSettings(): void {
  const file = settingsFileOf(preferences.value, workerSites.value, draftSettings.value);
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = settingsFileName(new Date());
  a.click();
  // The download has its own copy once it started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say('Je instellingen zijn als bestand bewaard (in je map Downloads).');
}

/**
 * "Importeren": all or nothing. A file that is too large is refused before it is read; one that
 * does not parse as a whole changes nothing. Sites come in as "nog toestaan" where the browser
 * must ask first.
 */
export async function importSettings(file: File): Promise<void> {
  const tooLarge = refuseBySize(file.size);
  if (tooLarge) return say(tooLarge, 'error');
  let text: string;
  try {
    text = await file.text();
  } catch {
    return say('Dit bestand kon niet worden gelezen. Er is niets veranderd.', 'error');
  }
  const read = readSettingsFile(text);
  if (!read.ok) return say(read.message, 'error');
  await replacePreferences(read.file.preferences);
  const drafts = read.file.drafts;
  if (drafts) await updateDraftSettings(() => drafts);
  const waiting = await addImportedSites(read.file.sites);
  say(
    waiting
      ? `Je instellingen zijn ingelezen. ${waiting === 1 ? 'Eén site wacht' : `${waiting} sites wachten`} nog op je toestemming: zie "Sites".`
      : 'Je instellingen zijn ingelezen.',
  );
}
