/**
 * The schema of version 1, frozen: the records exactly as version 1 wrote them, with every type
 * they use written out here. It imports nothing, so a later change elsewhere cannot change what
 * the version 1 step was written against. Never edit; a new version gets a new file.
 */
import type { DBSchema } from 'idb';

export type V1SiteId = 'yelp' | 'google-maps' | 'tripadvisor';
export type V1DatePrecision = 'exact' | 'day' | 'week' | 'month' | 'year';

export interface V1LayoutHealth {
  looksLikeReviewPage: boolean;
  cardsFound: number;
  cardsRead: number;
  selectors: Record<string, number>;
  status: 'ok' | 'no-reviews' | 'reviews-not-open' | 'limited-view' | 'blocked' | 'layout-changed' | 'not-a-review-page';
}

export interface V1BusinessRecord {
  key: string;
  site: V1SiteId;
  siteBusinessId: string;
  name: string;
  url: string;
  role?: 'mine' | 'competitor';
  group?: string;
  rating?: number;
  reviewCount?: number;
  firstSeenAt: number;
  lastCheckedAt: number;
  baselineVisitId: string;
  baselineAt: number;
  lastVisitId: string;
  lastSnapshotId?: number;
  health?: V1LayoutHealth;
}

export interface V1SnapshotRecord {
  id?: number;
  businessKey: string;
  visitId: string;
  capturedAt: number;
  rating?: number;
  reviewCount?: number;
}

export interface V1ReviewAnalysis {
  lang: string;
  score: number;
  label: 'negative' | 'neutral' | 'positive' | 'none';
  themes: Array<{ theme: string; polarity: -1 | 0 | 1 }>;
  contradiction: boolean;
  version: number;
}

export interface V1ReviewRecord {
  key: string;
  businessKey: string;
  site: V1SiteId;
  siteReviewId: string;
  author: string;
  rating?: number;
  title?: string;
  text: string;
  truncated: boolean;
  lang?: string;
  translated?: boolean;
  dateText?: string;
  publishedAt?: number;
  datePrecision?: V1DatePrecision;
  reply?: { text: string; dateText?: string; publishedAt?: number; datePrecision?: V1DatePrecision };
  url?: string;
  firstSeenAt: number;
  lastSeenAt: number;
  textHash: string;
  analysis: V1ReviewAnalysis;
  negative: 0 | 1;
  alertState: 'baseline' | 'alerted' | 'quiet';
  unread?: 1;
  history?: Array<{ text: string; rating?: number; title?: string; changedAt: number }>;
}

export interface V1AlertRecord {
  id: string;
  businessKey: string;
  reviewKeys: string[];
  url: string;
  createdAt: number;
  shownAt?: number;
}

export interface SchemaV1 extends DBSchema {
  businesses: { key: string; value: V1BusinessRecord; indexes: { byRole: string } };
  snapshots: { key: number; value: V1SnapshotRecord; indexes: { byBusiness: [string, number] } };
  reviews: { key: string; value: V1ReviewRecord; indexes: { byBusiness: string; byUnread: [string, number] } };
  alerts: { key: string; value: V1AlertRecord; indexes: { byCreated: number } };
}
