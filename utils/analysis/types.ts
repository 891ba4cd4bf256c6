/** What the analysis says about one review. Stored with the review and exported as is. */

export const ANALYSIS_LANGUAGES = ['en', 'ru', 'zh', 'es', 'de', 'fr'] as const;
export type AnalysisLanguage = (typeof ANALYSIS_LANGUAGES)[number];

/** `none`: the text carries no sentiment signal (empty, or no word the lexicon knows). */
export type SentimentLabel = 'negative' | 'neutral' | 'positive' | 'none';

export const THEME_IDS = ['service', 'waiting', 'cleanliness', 'price', 'quality', 'booking', 'ambience', 'location'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface ThemeHit {
  theme: ThemeId;
  /** −1 complaint, 0 mentioned, +1 praise. */
  polarity: -1 | 0 | 1;
}

export interface ReviewAnalysis {
  /** Detected language (one of the supported ones, or `und` when undetermined). */
  lang: AnalysisLanguage | 'und';
  /** Text sentiment in −1..1. */
  score: number;
  label: SentimentLabel;
  themes: ThemeHit[];
  /** The text contradicts the stars (a 5★ review with a complaint, a 1★ with praise). */
  contradiction: boolean;
  /** Version of the analysis that produced this, so stored results can be recomputed. */
  version: number;
  /** The "disliked" part on its own (Booking keeps what the guest liked and disliked apart). */
  disliked?: { score: number; label: SentimentLabel };
  /** The review reports something the owner must act on at once (absent when it does not). */
  urgent?: UrgentSignal;
}

export const URGENT_CATEGORIES = ['health', 'legal', 'discrimination', 'fraud'] as const;
/** health & safety incident · threat of legal or official action · discrimination or harassment · theft or fraud. */
export type UrgentCategory = (typeof URGENT_CATEGORIES)[number];

/** Evidence is the review's own words around what was found, at most this long. */
export const URGENT_EVIDENCE_LENGTH = 80;

export interface UrgentSignal {
  category: UrgentCategory;
  /** The review's own words around what was found, plain text, at most 80 characters. */
  evidence: string;
}

export interface AnalysisInput {
  text: string;
  title?: string;
  /** Stars 1..5 when the site shows them. */
  rating?: number;
  /** Language hint from the page (`lang` attribute of the text, or of the page). */
  langHint?: string;
  /** The part of the text that says what the reviewer disliked, when the site keeps it apart (Booking). */
  disliked?: string;
}
