import { computed, signal } from '@preact/signals';
import type { JournalDraft } from '../../assistant/flows';
import { nextPrompt, promptForDay, type ReflectionPrompt } from '../../assistant/reflection-prompts';
import type { JournalEntry } from '../../storage/journal';
import { journalStore } from './assistant-store';
import { exportFileName, journalMarkdown, searchJournal } from './journal-text';
import { download } from '../download';

/** The private reflection journal: entries, search, today's prompt, status line. */
export const entries = signal<JournalEntry[]>([]);
export const journalQuery = signal('');
export const journalStatus = signal<string | null>(null);
export const todaysPrompt = signal<ReflectionPrompt>(promptForDay(new Date()));
export const lastRemoved = signal<JournalEntry | null>(null);
export const found = computed(() => searchJournal(entries.value, journalQuery.value));

const newId = () => (globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`);

async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    journalStatus.value = error instanceof Error ? error.message : 'Het dagboek kon niet worden gelezen of bewaard.';
    return undefined;
  }
}

export async function loadJournal(): Promise<void> {
  const list = await attempt(() => journalStore.list());
  if (list) entries.value = list;
}

export async function saveEntry(prompt: string, answer: string, tags: string[]): Promise<boolean> {
  if (!answer.trim()) return false;
  const entry: JournalEntry = { id: newId(), date: new Date().toISOString(), prompt: prompt.trim(), answer: answer.trim(), tags };
  const ok = await attempt(() => journalStore.add(entry).then(() => true));
  if (!ok) return false;
  journalStatus.value = 'Bewaard in je dagboek, alleen op deze computer.';
  await loadJournal();
  return true;
}

/** Keeps the answers of a reflection or intervision flow; resolves how many were kept. */
export async function saveDrafts(drafts: readonly JournalDraft[]): Promise<number> {
  let n = 0;
  const now = Date.now();
  for (const [i, d] of drafts.entries()) {
    // A millisecond apart: the order of the series stays the order of the journal.
    const entry: JournalEntry = { id: newId(), date: new Date(now + i).toISOString(), prompt: d.prompt, answer: d.answer, tags: d.tags };
    if (await attempt(() => journalStore.add(entry).then(() => true))) n++;
  }
  await loadJournal();
  return n;
}

export async function removeEntry(entry: JournalEntry): Promise<void> {
  if ((await attempt(() => journalStore.remove(entry.id).then(() => true))) !== true) return;
  lastRemoved.value = entry;
  journalStatus.value = 'Aantekening verwijderd.';
  await loadJournal();
}

export async function undoRemove(): Promise<void> {
  const entry = lastRemoved.value;
  if (!entry) return;
  await attempt(() => journalStore.add(entry));
  lastRemoved.value = null;
  journalStatus.value = 'Aantekening teruggezet.';
  await loadJournal();
}

export async function wipeJournal(): Promise<void> {
  await attempt(() => journalStore.clear());
  lastRemoved.value = null;
  entries.value = [];
  journalStatus.value = 'Je dagboek is gewist.';
}

export function otherPrompt(): void {
  todaysPrompt.value = nextPrompt(todaysPrompt.value);
}

export function exportJournal(): void {
  download(exportFileName(), 'text/markdown', journalMarkdown(entries.value));
}
