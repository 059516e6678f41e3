/** Public types of @tactful/core. The shapes follow the design's API contract. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Category = 'passive-aggressive' | 'needy' | 'pushy' | 'specificity' | 'closing' | 'message' | 'cadence';
export type MessageType = 'initial' | 'thank-you' | 'follow-up' | 'close' | 'reply';
export type TextKind = 'markdown' | 'text';

/** A place in the text: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface TextEdit {
  /** 0-based UTF-16 offset, inclusive. */
  start: number;
  /** 0-based UTF-16 offset, exclusive. */
  end: number;
  text: string;
}

export interface Suggestion {
  description: string;
  /** A mechanical fix that keeps the meaning: `--fix` may apply it. */
  safe: boolean;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  start: Position;
  end: Position;
  actual: string;
  suggestions: Suggestion[];
  url: string;
}

export interface MessageInfo {
  type: MessageType;
  /** Which follow-up this is: 0 for an initial message, 1 for the first follow-up, and so on. */
  followUp: number;
  wordCount: number;
  questionCount: number;
  categoryCounts: Partial<Record<Category, number>>;
  /** Politeness in [-1, 1]: below 0 the message reads as impolite (see tone/index.ts). */
  tone: number;
  /** The strategies that moved the tone, largest |weight| first. */
  toneFactors: ToneFactor[];
}

/** One politeness strategy found in a message: its signed contribution and where it showed. */
export interface ToneFactor {
  factor: string;
  weight: number;
  actual: string;
}

export interface LintResult {
  findings: Finding[];
  message: MessageInfo;
}

export type RuleSetting = SeveritySetting | [SeveritySetting, Record<string, unknown>?];

export interface Config {
  root?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Phrases never to flag, matched case-insensitively as whole words. */
  allow?: string[];
  cadence?: { profile?: CadenceProfile };
}

export type CadenceProfile = 'default' | 'phone' | 'networking' | 'job-application' | 'sales-fast';

export interface LintOptions {
  kind?: TextKind;
  fileName?: string;
  config?: Config;
  /** Overrides the classification when the caller knows the message type. */
  type?: MessageType;
  /** The step of a sequence (1 = initial); sets the follow-up number to step - 1. */
  step?: number;
}
