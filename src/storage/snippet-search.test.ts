import { describe, expect, it } from 'vitest';
import type { StoredSnippet } from './snippet-types';
import { foldTerm, SnippetIndex, searchableBody } from './snippet-search';
import { openTestService } from './test-support';

function snippet(id: string, title: string, body: string, tags: string[] = []): StoredSnippet {
  return { id, title, body, tags, origin: 'own', favourite: false, usageCount: 0, createdAt: 0, updatedAt: 0, lastUsedAt: null, readOnly: false };
}

describe('foldTerm', () => {
  it('lower-cases and folds diacritics', () => {
    expect(foldTerm('Cliënt')).toBe('client');
    expect(foldTerm('FINANCIËN')).toBe('financien');
    expect(foldTerm('café')).toBe('cafe');
  });
});

describe('searchableBody', () => {
  it('keeps the words of fields (question, options), not their syntax', () => {
    const text = searchableBody('Wie: {{keuze:Wie doet het?|ik|mijn begeleider}} op {{datum:Volgende afspraak|+2w}}');
    expect(text).toContain('Wie doet het?');
    expect(text).toContain('mijn begeleider');
    expect(text).toContain('Volgende afspraak');
    expect(text).not.toMatch(/\{\{|keuze|datum|\+2w/);
  });
});

describe('SnippetIndex', () => {
  const index = new SnippetIndex();
  index.setAll([
    snippet('a', 'Afspraak bevestigen', 'Hierbij bevestig ik onze afspraak bij de bewindvoerder.', ['afspraak']),
    snippet('b', 'Financiën op orde', 'Samen met de cliënt de post openen.', ['geld']),
    snippet('c', 'Groet', 'Hoi {{naam}}, fijn dat je er bent.', ['contact']),
  ]);

  it('finds by title, body and tags', () => {
    expect(index.search('bevestigen')[0]).toBe('a');
    expect(index.search('post')).toEqual(['b']);
    expect(index.search('contact')).toEqual(['c']);
  });

  it('finds by prefix and with a typo', () => {
    expect(index.search('afspr')[0]).toBe('a');
    expect(index.search('bewindvoerdr')).toEqual(['a']);
  });

  it('ignores case and diacritics both ways', () => {
    expect(index.search('financien')).toEqual(['b']);
    expect(index.search('CLIENT')).toEqual(['b']);
    expect(index.search('groét')).toEqual(['c']);
  });

  it('needs every word (AND): more words narrow the list', () => {
    expect(index.search('afspraak post')).toEqual([]);
    expect(index.search('post cliënt')).toEqual(['b']);
  });

  it('a short word being typed matches titles and tags by prefix, not every body word', () => {
    const i = new SnippetIndex();
    i.setAll([snippet('title', 'Afspraak maken', 'tekst'), snippet('body', 'Iets anders', 'afspraken in de tekst')]);
    expect(i.search('af')).toEqual(['title']);
    expect(i.search('afsp')).toEqual(['title', 'body']);
  });

  it('a finished word (followed by more) matches by prefix from 6 letters: compounds', () => {
    const i = new SnippetIndex();
    i.setAll([snippet('ki', 'Krachteninventarisatie', 'De postbus legen.'), snippet('p', 'Post', 'De post openen.')]);
    expect(i.search('kracht ')).toEqual(['ki']);
    expect(i.search('post ')).toEqual(['p']);
    expect(i.search('post').sort()).toEqual(['ki', 'p']);
  });

  it('ranks a title match above a body match', () => {
    const i = new SnippetIndex();
    i.setAll([snippet('body', 'Iets anders', 'Over de wondervraag gesproken.'), snippet('title', 'Wondervraag', 'Stel de vraag.')]);
    expect(i.search('wondervraag')).toEqual(['title', 'body']);
  });

  it('is updated incrementally: replace and remove', () => {
    const i = new SnippetIndex();
    i.setAll([snippet('x', 'Eerste titel', 'tekst')]);
    i.set(snippet('x', 'Tweede titel', 'tekst'));
    expect(i.search('eerste')).toEqual([]);
    expect(i.search('tweede')).toEqual(['x']);
    expect(i.size).toBe(1);
    i.remove('x');
    expect(i.search('tweede')).toEqual([]);
    expect(i.size).toBe(0);
    i.set(snippet('x', 'Derde titel', 'tekst'));
    expect(i.search('derde')).toEqual(['x']);
  });
});

describe('search through the service', () => {
  it('follows every change without a rebuild', async () => {
    const service = await openTestService();
    const r = await service.save({ title: 'Zwemdiploma', body: 'Vandaag het zwemdiploma gehaald, {{naam}}!', tags: ['zwemmen'] });
    if (!r.ok) throw new Error(r.error);
    expect(service.search('zwemdipl')[0]?.id).toBe(r.snippet.id);
    await service.save({ id: r.snippet.id, title: 'Pianoles', body: 'Eerste pianoles met {{naam}}.', tags: [] });
    expect(service.search('zwemdiploma')).toEqual([]);
    expect(service.search('piano')[0]?.id).toBe(r.snippet.id);
    await service.delete(r.snippet.id);
    expect(service.search('piano')).toEqual([]);
  });

  it('finds the built-in templates in Dutch, accents or not', async () => {
    const service = await openTestService();
    expect(service.search('krachteninventarisatie')[0]?.id).toBe('krachteninventarisatie');
    expect(service.search('taxatie draagkracht')[0]?.id).toBe('taxatie-van-draagkracht');
    expect(service.search('wondervraag').map((s) => s.id)).toContain('oplossingsgerichte-vragen');
  });

  it('respects the limit', async () => {
    const service = await openTestService();
    expect(service.search('', 'all', 3)).toHaveLength(3);
    expect(service.search('de', 'all', 2).length).toBeLessThanOrEqual(2);
  });
});
