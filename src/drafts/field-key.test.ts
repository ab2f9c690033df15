import { describe, expect, it } from 'vitest';
import { fieldKey, FieldIdentitySchema, pageOf, siteOf, siteOfKey, sitePrefix } from './field-key';

const field = { page: '/clienten/123/rapportage', selector: '#verslag', label: 'Verslag van de dag', editor: 'textarea' };

describe('field keys', () => {
  it('the site is the origin of a web page, with its port; nothing for other pages', () => {
    expect(siteOf('https://ecd.zorg.nl/clienten/1?x=2#top')).toBe('https://ecd.zorg.nl');
    expect(siteOf('http://127.0.0.1:4173/page.html')).toBe('http://127.0.0.1:4173');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('chrome-extension://abc/options.html')).toBeNull();
    expect(siteOf('nonsense')).toBeNull();
    expect(siteOf(undefined)).toBeNull();
  });

  it('the page keeps path and query (the client is often named there) and drops the fragment', () => {
    expect(pageOf('https://ecd.zorg.nl/dossier?client=123#rapportage')).toBe('/dossier?client=123');
    expect(pageOf('https://ecd.zorg.nl/dossier?client=124')).not.toBe(pageOf('https://ecd.zorg.nl/dossier?client=123'));
  });

  it('differs in every part: site, page, selector, label and editor kind', () => {
    const base = fieldKey('https://ecd.zorg.nl', field);
    expect(fieldKey('https://ecd.zorg.nl', { ...field })).toBe(base);
    expect(fieldKey('https://andere.zorg.nl', field)).not.toBe(base);
    for (const part of ['page', 'selector', 'label', 'editor'] as const) {
      expect(fieldKey('https://ecd.zorg.nl', { ...field, [part]: `${field[part]}x` }), part).not.toBe(base);
    }
  });

  it('a part cannot pose as two parts, and the site is read back from the key', () => {
    const sneaky = fieldKey('https://ecd.zorg.nl', { ...field, label: `a\u001fb` });
    expect(sneaky).not.toBe(fieldKey('https://ecd.zorg.nl', { ...field, label: 'a' }));
    expect(sneaky.split('\u001f')).toHaveLength(5);
    expect(siteOfKey(sneaky)).toBe('https://ecd.zorg.nl');
    expect(sneaky.startsWith(sitePrefix('https://ecd.zorg.nl'))).toBe(true);
    expect(sneaky.startsWith(sitePrefix('https://ecd.zorg'))).toBe(false);
  });

  it('the message schema refuses an empty selector or editor and overlong parts', () => {
    expect(FieldIdentitySchema.safeParse(field).success).toBe(true);
    expect(FieldIdentitySchema.safeParse({ ...field, selector: '' }).success).toBe(false);
    expect(FieldIdentitySchema.safeParse({ ...field, editor: '' }).success).toBe(false);
    expect(FieldIdentitySchema.safeParse({ ...field, label: 'x'.repeat(121) }).success).toBe(false);
  });
});
