import { describe, expect, it } from 'vitest';
import { addJournalEntry, deleteJournalEntry, listJournal } from './journal';
import { freshDb } from './test-support';

describe('journal (for the assistant)', () => {
  it('keep journal entries, newest first', async () => {
    const db = freshDb();
    await addJournalEntry(db, { id: 'j1', date: '2025-03-01', prompt: 'Wat ging goed?', answer: 'Het gesprek.', tags: ['reflectie'] });
    await addJournalEntry(db, { id: 'j2', date: '2025-03-03', prompt: 'Wat leerde ik?', answer: 'Luisteren.', tags: [] });
    expect((await listJournal(db)).map((e) => e.id)).toEqual(['j2', 'j1']);
    expect(await db.journal.where('tags').equals('reflectie').count()).toBe(1);
    await deleteJournalEntry(db, 'j1');
    expect((await listJournal(db)).map((e) => e.id)).toEqual(['j2']);
  });

  it('keeps each tag once: a typed tag that the prompt already has, or the same tag in capitals', async () => {
    const db = freshDb();
    // Today's prompt is tagged "presentie"; the worker types "Presentie, intervisie, presentie".
    await addJournalEntry(db, { id: 'j1', date: '2025-03-01', prompt: 'Wanneer was ik echt aanwezig?', answer: 'Bij de wandeling.', tags: ['presentie', 'er zijn', 'Presentie', ' intervisie', 'presentie', ''] });
    const [entry] = await listJournal(db);
    expect(entry!.tags).toEqual(['presentie', 'er zijn', 'intervisie']);
    expect(await db.journal.where('tags').equals('presentie').count()).toBe(1);
  });

});
