// The note checks, loaded when a service first reads a note rather than when the services are made: their phrase
// automata take about half a second to build, and most of the `lantern` command's database commands, and a server
// until its first note, never read one (2026-12-02: `lantern users add` and the like started 0.5 s sooner).
async function load() {
  const [check, classifier, indicators, indicatorClassifier] = await Promise.all([
    import('../core/language/check.ts'),
    import('../core/language/classifier.ts'),
    import('../core/text/indicators.ts'),
    import('../core/text/indicator-classifier.ts'),
  ]);
  return {
    checkLanguage: check.checkLanguage,
    checkLanguageWithClassifier: classifier.checkLanguageWithClassifier,
    findIndicators: indicators.findIndicators,
    suggestIndicators: indicatorClassifier.suggestIndicators,
  };
}

export type NoteChecks = Awaited<ReturnType<typeof load>>;

let loaded: Promise<NoteChecks> | undefined;
export const noteChecks = (): Promise<NoteChecks> => (loaded ??= load());
