import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../storage/test-support';
import { useDatabase } from './assistant-store';
import { entries, found, journalQuery, loadJournal, removeEntry, saveDrafts, saveEntry, undoRemove, wipeJournal } from './journal-model';

beforeEach(() => {
  useDatabase(freshDb());
  entries.value = [];
  journalQuery.value = '';
});

describe('the reflection journal', () => {
  it('saves, lists newest first, searches, deletes with undo and wipes', async () => {
    expect(await saveEntry('Wanneer was ik er echt?', 'Bij de wandeling in het park.', ['presentie'])).toBe(true);
    expect(await saveEntry('Deed ik wat ik zei?', '   ', [])).toBe(false);
    await saveDrafts([
      { prompt: 'Vraag 1', answer: 'Antwoord een', tags: ['intervisie'] },
      { prompt: 'Vraag 2', answer: 'Antwoord twee', tags: ['intervisie'] },
    ]);
    await loadJournal();
    expect(entries.value.map((e) => e.prompt)).toEqual(['Vraag 2', 'Vraag 1', 'Wanneer was ik er echt?']);
    journalQuery.value = 'park';
    expect(found.value.map((e) => e.answer)).toEqual(['Bij de wandeling in het park.']);
    await removeEntry(found.value[0]!);
    expect(entries.value).toHaveLength(2);
    await undoRemove();
    expect(entries.value).toHaveLength(3);
    await wipeJournal();
    await loadJournal();
    expect(entries.value).toEqual([]);
  });
});
