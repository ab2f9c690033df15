import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ORGANISATION_DISABLED_RULES, PREFERENCES, WORKER_DISABLED_RULES } from '../../messaging/storage-keys';
import { createSettingsHandler, lockStorageToOurPages, RULE_SWITCH_REFUSED, type SettingsStorage } from './settings';

const ourId = 'krachtcoach-test-id';
const ruleIds = new Set(['niet', 'moet', 'gemotiveerd']);
/** Our content script in the ECD page, as the browser describes it. */
const contentScript = { id: ourId, url: 'https://ecd.voorbeeld.nl/dossier/12', origin: 'https://ecd.voorbeeld.nl', tab: { id: 4, index: 0 } };
/** The side panel: our id, but no tab. */
const panelPage = { id: ourId, url: `chrome-extension://${ourId}/sidepanel.html`, origin: `chrome-extension://${ourId}` };

function memoryStorage(initial: Record<string, unknown> = {}): SettingsStorage & { items: Record<string, unknown>; writes: number } {
  const store = {
    items: { ...initial },
    writes: 0,
    get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in store.items).map((k) => [k, structuredClone(store.items[k])])),
    set: async (items: Record<string, unknown>) => {
      store.writes++;
      Object.assign(store.items, structuredClone(items));
    },
  };
  return store;
}

describe('the settings handler', () => {
  it('answers kc:get-settings with the worker\'s stored preferences and the organisation\'s known rules', async () => {
    const storage = memoryStorage({
      [PREFERENCES]: { disabledCategories: ['jargon'], ignoredTerms: ['Lotte'], calm: true },
      [WORKER_DISABLED_RULES]: ['moet'],
      [ORGANISATION_DISABLED_RULES]: ['niet', 'bestaat-niet', 7],
    });
    const handler = createSettingsHandler(storage, () => ourId, ruleIds);
    expect(await handler.snapshot()).toEqual({
      preferences: { disabledCategories: ['jargon'], ignoredTerms: ['Lotte'], calm: true, disabledRules: ['moet'] },
      organisationDisabledRules: ['niet'],
    });
  });

  it('answers with empty settings when nothing (or something broken) is stored', async () => {
    for (const stored of [{}, { [PREFERENCES]: 'kapot', [ORGANISATION_DISABLED_RULES]: 'niet' }, { [PREFERENCES]: ['calm'] }]) {
      const handler = createSettingsHandler(memoryStorage(stored), () => ourId, ruleIds);
      expect(await handler.snapshot()).toEqual({ preferences: { disabledRules: undefined }, organisationDisabledRules: [] });
    }
  });

  it('switches a known rule off and on again for our content script, touching only the worker\'s own list', async () => {
    const storage = memoryStorage({ [WORKER_DISABLED_RULES]: ['moet'], [ORGANISATION_DISABLED_RULES]: ['gemotiveerd'], [PREFERENCES]: { calm: true } });
    const handler = createSettingsHandler(storage, () => ourId, ruleIds);
    const off = await handler.setRule('niet', true, contentScript);
    expect(storage.items[WORKER_DISABLED_RULES]).toEqual(['moet', 'niet']);
    expect(off).toEqual({ preferences: { calm: true, disabledRules: ['moet', 'niet'] }, organisationDisabledRules: ['gemotiveerd'] });
    // Twice off is still once in the list.
    await handler.setRule('niet', true, contentScript);
    expect(storage.items[WORKER_DISABLED_RULES]).toEqual(['moet', 'niet']);
    await handler.setRule('niet', false, contentScript);
    expect(storage.items[WORKER_DISABLED_RULES]).toEqual(['moet']);
    // The organisation's rule stays off whatever the card asks: only the worker's list is written.
    await handler.setRule('gemotiveerd', false, contentScript);
    expect(storage.items[ORGANISATION_DISABLED_RULES]).toEqual(['gemotiveerd']);
    expect(storage.items[PREFERENCES]).toEqual({ calm: true });
  });

  it('keeps both of two quick switches (one read-change-write at a time)', async () => {
    const storage = memoryStorage();
    const handler = createSettingsHandler(storage, () => ourId, ruleIds);
    await Promise.all([handler.setRule('niet', true, contentScript), handler.setRule('moet', true, { ...contentScript, tab: { id: 9, index: 1 } })]);
    expect(storage.items[WORKER_DISABLED_RULES]).toEqual(['niet', 'moet']);
  });

  it('refuses a rule id that does not exist, and writes nothing', async () => {
    const storage = memoryStorage({ [WORKER_DISABLED_RULES]: [] });
    const handler = createSettingsHandler(storage, () => ourId, ruleIds);
    for (const rule of ['bestaat-niet', 'NIET', 'niet ', '__proto__', 'x'.repeat(80)]) {
      await expect(handler.setRule(rule, true, contentScript), rule).rejects.toThrow(RULE_SWITCH_REFUSED);
    }
    expect(storage.writes).toBe(0);
  });

  it('refuses a sender that is not our content script in a tab: our side panel, another extension, no identity', async () => {
    const storage = memoryStorage();
    const handler = createSettingsHandler(storage, () => ourId, ruleIds);
    for (const sender of [panelPage, { ...contentScript, id: 'other-extension' }, { tab: contentScript.tab }, {}]) {
      await expect(handler.setRule('niet', true, sender), JSON.stringify(sender)).rejects.toThrow(RULE_SWITCH_REFUSED);
    }
    // Nor anyone at all when our own id is not known.
    const unknown = createSettingsHandler(storage, () => '', ruleIds);
    await expect(unknown.setRule('niet', true, { ...contentScript, id: '' })).rejects.toThrow(RULE_SWITCH_REFUSED);
    expect(storage.writes).toBe(0);
  });
});

describe('lockStorageToOurPages', () => {
  it('asks storage.local for trusted contexts only, where the browser offers it', async () => {
    fakeBrowser.reset();
    const asked: unknown[] = [];
    const local = fakeBrowser.storage.local as unknown as { setAccessLevel?: (o: unknown) => Promise<void> };
    local.setAccessLevel = async (o) => void asked.push(o);
    await lockStorageToOurPages();
    expect(asked).toEqual([{ accessLevel: 'TRUSTED_CONTEXTS' }]);
    delete local.setAccessLevel;
  });

  it('goes on quietly where the area has no access level (Firefox, older Chromium) or refuses it', async () => {
    fakeBrowser.reset();
    const local = fakeBrowser.storage.local as unknown as { setAccessLevel?: (o: unknown) => Promise<void> };
    delete local.setAccessLevel;
    await expect(lockStorageToOurPages()).resolves.toBeUndefined();
    local.setAccessLevel = () => Promise.reject(new Error('Access level is only supported for session storage.'));
    await expect(lockStorageToOurPages()).resolves.toBeUndefined();
    delete local.setAccessLevel;
  });
});
