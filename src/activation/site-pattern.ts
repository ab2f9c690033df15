/**
 * The match pattern that activates Krachtcoach on a site: scheme and host of the page, every
 * path. Match patterns carry no port; null for pages an extension may not script (chrome://,
 * the web store, file:// without permission).
 */
export function sitePattern(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** A stable id for the registered content script of one site. */
export function registrationId(pattern: string): string {
  return `kc-site-${pattern.replace(/[^a-z0-9.-]+/gi, '_')}`;
}
