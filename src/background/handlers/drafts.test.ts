import { describe, expect, it } from 'vitest';
import { DraftCipher } from '../../drafts/draft-cipher';
import { DEFAULT_DRAFT_SETTINGS, type DraftSettings, NO_DRAFT_POLICY } from '../../drafts/draft-settings';
import { DraftVault } from '../../drafts/draft-vault';
import { freshDb } from '../../storage/test-support';
import { createDraftsHandler, senderSite } from './drafts';

const SITE = 'https://ecd.zorg.nl';
const field = { page: '/c/1', selector: '#verslag', label: 'Verslag', editor: 'textarea' };
const fromEcd = { url: `${SITE}/c/1`, origin: SITE, tab: { url: `${SITE}/c/1` } };
const fromOther = { url: 'https://ander.nl/c/1', origin: 'https://ander.nl', tab: { url: 'https://ander.nl/c/1' } };

function setup(sites: string[] = [SITE]) {
  const items = new Map<string, unknown>();
  const session = { get: async (k: string) => (items.has(k) ? { [k]: items.get(k) } : {}), set: async (v: Record<string, unknown>) => void Object.entries(v).forEach(([k, x]) => items.set(k, x)) };
  let settings: DraftSettings = { ...DEFAULT_DRAFT_SETTINGS, sites };
  const db = freshDb();
  const vault = new DraftVault({ db, cipher: new DraftCipher(session), now: Date.now, hours: async () => 12 });
  const handler = createDraftsHandler(vault, {
    settings: async () => settings,
    policy: async () => NO_DRAFT_POLICY,
    saveSettings: async (next) => void (settings = next),
  });
  return { handler, db, settings: () => settings };
}

describe('senderSite', () => {
  it('is the frame origin the browser reports, else its URL, else its tab (Firefox, about:blank frames)', () => {
    expect(senderSite(fromEcd)).toBe(SITE);
    expect(senderSite({ url: 'about:blank', origin: SITE, tab: {} })).toBe(SITE);
    expect(senderSite({ url: 'about:blank', tab: { url: `${SITE}/x` } })).toBe(SITE);
    expect(senderSite({ url: 'about:blank', origin: 'null', tab: { url: `${SITE}/x` } })).toBe(SITE);
  });

  it('is nothing for a sender without a tab (an extension page, a worker)', () => {
    expect(senderSite({ url: `${SITE}/c/1`, origin: SITE })).toBeNull();
  });
});

describe('the drafts handler', () => {
  it('keeps, offers and returns a draft on a site where drafts are on', async () => {
    const { handler, db } = setup();
    expect(await handler.handle({ type: 'kc:draft-config' }, fromEcd)).toEqual({ on: true, excluded: [] });
    expect(await handler.handle({ type: 'kc:draft-save', field, text: 'Sanne kookte zelf.' }, fromEcd)).toBe(true);
    expect(await db.drafts.count()).toBe(1);
    expect(await handler.handle({ type: 'kc:draft-offer', field }, fromEcd)).toMatchObject({ words: 3 });
    expect(await handler.handle({ type: 'kc:draft-take', field }, fromEcd)).toMatchObject({ text: 'Sanne kookte zelf.' });
    expect(await handler.handle({ type: 'kc:draft-forget', field }, fromEcd)).toBe(true);
    expect(await db.drafts.count()).toBe(0);
  });

  it('writes nothing where drafts are off (the default)', async () => {
    const { handler, db } = setup([]);
    expect(await handler.handle({ type: 'kc:draft-config' }, fromEcd)).toEqual({ on: false, excluded: [] });
    expect(await handler.handle({ type: 'kc:draft-save', field, text: 'Sanne kookte zelf.' }, fromEcd)).toBe(false);
    expect(await db.drafts.count()).toBe(0);
  });

  it('one site cannot read or offer the drafts of another, whatever the message says', async () => {
    const { handler } = setup([SITE, 'https://ander.nl']);
    await handler.handle({ type: 'kc:draft-save', field, text: 'Sanne kookte zelf.' }, fromEcd);
    expect(await handler.handle({ type: 'kc:draft-take', field }, fromOther)).toBeNull();
    expect(await handler.handle({ type: 'kc:draft-offer', field }, fromOther)).toBeNull();
  });

  it('"Nooit voor dit veld" excludes the field on that site and deletes its draft', async () => {
    const { handler, db, settings } = setup();
    await handler.handle({ type: 'kc:draft-save', field, text: 'Sanne kookte zelf.' }, fromEcd);
    await handler.handle({ type: 'kc:draft-exclude', field }, fromEcd);
    expect(settings().excluded).toEqual([{ site: SITE, selector: '#verslag', label: 'Verslag' }]);
    expect(await db.drafts.count()).toBe(0);
    expect(await handler.handle({ type: 'kc:draft-save', field, text: 'Weer.' }, fromEcd)).toBe(false);
    expect(await handler.handle({ type: 'kc:draft-config' }, fromEcd)).toEqual({ on: true, excluded: [{ selector: '#verslag', label: 'Verslag' }] });
  });

  it('leaves other messages alone', () => {
    expect(setup().handler.handle({ type: 'kc:get-rules' }, fromEcd)).toBeUndefined();
  });
});
