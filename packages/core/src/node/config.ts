/**
 * Config discovery (ARCHITECTURE.md, Configuration): from each file's directory upward, the
 * first of `.tactfulrc.json`, `.tactfulrc.yaml`, `.tactfulrc.yml` or a `tactful` key in
 * `package.json`. The nearest file applies; files further up fill in what it leaves unset
 * (rules, allow, cadence), until one says `"root": true`. `--config` replaces discovery.
 * Files are loaded with lilconfig and yaml, and validated against the config schema.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Loader, lilconfig } from 'lilconfig';
import { parse as parseYaml } from 'yaml';
import { cadenceChecks, rules } from '../index.js';
import type { Config } from '../types.js';
import { ioReason } from './errors.js';

export const CONFIG_FILES = ['.tactfulrc.json', '.tactfulrc.yaml', '.tactfulrc.yml', 'package.json'] as const;

/** A config file that cannot be used: names the file, the key and what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly filePath: string,
    readonly problem: string,
  ) {
    super(`${filePath}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Every rule id and cadence check id a config may name. */
export const knownRuleIds: ReadonlySet<string> = new Set([...rules.map((r) => r.id), ...cadenceChecks.map((c) => c.id)]);

function display(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : filePath;
}

const jsonLoader: Loader = (filePath, content) => {
  try {
    // lilconfig takes the `tactful` key of a package.json itself.
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new ConfigError(display(filePath), `invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
};

const yamlLoader: Loader = (filePath, content) => {
  try {
    return parseYaml(content, { maxAliasCount: 50 }) ?? {};
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[] };
    const where = e.linePos?.[0] ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    throw new ConfigError(
      display(filePath),
      `invalid YAML${where} (${e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')})`,
    );
  }
};

/** Checks a loaded config; the first problem becomes one line naming the file. */
export async function validateConfig(filePath: string, config: unknown): Promise<Config> {
  // The validator (Ajv) is loaded on first use: runs without a config file never pay for it.
  const { configProblems } = await import('../config-validate.js');
  const problems = configProblems(config, knownRuleIds);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new ConfigError(display(filePath), `${problems[0]}${more}`);
  }
  return config as Config;
}

/** Reads and validates one config file (`--config`): JSON, YAML, or a package.json's `tactful` key. */
export async function loadConfigFile(filePath: string): Promise<Config> {
  let content: string;
  try {
    content = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(display(filePath), `cannot read config file (${ioReason(error)})`);
  }
  let loaded = /\.ya?ml$/i.test(filePath) ? yamlLoader(filePath, content) : jsonLoader(filePath, content);
  if (path.basename(filePath) === 'package.json') {
    loaded = (loaded as { tactful?: unknown } | null)?.tactful;
    if (loaded === undefined) throw new ConfigError(display(filePath), 'no "tactful" key in package.json');
  }
  return validateConfig(filePath, loaded ?? {});
}

/** Merges a parent config under a nearer one: the nearer one wins key by key. */
export function mergeConfig(parent: Config, near: Config): Config {
  const merged: Config = { ...parent, ...near };
  if (parent.rules || near.rules) merged.rules = { ...parent.rules, ...near.rules };
  if (parent.allow || near.allow) merged.allow = [...new Set([...(parent.allow ?? []), ...(near.allow ?? [])])];
  if (parent.cadence || near.cadence) merged.cadence = { ...parent.cadence, ...near.cadence };
  delete merged.root;
  return merged;
}

export interface ConfigResolverOptions {
  /** `--config`: this file instead of discovery. */
  configFile?: string;
  /** `--no-config`: no config file at all. */
  noConfig?: boolean;
  /** Applied over whatever the files say (`--rule`). */
  overrides?: Config;
}

export interface ResolvedConfig {
  config: Config;
  /** The config files that contributed, nearest first. */
  files: string[];
}

/** Finds the config of each directory, once per directory. */
export class ConfigResolver {
  private readonly cache = new Map<string, Promise<ResolvedConfig>>();
  private readonly explorer = lilconfig('tactful', {
    searchPlaces: [...CONFIG_FILES],
    loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
    packageProp: 'tactful',
    stopDir: path.parse(process.cwd()).root,
  });
  private explicit: Promise<ResolvedConfig> | undefined;

  constructor(private readonly options: ConfigResolverOptions = {}) {}

  /** The config that applies to a file (its directory's). */
  forFile(filePath: string): Promise<ResolvedConfig> {
    return this.forDirectory(path.dirname(path.resolve(filePath)));
  }

  forDirectory(directory: string): Promise<ResolvedConfig> {
    const overrides = this.options.overrides;
    const apply = (resolved: ResolvedConfig): ResolvedConfig =>
      overrides ? { config: mergeConfig(resolved.config, overrides), files: resolved.files } : resolved;
    if (this.options.noConfig) return Promise.resolve(apply({ config: {}, files: [] }));
    if (this.options.configFile) {
      const file = path.resolve(this.options.configFile);
      this.explicit ??= loadConfigFile(file).then((config) => apply({ config: mergeConfig({}, config), files: [file] }));
      return this.explicit;
    }
    let pending = this.cache.get(directory);
    if (!pending) {
      pending = this.forDirectoryRaw(directory).then(apply);
      this.cache.set(directory, pending);
    }
    return pending;
  }

  private async discover(directory: string): Promise<ResolvedConfig> {
    const found = await this.explorer.search(directory);
    if (!found) return { config: {}, files: [] };
    const config = await validateConfig(found.filepath, found.isEmpty ? {} : (found.config ?? {}));
    const here = path.dirname(found.filepath);
    const parentDir = path.dirname(here);
    if (config.root === true || parentDir === here) return { config: mergeConfig({}, config), files: [found.filepath] };
    // Further up, through this resolver's cache (parents are shared by many directories).
    const parent = await this.forDirectoryRaw(parentDir);
    return { config: mergeConfig(parent.config, config), files: [found.filepath, ...parent.files] };
  }

  private readonly rawCache = new Map<string, Promise<ResolvedConfig>>();
  private forDirectoryRaw(directory: string): Promise<ResolvedConfig> {
    let pending = this.rawCache.get(directory);
    if (!pending) {
      pending = this.discover(directory);
      this.rawCache.set(directory, pending);
    }
    return pending;
  }
}
