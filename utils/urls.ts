/**
 * The one rule for addresses that come from a page or a file: a link is kept, stored, opened or
 * rendered only as a normalised `https:` URL without credentials or a port. Everything else
 * (`http:`, `javascript:`, `data:`, `blob:`, user:pass@…) is dropped. Stored links must also be
 * on the site's own hosts (`urlOnHosts` in `utils/sites/hosts.ts` adds that check).
 */
export function httpsUrl(raw: string | undefined, base?: URL | string): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' && !url.username && !url.password && !url.port ? url.href : undefined;
}
