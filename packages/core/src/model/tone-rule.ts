import { RecentCache } from '../cache.js';
import { ruleDocsUrl } from '../docs-url.js';
import { defineRule, type Rule, type Sentence } from '../rule.js';
import { toSource } from '../text/normalize.js';
import type { Category } from '../types.js';
import { countWords, MIN_WORDS } from './features.js';
import { toneModel } from './index.js';

/** What a rule built on the tone model says and offers. */
export interface ToneRuleSpec {
  id: string;
  category: Category;
  /** The model's class this rule reports. */
  toneClass: string;
  description: string;
  /** What a sentence of that class is likely to convey, completing "It may read as …". */
  conveys: string;
  /** What to do instead, one sentence. */
  advice: string;
  /** The neutral restatement offered, with a `[slot]` for the writer. */
  rewrite: { description: string; text: string };
}

/** A cheap prefilter: three words in a row; `countWords` then asks for MIN_WORDS. */
const ENOUGH_WORDS = /(?: \p{L}\S*){3}/u;

/**
 * The model's probabilities per normalised sentence: both tone rules read the same scores,
 * and the language server re-lints mostly unchanged sentences (see cache.ts).
 */
const predictions = new RecentCache<string, Float64Array>();

function probabilitiesOf(norm: string): Float64Array {
  let p = predictions.get(norm);
  if (!p) {
    p = toneModel().predict(norm);
    predictions.set(norm, p);
  }
  return p;
}

/** The words that drove the score, quoted from the writer's own text. */
function evidenceOf(sentence: Sentence, target: number, against: number): string {
  const model = toneModel();
  const phrases = model.explain(sentence.norm.text, target, against, 3).map((e) => {
    const { start, end } = toSource(sentence.norm, e.start, e.end);
    return `"${sentence.text.slice(start - sentence.start, end - sentence.start)}"`;
  });
  return phrases.length > 0 ? phrases.join(', ') : 'the sentence as a whole';
}

/** A rule reporting sentences the tone model puts in `toneClass` that no phrase rule reported. */
export function toneRule(spec: ToneRuleSpec): Rule<'implied'> {
  return defineRule({
    meta: {
      id: spec.id,
      category: spec.category,
      description: spec.description,
      // A statistical guess, right about nine times in ten: a note, not a warning.
      defaultSeverity: 'info',
      fixable: 'suggest',
      docs: ruleDocsUrl(spec.id),
      fallback: true,
      messages: {
        implied: (d) =>
          `It may read as ${spec.conveys} (tone model: ${d.confidence}% likely), mostly because of ${d.evidence}. ${spec.advice}`,
      },
      trigger: ENOUGH_WORDS,
    },
    create(context) {
      const option = context.options.minConfidence;
      const minConfidence = typeof option === 'number' && option > 0 && option <= 1 ? option : undefined;
      return {
        sentence(sentence) {
          if (countWords(sentence.norm.text) < MIN_WORDS) return;
          // The model is decoded here, on the first sentence that needs it.
          const model = toneModel();
          const target = model.classIndex(spec.toneClass);
          const neutral = model.classIndex('neutral');
          if (target < 0 || neutral < 0) return;
          const p = probabilitiesOf(sentence.norm.text)[target] as number;
          const threshold = Math.max(model.thresholds[spec.toneClass] ?? 1.01, minConfidence ?? 0);
          if (p < threshold) return;
          context.report({
            start: sentence.start,
            end: sentence.end,
            messageId: 'implied',
            data: { confidence: Math.round(p * 100), evidence: evidenceOf(sentence, target, neutral) },
            suggestions: [
              {
                description: spec.rewrite.description,
                safe: false,
                edits: [{ start: sentence.start, end: sentence.end, text: spec.rewrite.text }],
              },
            ],
          });
        },
      };
    },
  });
}
