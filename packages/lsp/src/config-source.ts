/**
 * Where a document's config comes from. Core's node layer discovers config files for the CLI
 * (`ConfigResolver` in @tactful/core/node); the server uses the very same discovery when that
 * build of core has it, so that the editor and the CLI never differ, and its own small module
 * (config-files.ts, same rules) otherwise.
 *
 * On top of discovery the server needs what a long-running process needs: forgetting what was
 * read when files change, and keeping the last good config when a file breaks (the problem is
 * returned, and reported once by the caller).
 */
import path from 'node:path';
import type { Config } from '@tactful/core';
import * as coreNode from '@tactful/core/node';
import { ConfigFiles, type ConfigProblem } from './config-files.js';

export interface DocumentConfig {
  /** The merged config of the files that apply, or undefined when none does. */
  config: Config | undefined;
  /** The files that applied, nearest first. */
  files: string[];
  /** The problem of a broken file on the way, if any. */
  problems: ConfigProblem[];
}

export interface ConfigSource {
  /** Which implementation this is, for the log. */
  readonly name: string;
  resolve(filePath: string): Promise<DocumentConfig>;
  /** Forgets what was read (for the given changed files, or everything). */
  invalidate(changedFiles?: readonly string[]): void;
  /** Reads files again when older than this (for clients that do not report file changes). */
  maxAgeMs: number;
}

interface CoreResolved {
  config: Config;
  files: string[];
}

interface CoreResolver {
  forFile(filePath: string): Promise<CoreResolved>;
}

type CoreResolverClass = new (options?: object) => CoreResolver;

/** Core's discovery, when this build of @tactful/core/node has it. */
function coreResolverClass(): CoreResolverClass | undefined {
  const value: unknown = Reflect.get(coreNode, 'ConfigResolver');
  return typeof value === 'function' ? (value as CoreResolverClass) : undefined;
}

/** Known rule ids for validation: core's list (rules and cadence checks) when it has one. */
export function knownRuleIds(fallback: ReadonlySet<string>): ReadonlySet<string> {
  const value: unknown = Reflect.get(coreNode, 'knownRuleIds');
  return value instanceof Set ? (value as ReadonlySet<string>) : fallback;
}

/** Over core's ConfigResolver: a fresh resolver after changes, the last good result per folder. */
class CoreConfigSource implements ConfigSource {
  readonly name = "@tactful/core/node's ConfigResolver";
  private resolver: CoreResolver;
  private createdAt = Date.now();
  private readonly lastGood = new Map<string, CoreResolved>();
  maxAgeMs = Number.POSITIVE_INFINITY;

  constructor(private readonly Resolver: CoreResolverClass) {
    this.resolver = new Resolver({});
  }

  async resolve(filePath: string): Promise<DocumentConfig> {
    if (Date.now() - this.createdAt > this.maxAgeMs) this.invalidate();
    const dir = path.dirname(path.resolve(filePath));
    try {
      const resolved = await this.resolver.forFile(filePath);
      this.lastGood.set(dir, resolved);
      return { config: resolved.files.length > 0 ? resolved.config : undefined, files: resolved.files, problems: [] };
    } catch (error) {
      const e = error as Error & { filePath?: string };
      const previous = this.lastGood.get(dir);
      const problem: ConfigProblem = {
        file: e.filePath ?? dir,
        message: e.message,
        usingLastGood: previous !== undefined && previous.files.length > 0,
      };
      if (previous && previous.files.length > 0) return { config: previous.config, files: previous.files, problems: [problem] };
      return { config: undefined, files: [], problems: [problem] };
    }
  }

  invalidate(): void {
    this.resolver = new this.Resolver({});
    this.createdAt = Date.now();
  }
}

/** The server's own discovery (config-files.ts). */
class LocalConfigSource implements ConfigSource {
  readonly name = 'the language server';
  private readonly files: ConfigFiles;

  constructor(knownRules: ReadonlySet<string>) {
    this.files = new ConfigFiles(knownRules);
  }

  get maxAgeMs(): number {
    return this.files.maxAgeMs;
  }

  set maxAgeMs(value: number) {
    this.files.maxAgeMs = value;
  }

  async resolve(filePath: string): Promise<DocumentConfig> {
    return this.files.resolve(filePath);
  }

  invalidate(changedFiles?: readonly string[]): void {
    this.files.invalidate(changedFiles);
  }
}

export function createConfigSource(knownRules: ReadonlySet<string>): ConfigSource {
  const Resolver = coreResolverClass();
  return Resolver ? new CoreConfigSource(Resolver) : new LocalConfigSource(knownRules);
}
