/**
 * What can go wrong with the database, said in Dutch for the worker. Every failing write happens
 * inside one IndexedDB transaction, so a failure never leaves half a change behind: the messages
 * can honestly say that nothing was lost.
 */
type StorageErrorKind = 'quota' | 'blocked' | 'versionchange' | 'unavailable';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota:
    'De opslag van je browser is vol, dus deze wijziging is niet bewaard. Er is niets verloren gegaan: ' +
    'je snippets staan er nog zoals ze waren. Maak ruimte vrij (bijvoorbeeld door oude snippets te ' +
    'exporteren en te verwijderen, of door browsergegevens van andere sites op te ruimen) en probeer het opnieuw.',
  blocked:
    'Krachtcoach wordt bijgewerkt, maar een ander venster of tabblad gebruikt de snippets nog met de oude ' +
    'versie. Sluit de andere Krachtcoach-vensters (of herstart de browser); daarna gaat het vanzelf verder. ' +
    'Er is niets verloren gegaan.',
  versionchange:
    'Krachtcoach is in een ander venster bijgewerkt naar een nieuwere versie. Herlaad dit venster om verder ' +
    'te werken; er is niets verloren gegaan.',
  unavailable:
    'De snippets konden niet worden gelezen of bewaard. Er is niets verloren gegaan; probeer het opnieuw of ' +
    'herstart de browser.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

/** True for a QuotaExceededError anywhere in the chain Dexie builds (inner, cause, bulk failures). */
function isQuotaError(error: unknown): boolean {
  return someInChain(error, (e) => e.name === 'QuotaExceededError' || e.code === 22);
}

function someInChain(error: unknown, test: (e: { name?: unknown; code?: unknown }) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (test(e)) return true;
  if (someInChain(e.inner, test, depth + 1) || someInChain(e.cause, test, depth + 1)) return true;
  return Array.isArray(e.failures) && e.failures.some((f) => someInChain(f, test, depth + 1));
}

/** Any error from Dexie or IndexedDB as a StorageError with a Dutch message. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', { cause: error });
  if (someInChain(error, (e) => e.name === 'VersionError')) {
    return new StorageError('versionchange', { cause: error });
  }
  return new StorageError('unavailable', { cause: error });
}
