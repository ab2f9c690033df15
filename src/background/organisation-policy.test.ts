import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInRules } from '../analysis';
import { ORGANISATION_DISABLED_RULES } from '../messaging/storage-keys';
import { organisationPolicy, startOrganisationPolicy } from './organisation-policy';

describe('the organisation policy in the background', () => {
  beforeAll(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ disabledRules: ['niet', 'niet-gemotiveerd-2030'] });
    startOrganisationPolicy();
  });

  it('checks switched-off rules against the built-in rules: an unknown id is named in the issues and switches nothing off', async () => {
    expect(builtInRules.some((r) => r.id === 'niet')).toBe(true);
    const policy = await organisationPolicy(5000);
    expect(policy.disabledRules).toEqual(['niet']);
    expect(policy.issues).toEqual([expect.stringMatching(/^disabledRules: de regel "niet-gemotiveerd-2030" bestaat niet in deze versie van Krachtcoach/)]);
    await expect.poll(async () => (await fakeBrowser.storage.local.get(ORGANISATION_DISABLED_RULES))[ORGANISATION_DISABLED_RULES]).toEqual(['niet']);
  });
});
