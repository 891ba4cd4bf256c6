/**
 * Which addresses belong to a site. A page can put any link into a review card or a
 * `<link rel="canonical">`, and what the extension stores as a business's or a review's
 * address is later opened by a click on a notification or in the popup: only https
 * addresses on the site's own hosts (the hosts of its content-script match patterns) are kept.
 */
import { httpsUrl } from '../urls';

/** The host part of each match pattern: `https://*.yelp.com/biz/*` → `*.yelp.com`. */
export function hostPatternsOf(matches: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const pattern of matches) {
    const match = /^https:\/\/([^/]+)\//.exec(pattern);
    if (match) hosts.add(match[1]!.toLowerCase());
  }
  return [...hosts];
}

function hostMatches(hostname: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(2);
    return hostname === domain || hostname.endsWith(`.${domain}`);
  }
  return hostname === pattern;
}

/** The address as a normalised https URL (see `utils/urls.ts`) when it is on one of the hosts, else undefined. */
export function urlOnHosts(raw: string | undefined, hostPatterns: readonly string[], base?: URL): string | undefined {
  const href = httpsUrl(raw, base);
  if (href === undefined) return undefined;
  const hostname = new URL(href).hostname.toLowerCase();
  return hostPatterns.some((pattern) => hostMatches(hostname, pattern)) ? href : undefined;
}
