/**
 * Parts of a sentence that must not break across lines ("2小时前", "3 дня назад", "Google Maps"):
 * Chinese text may break between any two characters, so a relative time inside a sentence needs
 * its own unbreakable span. Pure: splits the text, the component wraps the kept parts.
 */
export interface TextPiece {
  text: string;
  /** Keep on one line. */
  whole: boolean;
}

export function splitKeepingWhole(text: string, keep: readonly string[]): TextPiece[] {
  let pieces: TextPiece[] = [{ text, whole: false }];
  for (const part of keep) {
    if (!part) continue;
    pieces = pieces.flatMap((piece) => {
      if (piece.whole) return [piece];
      const at = piece.text.indexOf(part);
      if (at < 0) return [piece];
      return [
        { text: piece.text.slice(0, at), whole: false },
        { text: part, whole: true },
        { text: piece.text.slice(at + part.length), whole: false },
      ].filter((p) => p.text.length > 0);
    });
  }
  return pieces;
}
