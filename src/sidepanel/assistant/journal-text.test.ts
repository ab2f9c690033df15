import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../storage/journal';
import { exportFileName, journalMarkdown, parseTags, searchJournal } from './journal-text';

const entries: JournalEntry[] = [
  { id: '1', date: '2025-03-03T09:00:00.000Z', prompt: 'Wanneer was ik echt aanwezig?', answer: 'Bij de wandeling met meneer T. in het park.', tags: ['presentie'] },
  { id: '2', date: '2025-03-05T09:00:00.000Z', prompt: 'Deed ik wat ik zei?', answer: 'Ik vergat de cliënt terug te bellen.', tags: ['proces', 'intervisie'] },
];

describe('journal text', () => {
  it('finds entries by words in the answer, the prompt and the tags, ignoring accents and case', () => {
    expect(searchJournal(entries, 'WANDELING').map((e) => e.id)).toEqual(['1']);
    expect(searchJournal(entries, 'client bellen').map((e) => e.id)).toEqual(['2']);
    expect(searchJournal(entries, 'intervisie').map((e) => e.id)).toEqual(['2']);
    expect(searchJournal(entries, 'maart').map((e) => e.id)).toEqual(['1', '2']);
    expect(searchJournal(entries, '')).toHaveLength(2);
    expect(searchJournal(entries, 'vakantie')).toEqual([]);
  });

  it('exports Markdown, newest first, with the local-only note', () => {
    const md = journalMarkdown(entries, new Date(2025, 2, 6));
    expect(md).toMatch(/^# Mijn reflectiedagboek/);
    expect(md).toContain('alleen op deze computer opgeslagen');
    expect(md.indexOf('Deed ik wat ik zei?')).toBeLessThan(md.indexOf('Wanneer was ik echt aanwezig?'));
    expect(md).toContain('## 5 maart 2025');
    expect(md).toContain('*Labels:* proces, intervisie');
  });

  it('reads tags and names the file by date', () => {
    expect(parseTags('Zorg, intervisie;  zorg ,#presentie')).toEqual(['zorg', 'intervisie', 'presentie']);
    expect(exportFileName(new Date(2025, 0, 9))).toBe('reflectiedagboek-2025-01-09.md');
  });
});
