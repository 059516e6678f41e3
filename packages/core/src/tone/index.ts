import type { Sentence } from '../rule.js';
import type { Finding, ToneFactor } from '../types.js';
import { detectStrategies } from './strategies.js';
import { TONE_WEIGHTS } from './weights.js';

export type { ToneStrategy } from './strategies.js';

/**
 * The tone of a message (ARCHITECTURE.md "Library API"): the politeness strategies it uses, each
 * weighted as fitted in weights.ts, summed and squashed to [-1, 1] by tanh(z / 2), which is
 * 2 · P(polite) − 1 under the fitted model. Below 0 the message reads as impolite; a message that
 * shows no strategy scores exactly 0. Costs one pass of a few regular expressions per sentence.
 */
export function toneReport(
  source: string,
  sentences: readonly Sentence[],
  findings: readonly Finding[],
): { tone: number; toneFactors: ToneFactor[] } {
  const toneFactors: ToneFactor[] = [];
  let z = 0;
  for (const hit of detectStrategies(sentences, findings)) {
    const weight = TONE_WEIGHTS[hit.strategy];
    if (weight === 0) continue;
    z += weight;
    toneFactors.push({ factor: hit.strategy, weight, actual: source.slice(hit.start, hit.end) });
  }
  toneFactors.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.factor.localeCompare(b.factor));
  return { tone: roundTone(Math.tanh(z / 2), z), toneFactors };
}

/** Two decimals, keeping the sign: a slightly negative message must not round to a neutral 0. */
function roundTone(tone: number, z: number): number {
  const rounded = Math.round(tone * 100) / 100;
  if (z < 0 && rounded >= 0) return -0.01;
  if (z > 0 && rounded <= 0) return 0.01;
  return rounded === 0 ? 0 : rounded;
}
