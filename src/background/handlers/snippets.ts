import {
  CONTENT_SCRIPT_SNIPPET_REQUESTS,
  NOT_FOR_CONTENT_SCRIPTS,
  type SnippetRequest,
  SnippetRequestSchema,
  type SnippetResponses,
} from '../../messaging/snippet-protocol';
import { KrachtcoachDB } from '../../storage/db';
import { SnippetService } from '../../storage/snippet-service';
import { isExtensionPage, type OurExtension, ourExtension, type SenderFacts } from '../extension-page-sender';
import { onOrganisationPolicy, organisationPolicy } from '../organisation-policy';

/**
 * The background's side of src/messaging/snippet-protocol.ts: every snippet message, validated,
 * answered from the SnippetService (database + in-memory index), which is opened on the first
 * snippet message and kept while the background lives.
 */
type SnippetRequestHandler = (raw: unknown, sender: SenderFacts) => Promise<unknown> | undefined;

/**
 * A handler over a service of your choice (tests pass one with a fake database). A request that
 * changes, exports or deletes snippets is refused (a rejected promise, so sendMessage throws
 * NOT_FOR_CONTENT_SCRIPTS) unless it comes from one of our extension pages; the service is not
 * even opened for it.
 */
export function createSnippetRequestHandler(service: () => Promise<SnippetService>, us: () => OurExtension = ourExtension): SnippetRequestHandler {
  return (raw, sender) => {
    const parsed = SnippetRequestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    if (!CONTENT_SCRIPT_SNIPPET_REQUESTS.has(parsed.data.type) && !isExtensionPage(sender, us())) {
      return Promise.reject(new Error(NOT_FOR_CONTENT_SCRIPTS));
    }
    return service().then((s) => answer(s, parsed.data));
  };
}

async function answer(s: SnippetService, request: SnippetRequest): Promise<SnippetResponses[SnippetRequest['type']]> {
  await s.ensureLoaded();
  switch (request.type) {
    case 'kc:snippets-search':
      return s.search(request.query, request.filter, request.limit);
    case 'kc:snippet-shortcuts':
      return s.shortcuts();
    case 'kc:snippet-get':
      return s.get(request.id);
    case 'kc:snippet-used':
      await s.used(request.id);
      return undefined;
    case 'kc:snippet-save':
      return s.save(request.draft);
    case 'kc:snippet-duplicate':
      return s.duplicate(request.id);
    case 'kc:snippet-delete':
      return s.delete(request.id);
    case 'kc:snippet-restore':
      return s.restore(request.snippet);
    case 'kc:snippet-favourite':
      return s.setFavourite(request.id, request.favourite);
    case 'kc:snippets-export':
      return s.exportJson(request.ids);
    case 'kc:snippets-markdown':
      return s.markdown(request.ids);
    case 'kc:snippets-import':
      return s.importJson(request.json, request.onDuplicate);
    case 'kc:snippets-status':
      return s.status();
  }
}

let service: Promise<SnippetService> | undefined;

function backgroundService(): Promise<SnippetService> {
  service ??= (async () => {
    // The worker's own and the built-in snippets do not wait for the organisation's policy
    // (Chromium can take seconds to answer its first read); organisation snippets follow.
    const s = await SnippetService.open({ db: new KrachtcoachDB(), policy: await organisationPolicy(0) });
    onOrganisationPolicy((policy) => void s.setPolicy(policy));
    return s;
  })();
  return service;
}

/**
 * For start-background.ts: the answer to a snippet request (a promise), or undefined when the
 * message is not one (so the caller's other handlers get it).
 */
export const handleSnippetRequest: SnippetRequestHandler = createSnippetRequestHandler(backgroundService);
