import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftSettings, includeAgain, setHours, switchOff, switchOn } from './drafts-model';
import { statusMessage } from './settings-model';

const stored = async () => (await browser.storage.local.get('draftSettings')).draftSettings;

beforeEach(() => {
  fakeBrowser.reset();
  statusMessage.value = null;
});

describe('Conceptbeveiliging in the options page', () => {
  it('switches a typed site on by its origin, whatever part of an address was typed', async () => {
    expect(await switchOn('ecd.zorg.nl/clienten/12?tab=rapportage')).toBe(true);
    expect(await switchOn('http://127.0.0.1:4173/pagina')).toBe(true);
    expect(await stored()).toEqual({ sites: ['https://ecd.zorg.nl', 'http://127.0.0.1:4173'], hours: 12, excluded: [] });
    expect(statusMessage.value).toEqual({ text: 'Conceptbeveiliging staat aan op 127.0.0.1:4173.', kind: 'ok' });
  });

  it('refuses what is no web address, and says so', async () => {
    expect(await switchOn('geen adres')).toBe(false);
    expect(await stored()).toBeUndefined();
    expect(statusMessage.value?.kind).toBe('error');
  });

  it('switches off, sets the hours and lets an excluded field be kept again', async () => {
    await browser.storage.local.set({ draftSettings: { sites: ['https://ecd.zorg.nl'], hours: 12, excluded: [{ site: 'https://ecd.zorg.nl', selector: '#v', label: 'Verslag' }] } });
    await switchOff('https://ecd.zorg.nl');
    await setHours(4);
    await includeAgain(0);
    expect(await stored()).toEqual({ sites: [], hours: 4, excluded: [] });
    expect(draftSettings.value).toEqual({ sites: [], hours: 4, excluded: [] });
  });
});
