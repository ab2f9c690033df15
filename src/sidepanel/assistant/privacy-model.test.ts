import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { KrachtcoachDB } from '../../storage/db';
import { freshDb } from '../../storage/test-support';
import { chatStore, journalStore, useDatabase } from './assistant-store';
import { ask, flow, keepHistory, messages, setKeepHistory } from './chat-model';
import { type KeptId, keptItems, wipeAll, wipeAllDone, wipeAllQuestion } from './privacy-model';

let db: KrachtcoachDB;

/** Settings as the options page, the background and the first-run page leave them. */
const SETTINGS = {
  disabledRules: ['niet'],
  coachPreferences: { disabledCategories: ['vague'], ignoredTerms: ['Jolanda'], calm: true },
  organisationDisabledRules: ['jargon-mdo'],
  pendingSites: ['https://ecd.example.nl/*'],
  welcomeShown: true,
};

/** Fills every store Krachtcoach keeps something in. */
async function fillEverything(): Promise<void> {
  await browser.storage.local.set(SETTINGS);
  await setKeepHistory(true);
  ask('wat is presentie');
  await journalStore.add({ id: 'j1', date: '2025-06-16', prompt: 'Wat ging goed?', answer: 'De wandeling.', tags: ['presentie'] });
  await db.snippets.put({ id: 'eigen-1', title: 'Overdracht', body: 'Vandaag …', tags: [], favourite: 1, usageCount: 2, createdAt: 1, updatedAt: 1, lastUsedAt: 1 });
  await db.snippetState.put({ id: 'ingebouwd-1', favourite: 1, usageCount: 3, lastUsedAt: 2 });
  await db.drafts.put({ key: 'https://ecd.example.nl\u001f/c/1\u001f#verslag\u001fVerslag\u001ftextarea', ciphertext: new Uint8Array([1, 2, 3]).buffer, iv: new Uint8Array(12), at: 1, words: 3 });
  await vi.waitFor(async () => expect(await chatStore.list()).toHaveLength(2));
}

/** Whether each kept thing still holds what fillEverything put there. */
const STILL_THERE: Record<KeptId, () => Promise<boolean>> = {
  chat: async () => (await chatStore.list()).length > 0,
  journal: async () => (await journalStore.list()).length > 0,
  drafts: async () => (await db.drafts.count()) === 1,
  snippets: async () => (await db.snippets.count()) === 1 && (await db.snippetState.count()) === 1,
  settings: async () => {
    const stored = await browser.storage.local.get(null);
    return ['disabledRules', 'coachPreferences', 'pendingSites', 'welcomeShown'].every((k) => JSON.stringify(stored[k]) === JSON.stringify(SETTINGS[k as keyof typeof SETTINGS])) && stored.assistantKeepHistory === true;
  },
  sites: async () => removedPermissions.length === 0,
  policy: async () => JSON.stringify((await browser.storage.local.get('organisationDisabledRules')).organisationDisabledRules) === '["jargon-mdo"]',
};

let removedPermissions: unknown[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  useDatabase(db);
  messages.value = [];
  flow.value = null;
  keepHistory.value = false;
  removedPermissions = [];
  vi.spyOn(browser.permissions, 'remove').mockImplementation(async (p) => {
    removedPermissions.push(p);
    return true;
  });
});

describe('Wis alles: the words match the wipe', () => {
  it('after filling every store, exactly what the table says is wiped is gone, and the rest stays', async () => {
    await fillEverything();
    for (const item of keptItems(true, 30)) expect(await STILL_THERE[item.id](), `${item.id} before`).toBe(true);
    await wipeAll();
    for (const item of keptItems(true, 30)) expect(await STILL_THERE[item.id](), item.id).toBe(!item.wipe);
  });

  it('the question and the message name every wiped thing as wiped and every other thing as staying', () => {
    const items = keptItems(true, 30);
    const question = wipeAllQuestion();
    const [wipes, stays] = question.split('Dat kan niet ongedaan worden gemaakt.');
    const [wiped, stayed] = wipeAllDone().split('Blijven staan:');
    for (const item of items) {
      const [goes, remains] = item.wipe ? [wipes!, wiped!] : [stays!, stayed!];
      expect(goes.toLowerCase(), item.id).toContain(item.name.toLowerCase());
      expect(remains.toLowerCase(), item.id).toContain(item.name.toLowerCase());
    }
    expect(question).toBe(
      'Wis alles wist het bewaarde gesprek met de assistent, je reflectiedagboek en de bewaarde concepten. Dat kan niet ongedaan worden gemaakt. ' +
        'Je eigen sjablonen, je instellingen, de sites waar Krachtcoach altijd aan staat en het beleid van je organisatie blijven staan.',
    );
  });
});

describe('the list of what is kept', () => {
  it('says where the chat is kept and for how long, or that it is not kept', () => {
    const chat = (keep: boolean, days: 1 | 7 | 30 | 90) => keptItems(keep, days).find((i) => i.id === 'chat')!.where;
    expect(chat(false, 30)).toContain('bewaren staat uit');
    expect(chat(true, 30)).toContain('30 dagen');
    expect(chat(true, 1)).toContain('1 dag;');
    expect(chat(true, 7)).toContain('IndexedDB');
  });
});
