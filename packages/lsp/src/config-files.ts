/**
 * Config file discovery for one document, as ARCHITECTURE.md describes it: upward from the
 * file's folder, `.tactfulrc.json`, `.tactfulrc.yaml`, `.tactfulrc.yml` or a `tactful` key in
 * `package.json` (the first of these in a folder is that folder's config); nearer files win key
 * by key over farther ones, and a file with `"root": true` stops the search.
 *
 * A file that cannot be read, parsed or validated is a problem naming the file and what is
 * wrong. The server reports it once and keeps that file's last good contents (or, if it was
 * never good, goes on as if it were absent). Kept in one small module so that it can give way
 * to core's own discovery (`@tactful/core/node`) when that exists, with the same results.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Config, configProblems } from '@tactful/core';
import { parseDocument as parseYaml } from 'yaml';
import { CONFIG_FILE_NAMES } from './config-names.js';

export interface ConfigProblem {
  file: string;
  /** One line: the file, then what is wrong in it. */
  message: string;
  /** Whether the file's last good contents are used in its place (otherwise it is skipped). */
  usingLastGood: boolean;
}

export interface ResolvedConfig {
  /** The merged config, or undefined when no config file applies. */
  config: Config | undefined;
  /** The files that applied, nearest first. */
  files: string[];
  /** Problems of files on the way (each file's current problem, reported or not). */
  problems: ConfigProblem[];
}

interface LoadedFile {
  path: string;
  config?: Config;
  problem?: string;
}

export class ConfigFiles {
  /** Per folder: its config file (`null` when it has none) and when it was read. */
  private readonly folders = new Map<string, { file: LoadedFile | null; readAt: number }>();
  /** Per file: the last contents that were valid. */
  private readonly lastGood = new Map<string, Config>();

  /**
   * @param maxAgeMs how long what was read stays trusted. Infinity when the client reports
   * changes (`workspace/didChangeWatchedFiles`); a few seconds when it cannot.
   */
  constructor(
    private readonly knownRules: ReadonlySet<string>,
    public maxAgeMs = Number.POSITIVE_INFINITY,
  ) {}

  /** The config for a document at `filePath` (an absolute path). */
  resolve(filePath: string): ResolvedConfig {
    const chain: Config[] = [];
    const files: string[] = [];
    const problems: ConfigProblem[] = [];
    let dir = path.dirname(path.resolve(filePath));
    for (;;) {
      const file = this.folderConfig(dir);
      if (file) {
        let config = file.config;
        if (file.problem !== undefined) {
          config = this.lastGood.get(file.path);
          problems.push({ file: file.path, message: `${file.path}: ${file.problem}`, usingLastGood: config !== undefined });
        }
        if (config) {
          chain.push(config);
          files.push(file.path);
          if (config.root === true) break;
        }
      }
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    return { config: chain.length > 0 ? mergeConfigs(chain) : undefined, files, problems };
  }

  /** Forgets what was read, for all folders or for the folders of the given changed files. */
  invalidate(changedFiles?: readonly string[]): void {
    if (!changedFiles) {
      this.folders.clear();
      return;
    }
    for (const file of changedFiles) this.folders.delete(path.dirname(path.resolve(file)));
  }

  /** The current problem of a config file, as last read (undefined when it is fine or unknown). */
  currentProblem(file: string): string | undefined {
    const loaded = this.folders.get(path.dirname(path.resolve(file)))?.file;
    return loaded && loaded.path === path.resolve(file) ? loaded.problem : undefined;
  }

  private folderConfig(dir: string): LoadedFile | null {
    const cached = this.folders.get(dir);
    if (cached !== undefined && Date.now() - cached.readAt <= this.maxAgeMs) return cached.file;
    let found: LoadedFile | null = null;
    for (const name of CONFIG_FILE_NAMES) {
      const file = path.join(dir, name);
      const loaded = this.load(file);
      if (loaded) {
        found = loaded;
        break;
      }
    }
    this.folders.set(dir, { file: found, readAt: Date.now() });
    return found;
  }

  /** Reads one candidate file: undefined when it does not exist (or is a package.json without `tactful`). */
  private load(file: string): LoadedFile | undefined {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
      return { path: file, problem: `cannot be read (${code ?? (error as Error).message})` };
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const isPackage = path.basename(file) === 'package.json';
    let value: unknown;
    try {
      value = file.endsWith('.json') ? parseJson(text) : parseYamlText(text);
    } catch (error) {
      return { path: file, problem: (error as Error).message };
    }
    if (isPackage) {
      if (value === null || typeof value !== 'object' || !('tactful' in value)) return undefined;
      value = (value as { tactful: unknown }).tactful;
    }
    const problems = configProblems(value, this.knownRules);
    if (problems.length > 0)
      return { path: file, problem: problems.map((p) => (isPackage && p.startsWith('"') ? `"tactful.${p.slice(1)}` : p)).join('; ') };
    const config = value as Config;
    this.lastGood.set(file, config);
    return { path: file, config };
  }
}

/** Merges configs given nearest first: rules and cadence key by key, allow lists joined. */
export function mergeConfigs(nearestFirst: readonly Config[]): Config {
  const merged: Config = {};
  for (const config of [...nearestFirst].reverse()) {
    if (config.rules) merged.rules = { ...merged.rules, ...config.rules };
    if (config.allow) merged.allow = [...(merged.allow ?? []), ...config.allow];
    if (config.cadence) merged.cadence = { ...merged.cadence, ...config.cadence };
    if (config.root !== undefined) merged.root = config.root;
  }
  return merged;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (!at) throw new Error(`invalid JSON: ${message}`);
    const offset = Number(at[1]);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const line = before.length;
    const column = (before.at(-1) ?? '').length + 1;
    throw new Error(`invalid JSON at line ${line}, column ${column}: ${message.replace(/\s*(?:in JSON )?at position \d+.*$/, '')}`);
  }
}

function parseYamlText(text: string): unknown {
  const doc = parseYaml(text, { prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const where = error.linePos?.[0];
    const first = error.message.split('\n')[0] ?? error.message;
    const reason = first.replace(/ at line \d+, column \d+:?$/, '');
    throw new Error(where ? `invalid YAML at line ${where.line}, column ${where.col}: ${reason}` : `invalid YAML: ${reason}`);
  }
  const value = doc.toJS();
  return value === null || value === undefined ? {} : value;
}
