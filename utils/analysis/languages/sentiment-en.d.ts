/** The English language module of the `sentiment` package: AFINN-165 labels and its scoring strategy. */
declare module 'sentiment/languages/en/index.js' {
  const english: { labels: Record<string, number> };
  export default english;
}
