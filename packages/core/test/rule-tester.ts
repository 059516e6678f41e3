import { describe, expect, it } from 'vitest';
import { lint } from '../src/index.js';
import type { Finding, LintOptions, MessageType, Severity, Suggestion } from '../src/types.js';

/** A message the rule must leave alone. */
export interface ValidCase {
  text: string;
  kind?: 'markdown' | 'text';
  type?: MessageType;
  step?: number;
  note?: string;
}

/** A message the rule must flag. */
export interface InvalidCase extends ValidCase {
  /** Expected severity of the finding. */
  severity?: Severity;
  /** Expected flagged text. */
  actual?: string;
  /** Expected text after applying the first suggestion. */
  output?: string;
  /** Whether the first suggestion is a safe fix. */
  safe?: boolean;
}

function optionsOf(c: ValidCase): LintOptions {
  return { kind: c.kind ?? 'text', ...(c.type ? { type: c.type } : {}), ...(c.step !== undefined ? { step: c.step } : {}) };
}

export function applyOne(text: string, suggestion: Suggestion): string {
  let out = text;
  for (const e of [...suggestion.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function findingsOf(ruleId: string, c: ValidCase): Finding[] {
  return lint(c.text, optionsOf(c)).findings.filter((f) => f.ruleId === ruleId);
}

/**
 * Runs a rule's table: valid cases draw no finding from the rule; invalid cases draw
 * one, and every suggestion, applied, gives text the rule no longer flags.
 */
export function ruleTable(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.note ? `${c.note}: ${JSON.stringify(c.text)}` : JSON.stringify(c.text), () => {
          expect(findingsOf(ruleId, c).map((f) => f.actual)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.note ? `${c.note}: ${JSON.stringify(c.text)}` : JSON.stringify(c.text), () => {
          const found = findingsOf(ruleId, c);
          expect(found.length, `expected a ${ruleId} finding`).toBeGreaterThan(0);
          const f = found[0] as Finding;
          expect(c.text.slice(f.start.offset, f.end.offset)).toBe(f.actual);
          if (c.severity) expect(f.severity).toBe(c.severity);
          if (c.actual !== undefined) expect(f.actual).toBe(c.actual);
          if (c.safe !== undefined) expect(f.suggestions[0]?.safe).toBe(c.safe);
          if (c.output !== undefined) expect(applyOne(c.text, f.suggestions[0] as Suggestion)).toBe(c.output);
          for (const s of f.suggestions) {
            const fixed = applyOne(c.text, s);
            expect(fixed).not.toBe(c.text);
            expect(
              findingsOf(ruleId, { ...c, text: fixed }).map((x) => x.actual),
              `after "${s.description}": ${fixed}`,
            ).toEqual([]);
          }
        });
      }
    });
  });
}
