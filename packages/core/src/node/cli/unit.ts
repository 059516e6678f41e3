/**
 * A unit of work: the files of one directory (or a slice of a very large one). Each file is
 * read, fixed when asked, and linted; files that form a sequence (numbered names, or front
 * matter with day/step/channel) also get the cadence checks. Runs in a worker thread or,
 * for small runs, on the main thread.
 */
import { randomBytes } from 'node:crypto';
import { chmod, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { applySuggestions } from '../../fix.js';
import { readFrontMatter } from '../../parse/frontmatter.js';
import { lintSequence, messageSections, sectionMessages } from '../../sequence/index.js';
import { filePrefixNumber, naturalCompare, parseOffset } from '../../sequence/timing.js';
import type { Config, Finding, MessageInfo } from '../../types.js';
import { ioReason } from '../errors.js';
import { FileError, readTextFile } from '../index.js';
import { lintSource, sourceKind } from '../source.js';

export type FixMode = 'off' | 'write' | 'dry-run';

export interface UnitFile {
  /** Position of the file in the sorted output. */
  index: number;
  /** The path to read. */
  path: string;
  /** The path shown in reports. */
  display: string;
  /** Text given instead of reading the file (`--stdin`). */
  text?: string;
}

export interface Unit {
  files: UnitFile[];
  config: Config;
  /** Whether to look for a sequence among the files. */
  sequences: boolean;
  fix: FixMode;
}

export interface UnitResult {
  index: number;
  filePath: string;
  findings: Finding[];
  message?: MessageInfo;
  /** Why the file was skipped. */
  error?: string;
  /** The fixed text, for `--fix-dry-run`, when fixes changed it. */
  output?: string;
  fixed?: boolean;
}

/** Passes of fixing before giving up on reaching a stable text. */
export const MAX_FIX_PASSES = 10;

interface Loaded {
  file: UnitFile;
  result: UnitResult;
  text: string;
}

export async function processUnit(unit: Unit): Promise<UnitResult[]> {
  const loaded: Loaded[] = [];
  const results: UnitResult[] = [];
  for (const file of unit.files) {
    const result: UnitResult = { index: file.index, filePath: file.display, findings: [] };
    results.push(result);
    try {
      const { text, bom } =
        file.text !== undefined ? { text: stripBom(file.text), bom: file.text.charCodeAt(0) === 0xfeff } : await readTextFile(file.path);
      const fixed = await lintFile(file, text, bom, unit, result);
      loaded.push({ file, result, text: fixed });
    } catch (error) {
      result.error = error instanceof FileError ? error.reason : `${(error as Error).message ?? String(error)}`;
    }
  }
  for (const item of loaded) addSectionCadence(item, unit.config);
  if (unit.sequences) addCadence(loaded, unit.config);
  return results;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lints one file, fixing it first when asked; returns the final text. */
async function lintFile(file: UnitFile, original: string, bom: boolean, unit: Unit, result: UnitResult): Promise<string> {
  const options = { fileName: file.display, config: unit.config };
  let text = original;
  let outcome = await lintSource(text, options);
  if (unit.fix !== 'off') {
    const eol = /\r\n/.test(original) ? '\r\n' : '\n';
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const next = applySafe(text, outcome.findings, eol);
      if (next === text) break;
      text = next;
      outcome = await lintSource(text, options);
    }
    if (text !== original) {
      text = keepFinalNewline(original, text);
      result.fixed = true;
      if (unit.fix === 'write' && file.text === undefined) await writeAtomically(file.path, bom ? `\uFEFF${text}` : text);
      else result.output = bom ? `\uFEFF${text}` : text;
    }
  }
  result.findings = outcome.findings;
  result.message = outcome.message;
  return text;
}

/** Applies the safe suggestions, writing line breaks in the file's own style. */
function applySafe(text: string, findings: Finding[], eol: string): string {
  const adjusted = findings.map((f) => ({
    ...f,
    suggestions: f.suggestions.map((s) => ({ ...s, edits: s.edits.map((e) => ({ ...e, text: e.text.replace(/\r?\n/g, eol) })) })),
  }));
  return applySuggestions(text, adjusted);
}

/** A fix never adds or removes the file's final line break. */
function keepFinalNewline(original: string, fixed: string): string {
  const ending = /\r?\n$/.exec(original)?.[0];
  const trimmed = fixed.replace(/(?:\r?\n)+$/, (m) => (ending ? m : ''));
  if (ending && !/\r?\n$/.test(trimmed)) return trimmed + ending;
  return trimmed;
}

/** Writes through a temporary file in the same directory, then renames it over the file. */
export async function writeAtomically(filePath: string, text: string): Promise<void> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.tactful-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(filePath)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    await writeFile(temp, text, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileError(filePath, `cannot write the fixed file (${ioReason(error)})`);
  }
}

const TIMING_KEYS = ['day', 'step', 'touch', 'delay', 'wait', 'after', 'channel'];

interface Member {
  loaded: Loaded;
  name: string;
  prefix?: number;
  step?: number;
  day?: number;
  timed: boolean;
}

/** A Markdown file holding a whole sequence under step or day headings (RULES.md §2.2 b). */
function addSectionCadence(item: Loaded, config: Config): void {
  if (sourceKind(item.file.display) !== 'markdown') return;
  const sections = messageSections(item.text);
  if (sections.length < 2) return;
  const fileData = readFrontMatter(item.text)?.data ?? {};
  const cadence = lintSequence(sectionMessages(item.file.display, item.text, sections, fileData), { config });
  const found = cadence.flatMap((r) => r.findings);
  if (found.length === 0) return;
  item.result.findings = [...item.result.findings, ...found].sort(
    (a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId),
  );
}

/**
 * Finds the sequence among a directory's files: numbered templates, or templates whose front
 * matter gives day, step or channel. Ordered by `step:` when every member has one, else by
 * file name (numbered), else by `day:`.
 */
function addCadence(loaded: Loaded[], config: Config): void {
  const members: Member[] = [];
  for (const item of loaded) {
    const kind = sourceKind(item.file.display);
    if (kind !== 'markdown' && kind !== 'text') continue;
    const name = path.basename(item.file.display);
    const data = readFrontMatter(item.text)?.data ?? {};
    const timed = TIMING_KEYS.some((k) => data[k] !== undefined);
    const prefix = filePrefixNumber(name);
    if (!timed && prefix === undefined) continue;
    const member: Member = { loaded: item, name, timed };
    if (prefix !== undefined) member.prefix = prefix;
    const step = Number(data.step ?? data.touch);
    if (Number.isInteger(step)) member.step = step;
    const day = parseOffset(data.day);
    if (day && 'days' in day) member.day = day.days;
    members.push(member);
  }
  const numbered = members.filter((m) => m.prefix !== undefined).length;
  const timed = members.filter((m) => m.timed).length;
  if (members.length < 2 || (numbered < 2 && timed < 2)) return;
  if (members.every((m) => m.step !== undefined))
    members.sort((a, b) => (a.step as number) - (b.step as number) || naturalCompare(a.name, b.name));
  else if (members.every((m) => m.prefix !== undefined) || members.some((m) => m.day === undefined))
    members.sort((a, b) => naturalCompare(a.name, b.name));
  else members.sort((a, b) => (a.day as number) - (b.day as number) || naturalCompare(a.name, b.name));

  const cadence = lintSequence(
    members.map((m) => ({
      path: m.loaded.file.display,
      text: m.loaded.text,
      kind: sourceKind(m.loaded.file.display) === 'markdown' ? 'markdown' : 'text',
    })),
    { config },
  );
  cadence.forEach((found, i) => {
    const result = (members[i] as Member).loaded.result;
    if (found.findings.length === 0) return;
    result.findings = [...result.findings, ...found.findings].sort(
      (a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset || a.ruleId.localeCompare(b.ruleId),
    );
  });
}
