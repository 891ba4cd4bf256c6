/** A message is a string, or plural forms chosen by `Intl.PluralRules` for the `n` parameter. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
