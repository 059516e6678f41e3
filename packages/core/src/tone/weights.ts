import type { ToneStrategy } from './strategies.js';

/**
 * How much each politeness strategy moves the tone, in log-odds of a request being rated among
 * the most rather than the least polite quarter. Fitted by scripts/fit-tone.mjs (L2-regularised
 * logistic regression, lambda 1, no intercept, so a message that shows no strategy scores 0) on 70%
 * of the two outer quartiles of the Stanford Politeness Corpus, Wikipedia requests
 * (Danescu-Niculescu-Mizil et al., ACL 2013, CC BY 4.0); the other 30% was held apart to measure.
 * Rounded to two decimals. Signs agree with the strategy table of that paper (RULES.md §0.1).
 * `specific-reference` stays near 0: the corpus holds requests, not follow-ups, so a named item
 * earns little there; the specificity rules carry that judgement for follow-ups.
 * Refit and paste here whenever a detector in strategies.ts changes.
 */
export const TONE_WEIGHTS: Readonly<Record<ToneStrategy, number>> = {
  gratitude: 3.05,
  'why-question': -2.5,
  deference: 2.17,
  greeting: 1.94,
  'positive-wording': 1.67,
  'rhetorical-question': -1.65,
  factuality: -1.5,
  apology: 1.43,
  'could-would-you': 1.31,
  insistence: -1.26,
  'direct-start': -1.23,
  challenge: -1.13,
  'negative-wording': -1.1,
  'second-person-start': -1.03,
  disagreement: -1.02,
  imperative: -1,
  obligation: -0.89,
  pressure: -0.82,
  blame: -0.8,
  please: 0.76,
  'direct-question': -0.73,
  'by-the-way': 0.57,
  'can-will-you': 0.51,
  hedge: 0.45,
  'first-person-start': 0.41,
  'specific-reference': 0.03,
};
