/**
 * A language pack: the word lists and rules the scoring engine needs for one language.
 * Packs are plain data, compiled once into lookup tables when first used.
 */
import type { AnalysisLanguage, ThemeId } from './types';

export interface AspectRule {
  /** Adjectives (a trailing `*` marks a stem) whose polarity depends on what they describe. */
  adjectives: string[];
  /** Nouns near which the adjective is a complaint ("cold soup"). */
  negative: string[];
  /** Nouns near which it is fine or good ("cold beer"). */
  positive?: string[];
  /** Valence near a negative noun (default −2) and near a positive one (default +1). */
  negativeScore?: number;
  positiveScore?: number;
  theme?: ThemeId;
}

export interface DomainRule {
  /** A token (or `stem*`) that must be in the clause before the pattern is tried. */
  trigger: string;
  /** Tried on the lower-cased clause text; omitted means the trigger alone is enough. */
  pattern?: RegExp;
  score: number;
  /** Counts toward the polarity of `theme` only ("easy to find" is praise of the location), leaving the sentiment untouched. */
  tone?: number;
  theme?: ThemeId;
}

export interface LanguagePack {
  lang: AnalysisLanguage;
  /** Word → valence on the AFINN scale (−5..+5); a trailing `*` marks a stem matched as a prefix. */
  words: Record<string, number>;
  /** Multi-word expressions, space-separated tokens (stems allowed), matched before single words. */
  phrases: Record<string, number>;
  negators: string[];
  /** How many words after a negator it reaches. */
  negationScope: number;
  /** Word → multiplier for the next sentiment word (above 1 intensifies, below 1 softens). */
  intensifiers: Record<string, number>;
  /** "but": the clause after it weighs more, the one before less. Multi-word entries allowed. */
  contrast: string[];
  /** "although": the clause it introduces weighs less. */
  concessive: string[];
  /** Markers of sarcasm ("yeah right"): positive words in their sentence are read as negative. */
  sarcasm: string[];
  aspects: AspectRule[];
  rules: DomainRule[];
  themes: Record<ThemeId, string[]>;
  /** Frequent function words, for telling Latin-script languages apart. */
  stopwords: string[];
  /** Shortest stem that may match as a prefix. */
  minStem: number;
  /**
   * How clause words are joined for rules, and how phrases match: with '' (Chinese), a phrase
   * matches any run of tokens whose characters spell it, whatever the segmenter cut.
   */
  joiner?: '' | ' ';
  /**
   * Inflections tried when a word is not listed: [ending, replacement] ("loving" → "love"),
   * for tokens of at least five letters.
   */
  suffixes?: Array<[string, string]>;
  /** Prefixes that negate the rest of a token (不好 = 不 + 好) when the whole token is not listed. */
  negationPrefixes?: string[];
  /**
   * Markers of excess ("too", "trop"): the next word or two is a complaint whatever it says on its
   * own ("too strong", "trop forte"); an unlisted word after one counts mildly negative.
   */
  excess?: string[];
}
