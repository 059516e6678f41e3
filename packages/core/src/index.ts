/**
 * @tactful/core: checks the tone of follow-up messages. This entry imports no Node
 * module, so it runs in browsers and web workers too.
 */
import { ruleList } from './rules/index.js';
import type { Category, Severity } from './types.js';

export { configProblems } from './config.js';
export { DOCS_BASE, ruleDocsUrl } from './docs-url.js';
export { lint } from './engine.js';
export { applySuggestions } from './fix.js';
export { setNlp } from './nlp.js';
export { default as tactful } from './plugin.js';
export type { Fixable } from './rule.js';
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
