import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredSnippet } from './snippet-types';
import { exportSnippetsFile, FILE_FORMAT, MAX_SNIPPET_FILE_BYTES, parseSnippetsFile, snippetFileSizeError, snippetsMarkdown } from './snippet-file';
import type { KrachtcoachDB } from './db';
import type { SnippetService } from './snippet-service';
import { freshDb, openTestService } from './test-support';

const NOW = Date.UTC(2025, 2, 3, 10);

function file(snippets: unknown[], over: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, exportedAt: '2025-03-03T10:00:00.000Z', snippets, ...over });
}

async function own(service: SnippetService): Promise<StoredSnippet[]> {
  return service.search('', 'all', 100_000).filter((s) => s.origin === 'own').sort((a, b) => a.id.localeCompare(b.id));
}

async function withOwnSnippets(db: KrachtcoachDB = freshDb()): Promise<SnippetService> {
  const service = await openTestService({ db });
  const a = await service.save({ title: 'Mijn groet', body: 'Hoi {{naam}},\n\nfijn dat je er bent.', tags: ['groet', 'eerste contact'], shortcut: '/gr' });
  const b = await service.save({ title: 'Afspraak', body: 'Volgende afspraak: {{datum:Volgende afspraak|+2w|kort}}', tags: [] });
  if (!a.ok || !b.ok) throw new Error('setup');
  await service.setFavourite(a.snippet.id, true);
  await service.used(b.snippet.id);
  await service.duplicate('actieplan'); // an own copy with a source note
  return service;
}

describe('export', () => {
  it('writes the versioned format; own snippets whole, read-only ones as content only', () => {
    const ownSnippet: StoredSnippet = {
      id: 'eigen-1', title: 'Groet', body: 'Hoi', tags: ['groet'], shortcut: '/gr', origin: 'own', favourite: true,
      usageCount: 3, createdAt: 1, updatedAt: 2, lastUsedAt: 3, readOnly: false,
    };
    const builtin: StoredSnippet = { ...ownSnippet, id: 'actieplan', origin: 'builtin', readOnly: true, source: 'Bron van het sjabloon.' };
    const parsed = JSON.parse(exportSnippetsFile([ownSnippet, builtin], NOW));
    expect(parsed).toEqual({
      format: 'krachtcoach-snippets',
      version: 1,
      exportedAt: '2025-03-03T10:00:00.000Z',
      snippets: [
        { id: 'eigen-1', title: 'Groet', body: 'Hoi', tags: ['groet'], shortcut: '/gr', favourite: true, usageCount: 3, createdAt: 1, updatedAt: 2, lastUsedAt: 3 },
        { title: 'Groet', body: 'Hoi', tags: ['groet'], shortcut: '/gr', source: 'Bron van het sjabloon.' },
      ],
    });
  });

  it('exports the own snippets by default, or the chosen ids in that order', async () => {
    const service = await withOwnSnippets();
    const all = JSON.parse(service.exportJson()).snippets as { title: string }[];
    expect(all.map((s) => s.title)).toEqual(['Mijn groet', 'Afspraak', 'Actieplan (kopie)']);
    const chosen = JSON.parse(service.exportJson(['evaluatie', (await own(service))[0]!.id, 'bestaat-niet'])).snippets;
    expect(chosen).toHaveLength(2);
    expect(chosen[0]).not.toHaveProperty('id');
  });
});

describe('import', () => {
  it('round-trips exactly: export, import into an empty database, the same snippets', async () => {
    const a = await withOwnSnippets();
    const json = a.exportJson();
    const b = await openTestService();
    const r = await b.importJson(json, 'skip');
    expect(r).toEqual({ ok: true, added: 3, replaced: 0, skipped: 0, shortcutsCleared: [] });
    expect(await own(b)).toEqual(await own(a));
    expect(JSON.parse(b.exportJson()).snippets).toEqual(JSON.parse(json).snippets);
  });

  it('accepts a hand-written file with only title and body', async () => {
    const service = await openTestService();
    const r = await service.importJson(file([{ title: 'Met de hand', body: 'Tekst' }]), 'skip');
    expect(r).toMatchObject({ ok: true, added: 1 });
    expect(service.search('met de hand')[0]).toMatchObject({ origin: 'own', tags: [], favourite: false, usageCount: 0, lastUsedAt: null });
  });

  it.each([
    ['not JSON', '{"format": "krachtcoach-snippets", ', /geen geldig JSON-bestand.*Er is niets geïmporteerd\.$/],
    ['an array', '[]', /geen Krachtcoach-snippetbestand/],
    ['another format', file([], { format: 'textblaze' }), /"format" moet "krachtcoach-snippets" zijn/],
    ['a newer version', file([], { version: 2 }), /versie 2 .*nieuwere Krachtcoach/],
    ['a bad date', file([], { exportedAt: 'gisteren' }), /veld "exportedAt"/],
    ['no list', file([], { snippets: {} }), /veld "snippets": moet een lijst zijn/],
  ])('refuses %s with a Dutch message', async (_, json, message) => {
    const service = await openTestService();
    const r = await service.importJson(json, 'skip');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(message) });
  });

  it.each([
    [{ title: 'Intake', body: 'Tekst', shortcut: 'ki' }, /^Snippet 2 \("Intake"\), veld "sneltoets": gebruik een schuine streep/],
    [{ title: 'Ab', body: 'Tekst' }, /^Snippet 2 \("Ab"\), veld "titel": moet minstens 3 tekens hebben\./],
    [{ title: 'Intake' }, /^Snippet 2 \("Intake"\), veld "tekst": ontbreekt\./],
    [{ title: 'Intake', body: 'Hoi {{keuze:Wie?}}' }, /^Snippet 2 \("Intake"\), veld "tekst": teken 4: .*twee opties/],
    [{ title: 'Intake', body: 'Tekst', tags: ['goed', 'Fout'] }, /^Snippet 2 \("Intake"\), veld "tags" \(onderdeel 2\): gebruik kleine letters/],
    [{ title: 'Intake', body: 'Tekst', usageCount: -1 }, /^Snippet 2 \("Intake"\), veld "aantal keer gebruikt": moet minstens 0 zijn/],
    [{ title: 'Intake', body: 'Tekst', favourite: 'ja' }, /^Snippet 2 \("Intake"\), veld "favoriet": moet true of false zijn/],
    ['tekst', /^Snippet 2: moet een object/],
    [{ id: 'eigen-1', title: 'Dubbel', body: 'Tekst' }, /^Snippet 2 \("Dubbel"\), veld "id": "eigen-1" staat ook al bij snippet 1/],
  ])('names the entry and the field: %o', async (bad, message) => {
    const service = await withOwnSnippets();
    const before = await own(service);
    const r = await service.importJson(file([{ id: 'eigen-1', title: 'Goed', body: 'Prima' }, bad, { title: 'Ook goed', body: 'Ja' }]), 'replace');
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect((r as { error: string }).error).toMatch(/Er is niets geïmporteerd\.$/);
    expect(await own(service)).toEqual(before);
  });

  it('has one size limit, 5 MB: a larger file is refused by its size, in Dutch, before it is read', () => {
    expect(MAX_SNIPPET_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(snippetFileSizeError(0)).toBeNull();
    expect(snippetFileSizeError(MAX_SNIPPET_FILE_BYTES)).toBeNull();
    expect(snippetFileSizeError(MAX_SNIPPET_FILE_BYTES + 1)).toBe('Dit bestand is 5,1 MB; een sjablonenbestand mag hoogstens 5 MB zijn. Is het het goede bestand?');
    expect(snippetFileSizeError(80 * 1024 * 1024)).toMatch(/^Dit bestand is 80 MB;/);
    expect(snippetFileSizeError(7.5 * 1024 * 1024)).toBe('Dit bestand is 7,5 MB; een sjablonenbestand mag hoogstens 5 MB zijn. Is het het goede bestand?');
  });

  it('the background refuses a longer text too (a message that did not come through the panel\'s check), and nothing is written', async () => {
    const service = await withOwnSnippets();
    const before = await own(service);
    const entry = { title: 'Lange tekst', body: 'x'.repeat(9000) };
    const json = file(Array.from({ length: Math.ceil(MAX_SNIPPET_FILE_BYTES / 9000) + 1 }, (_, i) => ({ ...entry, title: `Lange tekst ${i}` })));
    expect(json.length).toBeGreaterThan(MAX_SNIPPET_FILE_BYTES);
    const r = await service.importJson(json, 'keep-both');
    expect(r).toEqual({ ok: false, error: 'Dit bestand is te groot: een sjablonenbestand mag hoogstens 5 MB zijn. Er is niets geïmporteerd.' });
    expect(await own(service)).toEqual(before);
  });

  it('counts the other wrong entries', () => {
    const r = parseSnippetsFile(file([{ title: 'x', body: 'y' }, { title: 'Goed', body: 'Tekst' }, 5, null]));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^Snippet 1 \("x"\).*Er zijn nog 2 fouten in het bestand\./) });
  });
});

describe('duplicates on import', () => {
  const setup = async () => {
    const service = await openTestService();
    const r = await service.save({ title: 'Groet', body: 'Hoi {{naam}}', tags: ['oud'], shortcut: '/gr' });
    if (!r.ok) throw new Error(r.error);
    return { service, existing: r.snippet };
  };

  it('skip: same id or same title and text are left alone', async () => {
    const { service, existing } = await setup();
    const r = await service.importJson(
      file([
        { id: existing.id, title: 'Andere titel', body: 'Andere tekst' },
        { title: 'Groet', body: 'Hoi {{naam}}\n', tags: ['nieuw'] },
        { title: 'Nieuw', body: 'Nieuwe tekst' },
      ]),
      'skip',
    );
    expect(r).toEqual({ ok: true, added: 1, replaced: 0, skipped: 2, shortcutsCleared: [] });
    expect(service.get(existing.id)).toEqual(existing);
  });

  it('replace: the existing snippet takes the file\'s content and keeps its id and history', async () => {
    const { service, existing } = await setup();
    await service.used(existing.id);
    const r = await service.importJson(file([{ id: existing.id, title: 'Groet (nieuw)', body: 'Dag {{naam}}', tags: ['nieuw'], shortcut: '/gr' }]), 'replace');
    expect(r).toEqual({ ok: true, added: 0, replaced: 1, skipped: 0, shortcutsCleared: [] });
    expect(service.get(existing.id)).toMatchObject({ title: 'Groet (nieuw)', body: 'Dag {{naam}}', tags: ['nieuw'], shortcut: '/gr', usageCount: 1, createdAt: existing.createdAt });
    expect(service.search('dag')[0]?.id).toBe(existing.id);
    expect(service.search('', 'all', 1000).filter((s) => s.origin === 'own')).toHaveLength(1);
  });

  it('keep both: the copy gets a new id, and "(kopie)" when title and text are the same', async () => {
    const { service, existing } = await setup();
    const r = await service.importJson(
      file([
        { id: existing.id, title: 'Groet', body: 'Hoi {{naam}}', shortcut: '/gr' },
        { id: existing.id.replace(/1$/, '9'), title: 'Andere', body: 'Andere tekst' },
      ]),
      'keep-both',
    );
    expect(r).toEqual({ ok: true, added: 2, replaced: 0, skipped: 0, shortcutsCleared: ['Groet (kopie)'] });
    const titles = service.search('', 'all', 1000).filter((s) => s.origin === 'own').map((s) => s.title).sort();
    expect(titles).toEqual(['Andere', 'Groet', 'Groet (kopie)']);
    expect(service.get(existing.id)).toEqual(existing);
  });

  it('never replaces a built-in; a taken shortcut is left empty and reported; a built-in id gets a new one', async () => {
    const service = await openTestService();
    const builtin = service.get('afronden')!;
    const r = await service.importJson(
      file([
        { title: builtin.title, body: builtin.body },
        { id: 'actieplan', title: 'Mijn actieplan', body: 'Doel', shortcut: '/ki' },
      ]),
      'replace',
    );
    expect(r).toEqual({ ok: true, added: 1, replaced: 0, skipped: 1, shortcutsCleared: ['Mijn actieplan'] });
    expect(service.get('actieplan')).toMatchObject({ origin: 'builtin' });
    const mine = service.search('mijn actieplan').find((s) => s.origin === 'own')!;
    expect(mine).toMatchObject({ origin: 'own', title: 'Mijn actieplan' });
    expect(mine.id).not.toBe('actieplan');
    expect(mine).not.toHaveProperty('shortcut');
  });

  it('two entries with the same content in one file count as duplicates of each other', async () => {
    const service = await openTestService();
    const r = await service.importJson(file([{ title: 'Twee keer', body: 'Zelfde' }, { title: 'Twee keer', body: 'Zelfde' }]), 'skip');
    expect(r).toMatchObject({ ok: true, added: 1, skipped: 1 });
  });
});

describe('Markdown export', () => {
  it('gives a heading, shortcut, tags, origin and the text in a fence longer than any backticks in it', () => {
    const s: StoredSnippet = {
      id: 'eigen-1', title: 'Groet *vet*', body: 'Hoi {{naam}}\n```\ncode\n```', tags: ['groet', 'contact'], shortcut: '/gr',
      origin: 'own', favourite: false, usageCount: 0, createdAt: 0, updatedAt: 0, lastUsedAt: null, readOnly: false,
    };
    const md = snippetsMarkdown([s, { ...s, id: 'b', title: 'Zonder', body: 'Tekst', tags: [], shortcut: undefined, origin: 'builtin', source: 'Een bron.' }], NOW);
    expect(md).toBe(
      [
        '# Krachtcoach-snippets',
        '',
        'Geëxporteerd op 3 maart 2025: 2 snippets.',
        '',
        '## Groet \\*vet\\*',
        '',
        'Sneltoets: `/gr` · Tags: groet, contact · Herkomst: eigen',
        '',
        '````text',
        'Hoi {{naam}}',
        '```',
        'code',
        '```',
        '````',
        '',
        '## Zonder',
        '',
        'Herkomst: ingebouwd',
        '',
        '> Bron: Een bron.',
        '',
        '```text',
        'Tekst',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('renders the own snippets, or the chosen ones, through the service', async () => {
    const service = await withOwnSnippets();
    expect(service.markdown()).toMatch(/## Mijn groet[\s\S]*## Afspraak[\s\S]*## Actieplan \(kopie\)/);
    expect(service.markdown(['evaluatie'])).toMatch(/^# Krachtcoach-snippets[\s\S]*## Evaluatie[\s\S]*Herkomst: ingebouwd/);
  });
});

describe('fuzz: malformed files never throw and never write', () => {
  const valid = [
    { id: 'eigen-a', title: 'Eerste', body: 'Hoi {{naam}}', tags: ['groet'], shortcut: '/ee', favourite: true, usageCount: 2, createdAt: 1, updatedAt: 2, lastUsedAt: null },
    { title: 'Tweede', body: 'Volgende afspraak: {{datum:+2w}}' },
    { title: 'Derde', body: 'Wie: {{keuze:Wie?|ik|jij}}', tags: [] },
  ];

  /** Values that are wrong for a field, whatever else the entry holds. */
  const corruptions: Record<string, fc.Arbitrary<unknown>> = {
    title: fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), fc.constant(null), fc.string({ minLength: 121, maxLength: 200 }), fc.array(fc.string())),
    body: fc.oneof(fc.constant(''), fc.integer(), fc.constant('{{onbekend:x}}'), fc.constant('Hoi {{keuze:Wie?}}'), fc.constant({})),
    tags: fc.oneof(fc.string(), fc.constant(['Hoofdletter']), fc.constant([1]), fc.constant([''])),
    shortcut: fc.oneof(fc.constant('ki'), fc.constant('/A'), fc.integer(), fc.constant('/veelte-lang'), fc.constant('')),
    id: fc.oneof(fc.constant('Met Spatie'), fc.integer(), fc.constant(''), fc.constant('-x')),
    favourite: fc.oneof(fc.constant('ja'), fc.integer(), fc.constant(null)),
    usageCount: fc.oneof(fc.constant(-1), fc.double({ min: 0.1, max: 0.9 }), fc.constant('vijf')),
    createdAt: fc.oneof(fc.constant(-5), fc.constant('gisteren'), fc.constant(1e20)),
    lastUsedAt: fc.oneof(fc.constant('x'), fc.constant(-1), fc.constant(true)),
  };

  it('one corrupted field in one entry: refused, named, nothing written', async () => {
    const db = freshDb();
    const service = await withOwnSnippets(db);
    const before = await db.snippets.toArray();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: valid.length - 1 }),
        fc.constantFrom(...Object.keys(corruptions)).chain((field) => fc.tuple(fc.constant(field), corruptions[field]!)),
        fc.constantFrom<'skip' | 'replace' | 'keep-both'>('skip', 'replace', 'keep-both'),
        async (at, [field, value], choice) => {
          const entries = valid.map((e) => ({ ...e }));
          (entries[at] as Record<string, unknown>)[field] = value;
          const r = await service.importJson(file(entries), choice);
          expect(r.ok).toBe(false);
          expect((r as { error: string }).error).toMatch(new RegExp(`^Snippet ${at + 1}\\b`));
          expect(await db.snippets.toArray()).toEqual(before);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('anything at all (random text, random JSON, broken envelopes): never throws, never writes', async () => {
    const db = freshDb();
    const service = await openTestService({ db });
    const envelope = fc.record(
      {
        format: fc.oneof(fc.constant(FILE_FORMAT), fc.string(), fc.integer()),
        version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
        exportedAt: fc.oneof(fc.constant('2025-03-03T10:00:00.000Z'), fc.string()),
        snippets: fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const text = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      envelope.map((v) => JSON.stringify(v)),
      envelope.map((v) => JSON.stringify(v).slice(0, -3)),
    );
    await fc.assert(
      fc.asyncProperty(text, async (json) => {
        const r = await service.importJson(json, 'replace');
        if (r.ok) {
          // Only a well-formed file with zero or valid entries may pass; then it wrote exactly those.
          expect(r.added + r.replaced + r.skipped).toBe((JSON.parse(json) as { snippets: unknown[] }).snippets.length);
          await db.snippets.clear();
        } else {
          expect(typeof r.error).toBe('string');
          expect(await db.snippets.count()).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
