import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SnippetRequest } from '../../messaging/snippet-protocol';
import { parseManagedPolicy } from '../../storage/managed-policy';
import { MAX_SNIPPET_FILE_BYTES } from '../../storage/snippet-file';
import type { SnippetService } from '../../storage/snippet-service';
import { openTestService } from '../../storage/test-support';
import { exportJson, importFile, loadStatus, policyIssues, refresh, results, transferStatus } from './snippets-model';

const NOT_IMPORTED = 'Niet geïmporteerd, er is niets veranderd.';
const UNREACHABLE = 'Krachtcoach kon de sjablonen niet bereiken. Sluit het paneel, open het opnieuw en probeer het nog eens.';

const snippetFile = (snippets: object[]) =>
  JSON.stringify({ format: 'krachtcoach-snippets', version: 1, exportedAt: '2025-03-03T10:00:00.000Z', snippets });
const GOOD = snippetFile([{ title: 'Terugblik week', body: 'Deze week lukte {{tekst:Wat lukte?}}.', tags: ['week'], shortcut: '/tw' }]);

/** The background's side, over a real service: what the panel's messages reach. */
function answerFrom(service: SnippetService) {
  return async (request: SnippetRequest): Promise<unknown> => {
    switch (request.type) {
      case 'kc:snippets-search':
        return service.search(request.query, request.filter, request.limit);
      case 'kc:snippets-import':
        return service.importJson(request.json, request.onDuplicate);
      case 'kc:snippets-export':
        return service.exportJson(request.ids);
      case 'kc:snippets-status':
        return service.status();
      default:
        throw new Error(`not in this test: ${request.type}`);
    }
  };
}

let service: SnippetService;
let send: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  transferStatus.value = null;
  policyIssues.value = [];
  service = await openTestService({ policy: parseManagedPolicy({ disabledRules: ['bestaat-niet'] }, new Set(['niet'])) });
  await service.save({ title: 'Mijn groet', body: 'Hoi {{naam}}', tags: [] });
  send = vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(answerFrom(service) as never);
  await refresh();
});

afterEach(() => vi.restoreAllMocks());

const ownTitles = () => service.search('', 'all', 500).filter((s) => s.origin === 'own').map((s) => s.title);

describe('importing a file in the Sjablonen tab', () => {
  it('imports a good file and says what it did', async () => {
    await importFile(new File([GOOD], 'sjablonen.json', { type: 'application/json' }), 'skip');
    expect(transferStatus.value).toEqual({ message: 'Geïmporteerd: 1 nieuw, 0 vervangen, 0 overgeslagen.', failed: false });
    expect(ownTitles()).toEqual(['Mijn groet', 'Terugblik week']);
  });

  it('refuses a file over 5 MB by its size, without reading it or sending anything', async () => {
    const big = new File([GOOD], 'groot.json');
    Object.defineProperty(big, 'size', { value: MAX_SNIPPET_FILE_BYTES + 1 });
    const read = vi.spyOn(big, 'text');
    send.mockClear();
    await importFile(big, 'skip');
    expect(transferStatus.value).toEqual({ message: `${NOT_IMPORTED} Dit bestand is 5,1 MB; een sjablonenbestand mag hoogstens 5 MB zijn. Is het het goede bestand?`, failed: true });
    expect(read).not.toHaveBeenCalled();
    expect(send).not.toHaveBeenCalled();
    expect(ownTitles()).toEqual(['Mijn groet']);
  });

  it('imports a file of exactly 5 MB (the limit is inclusive)', async () => {
    const padded = GOOD.replace('"snippets"', `"opmerking": "${' '.repeat(MAX_SNIPPET_FILE_BYTES - GOOD.length - 17)}", "snippets"`);
    expect(new Blob([padded]).size).toBe(MAX_SNIPPET_FILE_BYTES);
    await importFile(new File([padded], 'precies.json'), 'skip');
    expect(transferStatus.value?.message).toBe('Geïmporteerd: 1 nieuw, 0 vervangen, 0 overgeslagen.');
  });

  it('says so, and changes nothing, when the message to the background fails', async () => {
    const shown = results.value;
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    await importFile(new File([GOOD], 'sjablonen.json'), 'skip');
    expect(transferStatus.value).toEqual({ message: `${NOT_IMPORTED} ${UNREACHABLE}`, failed: true });
    expect(ownTitles()).toEqual(['Mijn groet']);
    expect(results.value).toBe(shown);
  });

  it('says so when the background answers nothing, or something that is no answer to an import', async () => {
    for (const answer of [undefined, 'tekst', { ok: true }, { ok: false }]) {
      send.mockResolvedValueOnce(answer as never);
      await importFile(new File([GOOD], 'sjablonen.json'), 'skip');
      expect(transferStatus.value?.message, JSON.stringify(answer)).toBe(`${NOT_IMPORTED} ${UNREACHABLE}`);
    }
    expect(ownTitles()).toEqual(['Mijn groet']);
  });

  it('shows the background\'s own Dutch refusal of a bad file', async () => {
    await importFile(new File(['{"format": '], 'kapot.json'), 'skip');
    expect(transferStatus.value?.message).toMatch(/^Niet geïmporteerd, er is niets veranderd\. Dit bestand is geen geldig JSON-bestand/);
    expect(ownTitles()).toEqual(['Mijn groet']);
  });

  it('says so when the file cannot be read (moved away after choosing)', async () => {
    const gone = new File([GOOD], 'weg.json');
    vi.spyOn(gone, 'text').mockRejectedValue(new DOMException('A requested file or directory could not be found', 'NotFoundError'));
    await importFile(gone, 'skip');
    expect(transferStatus.value?.message).toBe(`${NOT_IMPORTED} Het bestand kon niet worden gelezen; is het nog op zijn plek?`);
  });
});

describe('exporting, when the background does not answer', () => {
  it('says so and downloads nothing', async () => {
    const blob = vi.spyOn(URL, 'createObjectURL');
    send.mockRejectedValueOnce(new Error('Dit kan alleen vanuit Krachtcoach zelf'));
    await exportJson();
    expect(transferStatus.value?.message).toBe(`Niet geëxporteerd. ${UNREACHABLE}`);
    expect(blob).not.toHaveBeenCalled();
  });
});

describe('the organisation policy', () => {
  it('brings what it skipped into the panel', async () => {
    await loadStatus();
    expect(policyIssues.value).toEqual([expect.stringMatching(/^disabledRules: de regel "bestaat-niet" bestaat niet/)]);
  });
});
