/**
 * @tactful/core: checks the tone of follow-up messages. This entry imports no Node
 * module, so it runs in browsers and web workers too.
 */
import { ruleList } from './rules/index.js';
import { CADENCE_CHECKS, cadenceDocsUrl } from './sequence/index.js';
import type { Category, Severity } from './types.js';

export { CADENCE_PROFILES, configSchema } from './config-schema.js';
export { configProblems } from './config-validate.js';
export { DOCS_BASE, ruleDocsUrl } from './docs-url.js';
export { lint } from './engine.js';
export { applySuggestions } from './fix.js';
export { setNlp } from './nlp.js';
export { default as tactful } from './plugin.js';
export type { Fixable } from './rule.js';
export {
  CADENCE_CHECKS,
  type CadenceCheck,
  cadenceDocsUrl,
  lintSequence,
  type MessageSection,
  messageSections,
  type SequenceFileResult,
  type SequenceMessage,
  type SequenceOptions,
  sectionMessages,
} from './sequence/index.js';
export type * from './types.js';

/** Metadata of one rule, as shown in settings, docs and SARIF. */
export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
  defaultSeverity: Severity;
  fixable: 'none' | 'suggest' | 'safe';
  url: string;
  appliesTo?: readonly string[];
}

/** Every rule's metadata. */
export const rules: readonly RuleInfo[] = ruleList.map(({ meta }) => ({
  id: meta.id,
  category: meta.category,
  description: meta.description,
  defaultSeverity: meta.defaultSeverity,
  fixable: meta.fixable,
  url: meta.docs,
  ...(meta.appliesTo ? { appliesTo: meta.appliesTo } : {}),
}));

/** Metadata of the cadence checks (RULES.md §2.4), run over sequences by `lintSequence`. */
export const cadenceChecks: readonly RuleInfo[] = CADENCE_CHECKS.map((check) => ({
  id: check.id,
  category: 'cadence',
  description: check.description,
  defaultSeverity: check.defaultSeverity,
  fixable: 'none',
  url: cadenceDocsUrl(check.id),
}));
