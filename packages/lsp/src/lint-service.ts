/**
 * Everything that runs core: linting a document, finding its config files, applying safe
 * fixes, checking rule settings. It runs in the lint worker's thread (or, without a worker, is
 * loaded on first use), so the protocol thread never loads core and answers at once.
 *
 * Every kind goes through `lintSource` of core's node layer, as the CLI's files do: it decodes
 * `.eml` messages and reports positions in the raw source. A build of core without it still
 * serves Markdown and plain text through the synchronous `lint`.
 */
import { parentPort } from 'node:worker_threads';
import {
  applySuggestions,
  type Config,
  configProblems,
  type Finding,
  lint,
  type MessageInfo,
  type RuleSetting,
  rules,
} from '@tactful/core';
import * as coreNode from '@tactful/core/node';
import type { ConfigProblem } from './config-files.js';
import { createConfigSource, knownRuleIds } from './config-source.js';
import { coreKind, type DocumentKind } from './languages.js';
import { installLazyNlp, preloadNlp } from './nlp.js';

export interface LintRequest {
  text: string;
  kind: DocumentKind;
  /** The document's name for core (its path, or the URI's path for unsaved documents). */
  fileName: string;
  /** The file's path, for config discovery; absent for documents that are not files. */
  filePath?: string | undefined;
  /** The client's rule overrides, used when no config file applies. */
  clientRules?: Record<string, RuleSetting> | undefined;
}

export interface LintResponse {
  findings: Finding[];
  /** Core's report on the message (type, counts, tone), shown in the first line's hover. */
  message?: MessageInfo;
  /** Milliseconds spent linting (config discovery not included). */
  ms: number;
  /** Set when this kind of document cannot be read by this build of core (why, in one line). */
  unsupported?: string;
  /** Problems of config files met on the way (the last good config is used meanwhile). */
  configProblems: ConfigProblem[];
  /** The config files that applied, nearest first. */
  configFiles: string[];
}

/** The operations of the service, as the protocol thread calls them. */
export interface LintOperations {
  lint(request: LintRequest): Promise<LintResponse>;
  /** The text after core's `applySuggestions`. */
  fixAll(text: string, findings: Finding[]): Promise<string>;
  /** Problems of a `rules` setting, one line each, empty when it is valid. */
  validateRules(rules: unknown): Promise<string[]>;
  invalidateConfig(changedFiles?: string[]): Promise<void>;
  setConfigMaxAge(ms: number): Promise<void>;
  /** One line for the log: which of core's entry points the service uses. */
  describe(): Promise<string>;
}

type SourceKind = 'markdown' | 'text' | 'eml';

type LintSource = (
  source: string,
  options: { fileName: string; config?: Config; kind?: SourceKind },
) => Promise<{ findings: Finding[]; message: MessageInfo; kind: string }>;

/** Core's `lintSource`, when this build of `@tactful/core/node` has it. */
function lintSourceFunction(): LintSource | undefined {
  const fn: unknown = Reflect.get(coreNode, 'lintSource');
  return typeof fn === 'function' ? (fn as LintSource) : undefined;
}

const SOURCE_KIND: Readonly<Record<DocumentKind, SourceKind>> = { markdown: 'markdown', plaintext: 'text', email: 'eml' };

const knownRules = knownRuleIds(new Set(rules.map((r) => r.id)));

export class LintService implements LintOperations {
  private readonly configSource = createConfigSource(knownRules);

  constructor() {
    installLazyNlp();
  }

  async lint(request: LintRequest): Promise<LintResponse> {
    let config: Config | undefined;
    let problems: ConfigProblem[] = [];
    let files: string[] = [];
    if (request.filePath) {
      const resolved = await this.configSource.resolve(request.filePath);
      config = resolved.config;
      problems = resolved.problems;
      files = resolved.files;
    }
    // A config file found for the document wins over the client's rules.
    if (!config && request.clientRules && Object.keys(request.clientRules).length > 0) config = { rules: request.clientRules };
    const started = performance.now();
    const { findings, message, unsupported } = await lintText(request.text, request.kind, request.fileName, config);
    return {
      findings,
      ...(message ? { message } : {}),
      ms: performance.now() - started,
      ...(unsupported ? { unsupported } : {}),
      configProblems: problems,
      configFiles: files,
    };
  }

  async fixAll(text: string, findings: Finding[]): Promise<string> {
    return applySuggestions(text, findings);
  }

  async validateRules(value: unknown): Promise<string[]> {
    return configProblems({ rules: value }, knownRules);
  }

  async invalidateConfig(changedFiles?: string[]): Promise<void> {
    this.configSource.invalidate(changedFiles);
  }

  async setConfigMaxAge(ms: number): Promise<void> {
    this.configSource.maxAgeMs = ms;
  }

  async describe(): Promise<string> {
    const reader = lintSourceFunction() ? "@tactful/core/node's lintSource" : "@tactful/core's lint (no .eml support)";
    return `${rules.length} rules; documents read by ${reader}; config files found by ${this.configSource.name}`;
  }
}

async function lintText(
  text: string,
  kind: DocumentKind,
  fileName: string,
  config: Config | undefined,
): Promise<{ findings: Finding[]; message?: MessageInfo; unsupported?: string }> {
  const lintSource = lintSourceFunction();
  const options = { fileName, ...(config ? { config } : {}) };
  if (lintSource) {
    // The CLI's own path; the kind is given, so an untitled Markdown buffer reads as Markdown.
    const { findings, message } = await lintSource(text, { ...options, kind: SOURCE_KIND[kind] });
    return { findings, message };
  }
  if (kind === 'email') {
    return { findings: [], unsupported: 'this build of @tactful/core cannot read .eml files (it has no lintSource in @tactful/core/node)' };
  }
  const { findings, message } = lint(text, { ...options, kind: coreKind(kind) });
  return { findings, message };
}

// ------------------------------------------------------------------ the worker's side

export interface WorkerRequest {
  id: number;
  method: keyof LintOperations;
  args: unknown[];
}

export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string };

/** Idle time after a lint at which the worker loads compromise, if no lint has needed it yet. */
const PRELOAD_IDLE_MS = 300;

/** The body of the lint worker: answers requests until the thread is terminated. */
export function runLintWorker(): void {
  const port = parentPort;
  if (!port) return;
  const service = new LintService();
  let preloaded = false;
  // Not before the first lint: a document opened at start-up should not wait for it.
  let idle: NodeJS.Timeout | undefined;
  port.on('message', async (request: WorkerRequest) => {
    if (idle) clearTimeout(idle);
    let response: WorkerResponse;
    try {
      const method = service[request.method] as (...args: unknown[]) => Promise<unknown>;
      response = { id: request.id, result: await method.apply(service, request.args) };
    } catch (error) {
      response = { id: request.id, error: (error as Error)?.stack ?? String(error) };
    }
    port.postMessage(response);
    if (!preloaded && request.method === 'lint') {
      idle = setTimeout(() => {
        preloaded = true;
        preloadNlp();
      }, PRELOAD_IDLE_MS);
    }
  });
}
