import { splitKeepingWhole } from '@/utils/i18n/keep-whole';

/** A sentence whose `keep` parts (a relative time, a site name) never break across lines. */
export function KeepWhole({ text, keep }: { text: string; keep: readonly string[] }) {
  return (
    <>
      {splitKeepingWhole(text, keep).map((piece, i) =>
        piece.whole ? (
          <span key={i} class="nowrap">
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
