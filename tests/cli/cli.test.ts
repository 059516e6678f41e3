/**
 * The `tactful` command as a process, against a copy of fixtures/template-repo: exact output
 * of every format, exit codes, --fix byte for byte, bad input, configuration, stdin.
 */
import { chmod, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, copyRepo, expectedText, fixtureRepo, PINNED_RULES, pinnedRuleArgs, root, run } from './helpers.js';

let repo: string;
let pinned: string[];
const made: string[] = [];

beforeAll(async () => {
  assertBuilt();
  repo = await copyRepo();
  made.push(path.dirname(repo));
  pinned = await pinnedRuleArgs();
});

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshRepo(): Promise<string> {
  const copy = await copyRepo();
  made.push(path.dirname(copy));
  return copy;
}

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out.sort();
}

describe('the fixture repository', () => {
  it('holds at least 20 templates of every kind', async () => {
    const files = (await filesUnder(fixtureRepo)).filter((f) => /\.(?:md|txt|eml|html)$/.test(f) && !/^(?:drafts|build)\/|^README/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const ext of ['.md', '.txt', '.eml', '.html'])
      expect(
        files.some((f) => f.endsWith(ext)),
        ext,
      ).toBe(true);
    const crlf = await readFile(path.join(fixtureRepo, 'templates/crlf-check-in.txt'));
    expect(crlf.includes('\r\n')).toBe(true);
    const bom = await readFile(path.join(fixtureRepo, 'templates/bom-reminder.md'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

/**
 * SARIF lists every rule in `tool.driver.rules`, and rules are being added: the exact
 * comparison keeps the pinned rules and the cadence checks (and renumbers `ruleIndex`);
 * the schema test below checks the full list.
 */
function pinSarifRules(text: string): string {
  const log = JSON.parse(text);
  const run = log.runs[0];
  const keep = (id: string) => PINNED_RULES.includes(id) || id.startsWith('seq-');
  const rules = run.tool.driver.rules.filter((r: { id: string }) => keep(r.id));
  run.tool.driver.rules = rules;
  for (const result of run.results) result.ruleIndex = rules.findIndex((r: { id: string }) => r.id === result.ruleId);
  return `${JSON.stringify(log, null, 2)}\n`;
}

describe('formats (exact output)', () => {
  for (const format of ['stylish', 'json', 'sarif', 'github', 'compact']) {
    it(`--format ${format}`, async () => {
      const result = await run([...pinned, '--format', format, '.'], repo);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      if (format === 'json' || format === 'sarif') {
        // Streamed file by file, yet exactly what JSON.stringify(document, null, 2) prints.
        expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
      }
      const output = format === 'sarif' ? pinSarifRules(result.stdout) : result.stdout;
      expect(output).toBe(await expectedText(`repo.${format}.txt`, output));
    });
  }

  it('json follows the contract: files sorted by path, counts, report, positions on the file', async () => {
    const { stdout } = await run([...pinned, '--format', 'json', '.'], repo);
    const files = JSON.parse(stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; endLine: number; endColumn: number; actual: string; severity: string }[];
      errorCount: number;
      warningCount: number;
      infoCount: number;
      report: { type: string };
    }[];
    const paths = files.map((f) => f.filePath);
    expect(paths).toEqual([...paths].sort());
    // Ignored by .tactfulignore (README.md, drafts/) and .gitignore (build/).
    expect(paths.some((p) => /^(?:README\.md|drafts\/|build\/)/.test(p))).toBe(false);
    for (const file of files) {
      expect(Object.keys(file)).toEqual(['filePath', 'messages', 'errorCount', 'warningCount', 'infoCount', 'report']);
      expect(file.errorCount).toBe(file.messages.filter((m) => m.severity === 'error').length);
      const text = await readFile(path.join(repo, file.filePath), 'utf8');
      const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n/);
      for (const m of file.messages) {
        if (m.endLine !== m.line) continue;
        // The actual text sits at line:column on the file as a person sees it.
        expect(lines[m.line - 1]?.slice(m.column - 1, m.endColumn - 1), `${file.filePath} ${m.ruleId}`).toBe(m.actual);
      }
    }
    // Code blocks, quotes, quoted replies, HTML markup and comments are never flagged.
    const byPath = new Map(files.map((f) => [f.filePath, f]));
    expect(byPath.get('templates/code-and-quotes.md')?.messages).toEqual([]);
    expect(byPath.get('templates/quoted-reply.txt')?.messages).toEqual([]);
    expect(byPath.get('templates/placeholders.md')?.messages).toEqual([]);
    expect(byPath.get('templates/disabled.md')?.messages).toEqual([]);
    const html = byPath.get('templates/proposal-nudge.html')?.messages ?? [];
    expect(html.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['needless-apology', 10, 6],
      ['blame-for-silence', 11, 44],
    ]);
    const eml = byPath.get('templates/recurring-invoices.eml')?.messages ?? [];
    expect(eml.map((m) => [m.ruleId, m.line, m.column, m.actual])).toEqual([
      ['needless-apology', 15, 1, 'Sorry to bother you again'],
      ['blame-for-silence', 16, 25, 'You haven=E2=80=99t responded'],
    ]);
    // The subject decides the classification of the e-mail ("Re:" makes it a follow-up).
    expect(byPath.get('templates/recurring-invoices.eml')?.report.type).toBe('follow-up');
  });

  it('sarif validates against the SARIF 2.1.0 schema, with help text and a URL for every rule', async () => {
    const { stdout } = await run([...pinned, '--format', 'sarif', '.'], repo);
    const log = JSON.parse(stdout);
    const schema = JSON.parse(
      await readFile(path.join(root, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    // The SARIF schema is JSON Schema draft-04.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const rules = log.runs[0].tool.driver.rules as { id: string; help: { text: string }; helpUri: string }[];
    const core = (await import(path.join(root, 'packages/core/dist/index.js'))) as {
      rules: { id: string }[];
      cadenceChecks: { id: string }[];
    };
    expect(rules.map((r) => r.id)).toEqual([...core.rules, ...core.cadenceChecks].map((r) => r.id));
    for (const rule of rules) {
      expect(rule.help.text.length).toBeGreaterThan(20);
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/(?:rules|cadence)\/[\w-]+\.md$/);
    }
    expect(log.runs[0].results.length).toBeGreaterThan(5);
  });

  it('the same output from worker threads as from one thread', async () => {
    const one = await run([...pinned, '--format', 'json', '--concurrency', '1', '.'], repo);
    const many = await run([...pinned, '--format', 'json', '--concurrency', '3', '.'], repo);
    expect(many.stdout).toBe(one.stdout);
    expect(many.code).toBe(one.code);
  });
});

describe('exit codes and filters', () => {
  it('0 when there is no error and warnings are within --max-warnings', async () => {
    const warnOnly = await run([...pinned, 'templates/invoice-chase.txt'], repo);
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout).toContain('1 problem (0 errors, 1 warning, 0 info)');
    const tooMany = await run([...pinned, '--max-warnings', '0', 'templates/invoice-chase.txt'], repo);
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toBe('tactful: too many warnings (1; --max-warnings is 0)\n');
    const clean = await run([...pinned, 'templates/placeholders.md'], repo);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('✔ No tone problems found (1 file checked)\n');
  });

  it('--quiet reports errors only', async () => {
    const { stdout, code } = await run([...pinned, '--quiet', '--format', 'compact', '.'], repo);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .filter((l) => l.includes(': line '));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((l) => l.includes(' Error - '))).toBe(true);
  });

  it('--rule changes a severity or turns a rule off', async () => {
    const off = await run([...pinned, '--rule', 'blame-for-silence=off', '--format', 'json', 'templates/invoice-chase.txt'], repo);
    expect(JSON.parse(off.stdout)[0].messages).toEqual([]);
    const error = await run([...pinned, '--rule', 'blame-for-silence=error', 'templates/invoice-chase.txt'], repo);
    expect(error.code).toBe(1);
    const bad = await run(['--rule', 'no-such-rule=off', '.'], repo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('tactful: --rule no-such-rule=off: unknown rule "no-such-rule" (see the README for the list)\n');
  });

  it('usage problems exit 2 with one line', async () => {
    const none = await run([], repo);
    expect(none).toMatchObject({ code: 2, stdout: '', stderr: 'tactful: no paths given (try "tactful ." or --stdin)\n' });
    const format = await run(['--format', 'xml', '.'], repo);
    expect(format.stderr).toBe('tactful: unknown format "xml" (expected stylish, json, sarif, github, compact)\n');
    expect(format.code).toBe(2);
    const unknown = await run(['--frobnicate'], repo);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('--fix', () => {
  it('applies safe fixes in place, byte for byte, keeping CRLF, BOM and final newlines', async () => {
    const copy = await freshRepo();
    const before = new Map<string, Buffer>();
    for (const file of await filesUnder(copy)) before.set(file, await readFile(path.join(copy, file)));
    const result = await run([...pinned, '--fix', '--format', 'compact', '.'], copy);
    expect(result.stderr).toBe('');
    const after = new Map<string, Buffer>();
    for (const file of await filesUnder(copy)) after.set(file, await readFile(path.join(copy, file)));
    // No file added (temporary files are renamed away) or removed.
    expect([...after.keys()]).toEqual([...before.keys()]);
    const changed = [...after.keys()].filter((f) => !before.get(f)?.equals(after.get(f) as Buffer));
    expect(changed).toEqual([
      'sequences/saas-trial/02-setup-tips.md',
      'templates/bom-reminder.md',
      'templates/crlf-check-in.txt',
      'templates/proposal-nudge.html',
      'templates/recurring-invoices.eml',
    ]);
    const text = (f: string) => (after.get(f) as Buffer).toString('utf8');
    const old = (f: string) => (before.get(f) as Buffer).toString('utf8');
    const expectOnly = (file: string, from: string, to: string) => {
      expect(old(file).includes(from), `${file} holds ${from}`).toBe(true);
      expect(text(file)).toBe(old(file).replace(from, to));
    };
    expectOnly('sequences/saas-trial/02-setup-tips.md', 'Sorry to bother you again, but I wanted', 'I wanted');
    expectOnly('templates/bom-reminder.md', 'Sorry to bother you, but could you sign', 'Could you sign');
    expect([...(after.get('templates/bom-reminder.md') as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expectOnly('templates/crlf-check-in.txt', 'Sorry to bother you again, but could you confirm', 'Could you confirm');
    expect(text('templates/crlf-check-in.txt').split('\r\n').length).toBe(old('templates/crlf-check-in.txt').split('\r\n').length);
    expect(text('templates/crlf-check-in.txt').replace(/\r\n/g, '')).not.toContain('\n');
    expect(text('templates/crlf-check-in.txt').endsWith('Ruth\r\n')).toBe(true);
    expectOnly('templates/proposal-nudge.html', '<p>Sorry to bother you again, but I wanted', '<p>I wanted');
    // In the quoted-printable part of the e-mail, within the 76-character line limit.
    expectOnly('templates/recurring-invoices.eml', 'Sorry to bother you again, but I wanted to follow up', 'I wanted to follow up');
    // Fixed findings are gone from the report; the rest remain.
    expect(result.stdout).not.toContain('needless-apology');
    expect(result.stdout).toContain('blame-for-silence');
    expect(result.code).toBe(1);
    // A second run has nothing left to fix.
    await run([...pinned, '--fix', '.'], copy);
    for (const file of changed) expect((await readFile(path.join(copy, file))).equals(after.get(file) as Buffer)).toBe(true);
  });

  it('keeps the file mode and writes nothing with --fix-dry-run', async () => {
    const copy = await freshRepo();
    const file = path.join(copy, 'templates/crlf-check-in.txt');
    await chmod(file, 0o640);
    const before = await readFile(file);
    const dry = await run([...pinned, '--fix-dry-run', '--format', 'json', 'templates/crlf-check-in.txt'], copy);
    expect((await readFile(file)).equals(before)).toBe(true);
    const [report] = JSON.parse(dry.stdout);
    expect(report.output).toBe(before.toString('utf8').replace('Sorry to bother you again, but could you', 'Could you'));
    expect(report.messages).toEqual([]);
    await run([...pinned, '--fix', 'templates/crlf-check-in.txt'], copy);
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });
});

describe('bad input', () => {
  it('a missing path: one line naming it, exit 2, the other files still reported', async () => {
    const result = await run([...pinned, '--format', 'compact', 'templates/no-such-file.md', 'templates/invoice-chase.txt'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tactful: templates/no-such-file.md: no such file or directory\n');
    expect(result.stdout).toContain('templates/invoice-chase.txt: line 5, col 1, Warning');
  });

  it('invalid UTF-8 and binary files: a note each, skipped, exit 2, the rest reported', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'templates/latin1.txt'), Buffer.from('Hi Jos\xe9, any news on the quote?\n', 'latin1'));
    await writeFile(path.join(copy, 'templates/logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const result = await run([...pinned, '--format', 'json', 'templates'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'tactful: templates/latin1.txt: not valid UTF-8 text, skipped\ntactful: templates/logo.md: binary file (contains NUL bytes), skipped\n',
    );
    const paths = (JSON.parse(result.stdout) as { filePath: string }[]).map((f) => f.filePath);
    expect(paths).toContain('templates/invoice-chase.txt');
    expect(paths).not.toContain('templates/latin1.txt');
  });

  it('an unreadable file: a symbolic link loop (unreadable even for root)', async () => {
    const copy = await freshRepo();
    await symlink('loop.md', path.join(copy, 'templates/loop.md'));
    const result = await run([...pinned, 'templates/loop.md', 'templates/invoice-chase.txt'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tactful: templates/loop.md: cannot read (too many symbolic links)\n');
    expect(result.stdout).toContain('templates/invoice-chase.txt');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: no read permission (skipped as root, which reads any file)', async () => {
    const copy = await freshRepo();
    const file = path.join(copy, 'templates/invoice-chase.txt');
    await chmod(file, 0o000);
    const result = await run([...pinned, 'templates'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('tactful: templates/invoice-chase.txt: cannot read (permission denied), skipped\n');
  });

  it('an unsupported file named on the command line is skipped with a note', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'notes.docx'), 'PK');
    const result = await run([...pinned, 'notes.docx', 'templates/placeholders.md'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'tactful: notes.docx: unsupported file type (expected .md, .markdown, .txt, .eml, .html or .htm), skipped\n',
    );
    expect(result.stdout).toContain('1 file checked');
  });

  it('a malformed config: exit 2 with one line naming the file, the key and what was expected', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'sequences/.tactfulrc.json'), '{ "rules": { "needless-apology": "loud" } }\n');
    const result = await run([...pinned, '--format', 'compact', '.'], copy);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'tactful: sequences/.tactfulrc.json: "rules.needless-apology": expected "off", "info", "warning", "error" or [severity, options]\n',
    );
    // Files under other configs are still reported.
    expect(result.stdout).toContain('templates/invoice-chase.txt');
    expect(result.stdout).not.toContain('sequences/');
  });

  it('a config that is not JSON, or not YAML', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'templates/.tactfulrc.json'), '{ "rules": { ');
    const json = await run([...pinned, 'templates/invoice-chase.txt'], copy);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^tactful: templates\/\.tactfulrc\.json: invalid JSON \(.+\)\n$/);
    await rm(path.join(copy, 'templates/.tactfulrc.json'));
    await writeFile(path.join(copy, '.tactfulrc.yaml'), 'root: true\ncadence:\n  profile: weekly\n');
    const yaml = await run([...pinned, 'templates/invoice-chase.txt'], copy);
    expect(yaml.stderr).toBe(
      'tactful: .tactfulrc.yaml: "cadence.profile": expected one of default, phone, networking, job-application, sales-fast\n',
    );
    await writeFile(path.join(copy, '.tactfulrc.yaml'), 'root: true\nrulez: {}\n');
    const key = await run([...pinned, 'templates/invoice-chase.txt'], copy);
    expect(key.stderr).toBe('tactful: .tactfulrc.yaml: "rulez": unknown key (expected root, rules, allow or cadence)\n');
    await writeFile(path.join(copy, '.tactfulrc.yaml'), 'root: [true\n');
    const syntax = await run([...pinned, 'templates/invoice-chase.txt'], copy);
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toMatch(/^tactful: \.tactfulrc\.yaml: invalid YAML at line \d+, column \d+ \(.+\)\n$/);
  });
});

describe('configuration', () => {
  it('discovers the nearest config, fills in from parents, and stops at root: true', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'templates/.tactfulrc.json'), '{ "rules": { "blame-for-silence": "error" } }\n');
    const printed = await run(['--print-config', 'templates/invoice-chase.txt'], copy);
    expect(printed.code).toBe(0);
    const config = JSON.parse(printed.stdout);
    expect(config.rules['blame-for-silence']).toBe('error');
    // From the root config above it.
    expect(config.rules['needless-apology']).toBe('warning');
    expect(config.allow).toEqual(['pardon the intrusion']);
    expect(config.cadence).toEqual({ profile: 'default' });
    expect(config.rules['seq-daily-cadence']).toBe('error');
    // A package.json "tactful" key counts too.
    await writeFile(
      path.join(copy, 'sequences/package.json'),
      '{ "name": "x", "tactful": { "root": true, "rules": { "seq-daily-cadence": "off" } } }\n',
    );
    const pkg = JSON.parse((await run(['--print-config', 'sequences/saas-trial/01-welcome.md'], copy)).stdout);
    expect(pkg.rules['seq-daily-cadence']).toBe('off');
    expect(pkg.allow).toEqual([]);
  });

  it('--config replaces discovery; --no-config uses none; --rule applies over both', async () => {
    const copy = await freshRepo();
    await writeFile(path.join(copy, 'strict.json'), '{ "rules": { "needless-apology": "error" } }\n');
    const strict = JSON.parse((await run(['--config', 'strict.json', '--print-config', 'templates/a.md'], copy)).stdout);
    expect(strict.rules['needless-apology']).toBe('error');
    expect(strict.allow).toEqual([]);
    const none = JSON.parse((await run(['--no-config', '--rule', 'minimizer=off', '--print-config', 'templates/a.md'], copy)).stdout);
    expect(none.rules['needless-apology']).toBe('warning');
    const missing = await run(['--config', 'nope.json', '.'], copy);
    expect(missing).toMatchObject({ code: 2, stderr: 'tactful: nope.json: no such config file\n' });
  });
});

describe('standard input, --explain, --version', () => {
  it('--stdin with --stdin-filename: the kind and the config come from the name', async () => {
    const input = 'Subject: Invoice #2231\n\nHi Morgan,\n\nSorry to bother you again, but is invoice #2231 scheduled?\n';
    const result = await run([...pinned, '--stdin', '--stdin-filename', 'templates/x.txt', '--format', 'json'], repo, input);
    const [file] = JSON.parse(result.stdout);
    expect(file.filePath).toBe('templates/x.txt');
    expect(file.messages.map((m: { ruleId: string; line: number }) => [m.ruleId, m.line])).toEqual([['needless-apology', 5]]);
    const html = await run(
      [...pinned, '--stdin', '--stdin-filename', 'note.html', '--format', 'compact'],
      repo,
      '<p>You never replied to <b>my</b> last message.</p>',
    );
    expect(html.stdout).toContain('note.html: line 1, col 4, Warning');
    const plain = await run([...pinned, '--stdin', '--format', 'json'], repo, 'You never replied to my last message.');
    expect(JSON.parse(plain.stdout)[0].filePath).toBe('<stdin>');
  });

  it('--explain prints the rule documentation shipped in the package', async () => {
    const doc = await readFile(path.join(root, 'packages/core/docs/rules/needless-apology.md'), 'utf8');
    const result = await run(['--explain', 'needless-apology'], repo);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(doc.endsWith('\n') ? doc : `${doc}\n`)).toBe(true);
    const cadence = await run(['--explain', 'seq-daily-cadence'], repo);
    expect(cadence.stdout.startsWith('# seq-daily-cadence\n')).toBe(true);
    const unknown = await run(['--explain', 'nope'], repo);
    expect(unknown.code).toBe(2);
  });

  it('--version and --help', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'packages/core/package.json'), 'utf8'));
    expect((await run(['--version'], repo)).stdout).toBe(`${pkg.version}\n`);
    const help = await run(['--help'], repo);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fix-dry-run');
  });
});

describe('integrations', () => {
  it('action.yml and .pre-commit-hooks.yaml run the CLI', async () => {
    const action = await readFile(path.join(root, 'action.yml'), 'utf8');
    expect(action).toContain('--format');
    expect(action).toMatch(/upload-sarif/);
    const hooks = await readFile(path.join(root, '.pre-commit-hooks.yaml'), 'utf8');
    expect(hooks).toMatch(/id: tactful/);
    expect(hooks).toMatch(/entry: tactful/);
  });
});
