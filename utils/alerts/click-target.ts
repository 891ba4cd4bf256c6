/** Where clicking a notification leads. Pure. */
import { siteById } from '../sites/registry';
import type { AlertRecord, BusinessRecord } from '../store/schema';
import { httpsUrl } from '../urls';

/**
 * One review with its own link opens that review; a grouped alert (or a review without a link)
 * opens the business's review list, newest first where the site's address allows it.
 */
export function alertClickUrl(alert: Pick<AlertRecord, 'url' | 'reviewKeys'>, business: Pick<BusinessRecord, 'url' | 'site'> | undefined): string {
  if (!business || (alert.reviewKeys.length === 1 && alert.url !== business.url)) return alert.url;
  const base = httpsUrl(business.url);
  if (!base) return alert.url;
  return httpsUrl(siteById(business.site)?.newestFirstUrl?.(new URL(base)) ?? '') ?? alert.url;
}
