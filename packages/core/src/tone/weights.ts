import type { ToneStrategy } from './strategies.js';

/**
 * How much each politeness strategy moves the tone, in log-odds of a request being rated among
 * the most rather than the least polite quarter. Fitted by scripts/fit-tone.mjs (L2-regularised
 * logistic regression, lambda 1, no intercept, so a message that shows no strategy scores 0) on 70%
 * of the two outer quartiles of the Stanford Politeness Corpus, Wikipedia requests
 * (Danescu-Niculescu-Mizil et al., ACL 2013, CC BY 4.0); the other 30% was held apart to measure.
 * Rounded to two decimals. Signs agree with the strategy table of that paper (RULES.md §0.1).
 * One weight is set rather than fitted: `specific-reference` (+0.3), because the corpus holds
 * requests, not follow-ups, and shows no effect either way, while RULES.md §0.6 counts naming the
 * item as polite in a follow-up; the fit takes it as a fixed offset.
 * `blame` and `pressure` come from the rules' findings, so new rules can move the measured
 * accuracy a little. Refit and paste here whenever a detector in strategies.ts changes.
 */
export const TONE_WEIGHTS: Readonly<Record<ToneStrategy, number>> = {
  gratitude: 2.95,
  'why-question': -2.68,
  deference: 2.1,
  greeting: 1.87,
  'rhetorical-question': -1.62,
  'positive-wording': 1.58,
  factuality: -1.54,
  apology: 1.53,
  'direct-start': -1.43,
  'asks-opinion': 1.35,
  insistence: -1.27,
  'could-would-you': 1.22,
  challenge: -1.17,
  imperative: -1.16,
  'second-person-start': -1.11,
  'negative-wording': -1.09,
  disagreement: -1.08,
  'direct-question': -0.99,
  obligation: -0.85,
  blame: -0.79,
  please: 0.74,
  pressure: -0.74,
  'by-the-way': 0.6,
  'can-will-you': 0.53,
  'first-person-start': 0.37,
  'specific-reference': 0.3,
  hedge: 0.26,
};
