/**
 * Which files to lint: named files, globs, and directories walked for files of a supported
 * kind, honouring `.gitignore` and `.tactfulignore` (in the directories walked, and in their
 * parents up to the working directory or the repository root).
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ioReason } from '../errors.js';
import { SOURCE_EXTENSIONS, sourceKind } from '../source.js';

export const IGNORE_FILES = ['.gitignore', '.tactfulignore'] as const;
/** Never walked into. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
const PATTERN = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;

export interface Target {
  /** Absolute path. */
  path: string;
  /** As reported: as given for named files, relative to the working directory otherwise. */
  display: string;
}

export interface Targets {
  files: Target[];
  /** Paths that could not be used, with the reason (each becomes a line on stderr and exit 2). */
  problems: string[];
  /** Named files that an ignore file excludes (a note on stderr, not an error). */
  ignored: string[];
}

export interface TargetOptions {
  cwd: string;
  /** `--no-ignore`: lint what is named or walked regardless of ignore files. */
  noIgnore?: boolean;
}

/** Compares report paths: code unit order, so the order is the same on every machine. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

class IgnoreRules {
  private readonly byDir = new Map<string, Promise<Ignore | undefined>>();

  constructor(
    private readonly top: string,
    private readonly disabled: boolean,
  ) {}

  /**
   * Whether the file (absolute) is ignored by an ignore file in one of its directories: up to
   * the repository root when the file is in it, else up to `boundary` (the directory walked).
   */
  async ignores(file: string, boundary: string, isDir = false): Promise<boolean> {
    if (this.disabled) return false;
    const stop = isInside(file, this.top) ? this.top : boundary;
    const dirs: string[] = [];
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      dirs.push(dir);
      if (dir === stop || path.dirname(dir) === dir || !isInside(dir, stop)) break;
    }
    for (const dir of dirs) {
      const rules = await this.rulesOf(dir);
      if (!rules) continue;
      const relative = path.relative(dir, file).split(path.sep).join('/');
      if (relative && rules.ignores(isDir ? `${relative}/` : relative)) return true;
    }
    return false;
  }

  private rulesOf(dir: string): Promise<Ignore | undefined> {
    let pending = this.byDir.get(dir);
    if (!pending) {
      pending = (async () => {
        let rules: Ignore | undefined;
        for (const name of IGNORE_FILES) {
          try {
            const content = await readFile(path.join(dir, name), 'utf8');
            rules ??= ignore();
            rules.add(content);
          } catch {
            // no such ignore file here
          }
        }
        return rules;
      })();
      this.byDir.set(dir, pending);
    }
    return pending;
  }
}

function isInside(dir: string, top: string): boolean {
  const relative = path.relative(top, dir);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The repository root above `cwd` (a directory with `.git`), else `cwd`. */
function topOf(cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return cwd;
  }
}

function display(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

export async function resolveTargets(inputs: readonly string[], options: TargetOptions): Promise<Targets> {
  const { cwd } = options;
  const rules = new IgnoreRules(topOf(cwd), options.noIgnore === true);
  const found = new Map<string, Target>();
  const problems: string[] = [];
  const ignored: string[] = [];
  const add = (file: string, shown: string) => {
    if (!found.has(file)) found.set(file, { path: file, display: shown });
  };
  const walk = async (files: string[], boundary: string) => {
    for (const file of files.sort()) if (!(await rules.ignores(file, boundary))) add(file, display(cwd, file));
  };

  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    let info: Awaited<ReturnType<typeof stat>> | undefined;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(`${input}: cannot read (${ioReason(error)})`);
        continue;
      }
    }
    if (info?.isDirectory()) {
      const files = await glob(PATTERN, { cwd: absolute, absolute: true, dot: false, ignore: ALWAYS_IGNORED, followSymbolicLinks: false });
      await walk(
        files.map((f) => path.resolve(f)),
        absolute,
      );
    } else if (info) {
      if (!sourceKind(input)) {
        problems.push(`${input}: unsupported file type (expected .md, .markdown, .txt, .eml, .html or .htm), skipped`);
      } else if (await rules.ignores(absolute, isInside(absolute, cwd) ? cwd : path.dirname(absolute))) {
        ignored.push(input);
      } else {
        add(absolute, input);
      }
    } else if (isDynamicPattern(input)) {
      const files = await glob(input, { cwd, absolute: true, dot: false, ignore: ALWAYS_IGNORED, onlyFiles: true });
      const supported = files.map((f) => path.resolve(f)).filter((f) => sourceKind(f));
      if (supported.length === 0) problems.push(`${input}: no files match this pattern`);
      await walk(supported, cwd);
    } else {
      problems.push(`${input}: no such file or directory`);
    }
  }
  const files = [...found.values()].sort((a, b) => comparePaths(a.display, b.display));
  return { files, problems, ignored };
}
