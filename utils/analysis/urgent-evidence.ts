/** The evidence an urgent finding shows: one sentence of the review, cut to a length the popup can show. */
import { URGENT_EVIDENCE_LENGTH } from './types';

/** A sentence cut at a word edge to the evidence length. */
export function cutEvidence(sentence: string): string {
  const max = URGENT_EVIDENCE_LENGTH;
  if (sentence.length <= max) return sentence;
  const space = sentence.lastIndexOf(' ', max);
  return (space > max / 2 ? sentence.slice(0, space) : sentence.slice(0, max)).replace(/[\s,，:：;—–-]+$/u, '');
}
