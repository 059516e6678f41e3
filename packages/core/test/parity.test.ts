import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_BASE, rules } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const HEADINGS = ['## What it flags', '## Why', '## Examples to avoid', '## Better versions', '## Options', '## When to turn it off'];
const CATEGORIES = new Set(['passive-aggressive', 'needy', 'pushy', 'specificity', 'closing', 'message', 'cadence']);

describe('rule parity', () => {
  it('registers at least the core rules', () => {
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['blame-for-silence', 'needless-apology', 'missing-reminder']));
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      it('has a module file named after its id, with phrase data beside it when it has phrases', () => {
        expect(existsSync(join(root, 'src/rules', `${rule.id}.ts`))).toBe(true);
      });
      it('has a doc page with the fixed headings', () => {
        const path = join(root, 'docs/rules', `${rule.id}.md`);
        expect(existsSync(path), path).toBe(true);
        const doc = readFileSync(path, 'utf8');
        expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
        let last = -1;
        for (const heading of HEADINGS) {
          const at = doc.indexOf(`\n${heading}\n`);
          expect(at, heading).toBeGreaterThan(last);
          last = at;
        }
      });
      it('has a test table', () => {
        const path = join(root, 'test/rules', `${rule.id}.test.ts`);
        expect(existsSync(path), path).toBe(true);
        expect(readFileSync(path, 'utf8')).toContain(`ruleTable('${rule.id}'`);
      });
      it('has valid metadata and a docs url derived from its id', () => {
        expect(CATEGORIES.has(rule.category)).toBe(true);
        expect(rule.url).toBe(`${DOCS_BASE}/rules/${rule.id}.md`);
        expect(rule.description).toMatch(/^[A-Z].*\.$/);
        expect(['info', 'warning', 'error']).toContain(rule.defaultSeverity);
      });
    });
  }

  it('has no doc page or test table without a registered rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    const docs = readdirSync(join(root, 'docs/rules')).map((f) => f.replace(/\.md$/, ''));
    const tests = readdirSync(join(root, 'test/rules')).map((f) => f.replace(/\.test\.ts$/, ''));
    const modules = readdirSync(join(root, 'src/rules'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.phrases.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(docs.filter((d) => !ids.has(d))).toEqual([]);
    expect(tests.filter((t) => !ids.has(t))).toEqual([]);
    expect(modules.filter((m) => !ids.has(m))).toEqual([]);
  });
});
