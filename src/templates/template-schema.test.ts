import { describe, expect, it } from 'vitest';
import { BuiltinTemplateSchema, TemplateSchema } from './template-schema';

const own = { id: 'mijn-groet', title: 'Mijn groet', shortcut: '/gr', tags: ['groet'], body: 'Hoi {{naam}}!', origin: 'own' };

describe('TemplateSchema', () => {
  it('accepts a worker\'s own snippet without a source or shortcut', () => {
    expect(TemplateSchema.safeParse(own).success).toBe(true);
    const { shortcut: _, ...noShortcut } = own;
    expect(TemplateSchema.safeParse(noShortcut).success).toBe(true);
  });

  it.each([
    ['a shortcut without slash', { shortcut: 'ki' }],
    ['a shortcut with capitals', { shortcut: '/KI' }],
    ['an id that is no kebab-case', { id: 'Mijn groet' }],
    ['an unknown origin', { origin: 'cloud' }],
    ['an empty body', { body: '' }],
    ['a tag with capitals', { tags: ['Groet'] }],
  ])('rejects %s', (_, patch) => {
    expect(TemplateSchema.safeParse({ ...own, ...patch }).success).toBe(false);
  });

  it('rejects a body with a malformed field and says where', () => {
    const r = TemplateSchema.safeParse({ ...own, body: 'Hoi {{keuze:Wie?}}' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toMatch(/^teken 4: .*twee opties/);
  });
});

describe('BuiltinTemplateSchema', () => {
  it('requires origin builtin, a shortcut, tags and a source note', () => {
    const ok = { ...own, origin: 'builtin', source: 'Eigen formulering van Krachtcoach, naar domain/METHOD.md (test).' };
    expect(BuiltinTemplateSchema.safeParse(ok).success).toBe(true);
    expect(BuiltinTemplateSchema.safeParse({ ...ok, origin: 'own' }).success).toBe(false);
    expect(BuiltinTemplateSchema.safeParse({ ...ok, source: undefined }).success).toBe(false);
    expect(BuiltinTemplateSchema.safeParse({ ...ok, shortcut: undefined }).success).toBe(false);
    expect(BuiltinTemplateSchema.safeParse({ ...ok, tags: [] }).success).toBe(false);
  });
});
