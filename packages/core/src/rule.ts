import type { Nlp } from './nlp.js';
import type { ParsedDocument } from './parse/document.js';
import type { NormalizedText } from './text/normalize.js';
import type { Category, MessageType, Severity, Suggestion } from './types.js';

export type Fixable = 'none' | 'suggest' | 'safe';

/** A sentence of the author's prose. Offsets refer to the original text. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  paragraph: number;
  /** The original text of the sentence. */
  text: string;
  /** Lower case, straight quotes, contractions expanded (see text/normalize.ts). */
  norm: NormalizedText;
}

export interface Classification {
  type: MessageType;
  followUp: number;
}

export interface Report<M extends string> {
  start: number;
  end: number;
  messageId: M;
  data?: Record<string, string | number>;
  /** Overrides the rule's default severity for this match. */
  severity?: Severity;
  suggestions?: Suggestion[];
}

export interface RuleContext<M extends string> {
  readonly options: Readonly<Record<string, unknown>>;
  readonly document: ParsedDocument;
  readonly classification: Classification;
  readonly sentences: readonly Sentence[];
  /**
   * compromise over one sentence, or over a window of it (`start`, `end`: offsets in the
   * text), computed on first use and cached. Costly: call it only where it decides something.
   */
  nlp(sentence: Sentence, start?: number, end?: number): ReturnType<Nlp>;
  report(report: Report<M>): void;
}

export interface RuleHandlers {
  /** Called for each sentence whose normalised text matches the rule's `trigger`. */
  sentence?(sentence: Sentence): void;
  /** Called once per message, after the sentences. */
  message?(): void;
}

export interface RuleMeta<M extends string> {
  id: string;
  category: Category;
  /** One sentence, shown in settings and docs. */
  description: string;
  defaultSeverity: Severity;
  fixable: Fixable;
  messages: Record<M, (data: Record<string, string | number>) => string>;
  /** Documentation URL, derived from the id. */
  docs: string;
  /** Message types the rule runs on; all when absent. */
  appliesTo?: readonly MessageType[];
  /**
   * The cheap lexical prefilter: sentence handlers run only where this matches the
   * sentence's normalised text. Required for rules with a sentence handler.
   */
  trigger?: RegExp;
  /**
   * Runs after every other rule, and only on sentences that no finding of its category
   * covers yet: for the learned-model rules, which catch what phrase rules cannot see.
   */
  fallback?: boolean;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): RuleHandlers;
}

/** Declares a rule; the message ids a rule may report are inferred from `messages`. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
