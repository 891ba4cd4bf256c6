/**
 * The one analysis call the background uses: review text (+ title, stars, language hint) in;
 * language, a sentiment score in −1..1, a label, complaint and praise themes, and a flag when
 * the text contradicts the stars, out. Pure and synchronous; it runs entirely on the device.
 */
import { detectLanguage } from './detect';
import { emojiValence } from './emoji';
import { compilePack, scoreTokens, type CompiledPack, type EngineResult, type Token } from './engine';
import { de } from './languages/de';
import { en } from './languages/en';
import { es } from './languages/es';
import { fr } from './languages/fr';
import { ru } from './languages/ru';
import { zh } from './languages/zh';
import { TRADITIONAL_TO_SIMPLIFIED } from './languages/zh-ntusd';
import { modelLogit } from './model';
import { detectThemes } from './model/themes';
import type { LanguagePack } from './pack';
import { tokenizeChinese, tokenizeWords } from './tokenize';
import type { AnalysisInput, AnalysisLanguage, ReviewAnalysis, SentimentLabel } from './types';
import { detectUrgent } from './urgent';
import { billingUrgent } from './urgent-billing';
import { claimFor, settledFor } from './urgent-claims';
import { conceptUrgent } from './urgent-concepts';
import { cutEvidence } from './urgent-evidence';

/** Bumped whenever results change, so stored analyses can be recomputed. */
export const ANALYSIS_VERSION = 18;

const PACKS: Record<AnalysisLanguage, LanguagePack> = { en, ru, es, de, fr, zh };
const compiled = new Map<AnalysisLanguage, CompiledPack>();

function packFor(lang: AnalysisLanguage): CompiledPack {
  let pack = compiled.get(lang);
  if (!pack) {
    pack = compilePack(PACKS[lang]);
    compiled.set(lang, pack);
  }
  return pack;
}

let t2s: Map<string, string> | undefined;

/** Traditional characters to Simplified, for the characters the Chinese lists use. */
export function toSimplified(text: string): string {
  if (!t2s) {
    t2s = new Map();
    const chars = [...TRADITIONAL_TO_SIMPLIFIED];
    for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  }
  let out = '';
  for (const ch of text) out += t2s.get(ch) ?? ch;
  return out;
}

/** How strongly the summed valence maps into −1..1 (VADER's normalisation constant). */
const ALPHA = 15;
/** A score this close to zero is neutral. */
const NEUTRAL_BAND = 0.05;

export function labelFor(score: number, hits: number): SentimentLabel {
  if (hits === 0) return 'none';
  if (score >= NEUTRAL_BAND) return 'positive';
  if (score <= -NEUTRAL_BAND) return 'negative';
  return 'neutral';
}

function normalise(text: string, lang: AnalysisLanguage): string {
  if (lang === 'ru') return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (lang === 'zh') return toSimplified(text);
  return text;
}

/** What the word lists read in a text of a supported language: its tokens and the engine's result. */
export function readWithWordLists(text: string, lang: AnalysisLanguage): { tokens: Token[]; result: EngineResult; pack: CompiledPack; normalised: string } {
  const normalised = normalise(text, lang);
  const tokens = lang === 'zh' ? tokenizeChinese(normalised) : tokenizeWords(normalised, lang);
  const pack = packFor(lang);
  return { tokens, result: scoreTokens(pack, tokens), pack, normalised };
}

/** Below this many log-odds, a text the word lists found nothing in stays without a verdict. */
const MODEL_NO_SIGNAL = 2;

/**
 * What a business's own stars taught (`StarLearner` in ./adapt.ts): the adapted log-odds of a
 * text, or undefined while the learner has too few reviews in that language.
 */
export interface StarAdaptation {
  logit(text: string, lang: AnalysisLanguage | 'und'): number | undefined;
}

/**
 * `adaptation`: the business's star learner, used for reviews without stars and 3★ reviews only —
 * the reviews whose stars do not already say which way they lean. The "text contradicts the stars"
 * flag is about the other reviews, so it never uses a verdict learned from stars.
 */
export function analyzeReview(input: AnalysisInput, adaptation?: StarAdaptation): ReviewAnalysis {
  const text = [input.title, input.text].filter((part): part is string => Boolean(part && part.trim())).join('. ');
  const lang = detectLanguage(text, input.langHint);
  let score = 0;
  let raw = 0;
  let hits = 0;
  let worstClause = 0;
  let themes: ReviewAnalysis['themes'] = [];
  let urgent: ReviewAnalysis['urgent'];
  /** A finding without a phrase of its own to show: a text that reads positive drops it. */
  let toneDecides = false;
  /** The concepts' guess (a trait and a mistreatment in one sentence), which a positive tone takes back. */
  let guessedOnly = false;
  /** The story claim the review tells, when the phrases, the concepts and the billing rule found nothing. */
  let claimed: ReturnType<typeof claimFor>;
  if (lang === 'und') {
    // A language we cannot read: only emoji speak.
    for (const token of tokenizeWords(text, 'und')) {
      const v = token.kind === 'emoji' ? emojiValence(token.text) : 0;
      if (v !== 0) {
        raw += v;
        hits++;
      }
    }
    score = hits === 0 ? 0 : raw / Math.sqrt(raw * raw + ALPHA);
  } else {
    const { tokens, result, pack, normalised } = readWithWordLists(text, lang);
    hits = result.hits;
    worstClause = result.worstClause;
    themes = result.themes;
    // The verdict is the learned model's, stacked on what the word lists found (./model).
    let z = modelLogit(lang, tokens, result, pack.negators, pack.pack.negationScope);
    if (adaptation && (input.rating === undefined || Math.round(input.rating) === 3)) z = adaptation.logit(text, lang) ?? z;
    if (hits > 0 || Math.abs(z) >= MODEL_NO_SIGNAL) {
      score = Math.tanh(z / 4);
      hits = Math.max(hits, 1);
    }
    // The learned theme detector beside the theme word lists, each theme signed by its own clause.
    const verdictOf = (part: readonly Token[]): number => {
      const r = scoreTokens(pack, part);
      const v = modelLogit(lang, part, r, pack.negators, pack.pack.negationScope);
      return r.hits > 0 || Math.abs(v) >= MODEL_NO_SIGNAL ? Math.tanh(v / 4) : 0;
    };
    themes = detectThemes(lang, tokens, result, score, verdictOf, input.rating, text) ?? themes;
    // The phrases first (their evidence is the trigger itself); the concepts for what they miss;
    // a bill far above the quote last: told with figures, not phrases, but like a phrase it shows them, so it stands whatever the tone.
    // A money or belongings story the business put right is no fraud, however it was phrased ("charged me twice … refunded one on the spot").
    const phrased = detectUrgent(text, lang, normalised);
    const byEvidence = phrased?.category === 'fraud' && settledFor(text.toLowerCase(), lang) ? undefined : phrased;
    const guessed = byEvidence ? undefined : conceptUrgent(text, lang, cutEvidence, input.rating);
    const billing = byEvidence || guessed ? undefined : billingUrgent(text, lang, cutEvidence, input.rating);
    claimed = byEvidence || guessed || billing ? undefined : claimFor(text, lang, cutEvidence, input.rating);
    const billed = billing ?? claimed?.signal;
    urgent = byEvidence ?? guessed ?? billed;
    // Without stars, a bill claim in a review that reads positive is an explanation, not a claim ("… because they found a second fault and called me first. Brilliant.").
    toneDecides = guessed !== undefined || (billed !== undefined && input.rating === undefined);
    guessedOnly = guessed !== undefined;
  }
  const label = labelFor(score, hits);
  const rating = input.rating;
  // A text that reads positive overall is no incident to answer when the concepts guessed it
  // without a phrase to show ("Amazing views from the rooftop!"), nor when its 5★ thank the business
  // for handling the incident it names ("they opened early for my son's EpiPen — heroes!"): in our
  // sets every such review was praise. Below 5★ the phrases keep their say whatever the tone.
  if (urgent && label === 'positive' && (toneDecides || (rating !== undefined && rating >= 4.5))) {
    // A claim that holds at 5★ (a discount for a good review, harassment by staff) stands whatever the tone,
    // even where the tone takes back what the phrases or the concepts found.
    const standing = claimed ?? (lang === 'und' ? undefined : claimFor(text, lang, cutEvidence, rating));
    // Below 4.5★ a story claim stands whatever the tone, as it does when the concepts guess nothing: the guess that fell must not take the claim with it.
    urgent = standing && (standing.anyTone || (guessedOnly && rating !== undefined && rating < 4.5)) ? standing.signal : undefined;
  }
  // A theme its clause and sentence leave undecided takes the tone of the whole review.
  if (Math.abs(score) >= 0.3) themes = themes.map((t) => (t.polarity === 0 ? { theme: t.theme, polarity: score > 0 ? 1 : -1 } : t));
  const contradiction =
    rating !== undefined &&
    ((rating >= 4 && label === 'negative') || (rating >= 5 && worstClause <= -2.5) || (rating <= 2 && label === 'positive' && score >= 0.3));
  // `|| 0`: a tiny negative score rounds to −0, which JSON writes as 0; keep stored and exported values the same.
  const analysis: ReviewAnalysis = { lang, score: Math.round(score * 1000) / 1000 || 0, label, themes, contradiction, version: ANALYSIS_VERSION };
  // Booking's "disliked" part, read on its own: a real problem there must not drown in the praise beside it.
  if (input.disliked?.trim()) {
    const part = analyzeReview({ text: input.disliked, langHint: lang === 'und' ? input.langHint : lang });
    analysis.disliked = { score: part.score, label: part.label };
  }
  // Set only when found: analyses of other reviews keep the shape they had.
  if (urgent) analysis.urgent = urgent;
  return analysis;
}
