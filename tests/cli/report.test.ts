/**
 * The message report on the command line: `--report` in the stylish format, and the tone in
 * the `report` of `--format json`.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyRepo, expectedText, pinnedRuleArgs, run } from './helpers.js';

interface JsonReport {
  filePath: string;
  report: {
    type: string;
    followUp: number;
    wordCount: number;
    questionCount: number;
    categoryCounts: Record<string, number>;
    tone: number;
    toneFactors: { factor: string; weight: number; actual: string }[];
  };
}

let repo: string;
let pinned: string[];

beforeAll(async () => {
  assertBuilt();
  repo = await copyRepo();
  pinned = await pinnedRuleArgs();
});

afterAll(async () => {
  await rm(path.dirname(repo), { recursive: true, force: true });
});

const signed = (n: number) => `${n > 0 ? '+' : n < 0 ? '-' : ' '}${Math.abs(n).toFixed(2)}`;

describe('tone in --format json', () => {
  it('carries tone and toneFactors in every report', async () => {
    const { stdout } = await run([...pinned, '--format', 'json', '.'], repo);
    const files = JSON.parse(stdout) as JsonReport[];
    expect(files.length).toBeGreaterThan(10);
    for (const { filePath, report } of files) {
      expect(Object.keys(report)).toEqual(['type', 'followUp', 'wordCount', 'questionCount', 'categoryCounts', 'tone', 'toneFactors']);
      expect(report.tone).toBeGreaterThanOrEqual(-1);
      expect(report.tone).toBeLessThanOrEqual(1);
      const sizes = report.toneFactors.map((f) => Math.abs(f.weight));
      expect(sizes, filePath).toEqual([...sizes].sort((a, b) => b - a));
      // The sign of the tone follows the sum of the factors.
      const z = report.toneFactors.reduce((s, f) => s + f.weight, 0);
      expect(Math.sign(report.tone) || 0, filePath).toBe(Math.sign(Math.round(z * 100)) || 0);
      if (/\.(?:md|txt)$/.test(filePath)) {
        const text = await readFile(path.join(repo, filePath), 'utf8');
        for (const f of report.toneFactors) expect(text, `${filePath} ${f.factor}`).toContain(f.actual);
      }
    }
    // A passive-aggressive finding shows up as blame in the tone.
    const chase = files.find((f) => f.filePath === 'templates/invoice-chase.txt');
    expect(chase?.report.categoryCounts['passive-aggressive']).toBeGreaterThan(0);
    expect(chase?.report.toneFactors.find((f) => f.factor === 'blame')?.weight).toBeLessThan(0);
  });
});

describe('--report', () => {
  it('prints each file with its report, also files without findings (exact output)', async () => {
    const result = await run([...pinned, '--report', '.'], repo);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(await expectedText('repo.report.txt', result.stdout));
  });

  it('agrees with the JSON report', async () => {
    const stylish = (await run([...pinned, '--report', '.'], repo)).stdout;
    const files = JSON.parse((await run([...pinned, '--format', 'json', '.'], repo)).stdout) as JsonReport[];
    // A block per file: its path on a line of its own, then indented lines.
    const blocks = new Map<string, string>();
    let current = '';
    for (const line of stylish.split('\n')) {
      if (/^[^\s✖✔]/.test(line)) {
        current = line;
        blocks.set(current, '');
      } else if (current) blocks.set(current, `${blocks.get(current)}${line}\n`);
    }
    expect(blocks.size).toBe(files.length);
    for (const { filePath, report } of files) {
      const block = blocks.get(filePath) ?? '';
      expect(block, filePath).toContain(`${report.wordCount} word`);
      expect(block, filePath).toMatch(new RegExp(`  Tone +${signed(report.tone).replace('+', '\\+')} \\(`));
      for (const f of report.toneFactors.slice(0, 5))
        expect(block, filePath).toMatch(
          new RegExp(
            `${signed(f.weight).replace('+', '\\+')}  ${f.factor} +${JSON.stringify(f.actual).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`,
          ),
        );
      for (const [category, n] of Object.entries(report.categoryCounts)) expect(block).toContain(`${category} ${n}`);
    }
  });

  it('shows a blunt demand as impolite, with what made it so', async () => {
    const { stdout, code } = await run(
      ['--no-config', '--stdin', '--report'],
      repo,
      'You need to send the contract today. Why is this late?\n',
    );
    expect(code).toBeLessThan(2);
    const tone = /Tone +([-+ ]\d\.\d\d) \(reads as impolite\)/.exec(stdout);
    expect(tone, stdout).not.toBeNull();
    expect(Number(tone?.[1])).toBeLessThan(0);
    expect(stdout).toMatch(/-\d\.\d\d {2}why-question +"Why"/);
    expect(stdout).toMatch(/-\d\.\d\d {2}second-person-start +"You"/);
  });

  it('is refused with formats that cannot show it, and documented in --help', async () => {
    const refused = await run(['--report', '--format', 'sarif', '.'], repo);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^tactful: --report works with the stylish format/);
    expect((await run(['--report', '--format', 'json', '.'], repo)).code).toBeLessThan(2);
    const help = await run(['--help'], repo);
    expect(help.stdout).toMatch(/--report +with stylish: print each file's report/);
  });
});
