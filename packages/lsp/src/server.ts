/**
 * The language server: documents in (incremental sync), diagnostics out (pushed, debounced),
 * code actions and hovers answered from the findings cached per document version. Core runs
 * behind `Linter` (a worker thread by default); this thread only speaks the protocol.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, MessageInfo } from '@tactful/core';
import {
  CodeActionKind,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  type FileEvent,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  MarkupKind,
  MessageType,
  type Position,
  type Range,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions, FIX_ALL_KIND, kindRequested, safeFindings } from './actions.js';
import type { ConfigProblem } from './config-files.js';
import { CONFIG_FILE_NAMES } from './config-names.js';
import { toDiagnostic } from './diagnostics.js';
import { findingsAt, hoverFor, messageLine } from './hover.js';
import { type DocumentKind, documentKind } from './languages.js';
import type { LintResponse } from './lint-service.js';
import type { Linter } from './linter.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.js';

/** Documents longer than this (in UTF-16 code units) are not linted: no message is this long. */
export const MAX_DOCUMENT_CHARS = 1_000_000;
/** While edits keep coming, lint at least this often. */
export const MAX_WAIT_MS = 1_000;
/** Without file watching, config files are read again when older than this. */
const CONFIG_MAX_AGE_MS = 2_000;
/** How long to wait for the client's `workspace/configuration` answer. */
const CONFIGURATION_TIMEOUT_MS = 3_000;
/** Results kept per document for texts seen again (undo, redo). */
const RECENT_RESULTS = 4;

export interface ServerOptions {
  linter: Linter;
  version: string;
}

interface Linted {
  version: number;
  generation: number;
  text: string;
  kind: DocumentKind | undefined;
  findings: Finding[];
  /** Core's report on the message, for the hover on its first line. */
  message?: MessageInfo | undefined;
  diagnostics: Diagnostic[];
  /** The text after the safe fixes, computed on the first `source.fixAll.tactful` request. */
  fixed?: Promise<string>;
}

interface DocState {
  timer?: NodeJS.Timeout;
  /** When the oldest edit not yet linted arrived. */
  waitingSince?: number;
  running?: Promise<void>;
  rerun: boolean;
  result?: Linted;
  recent: { text: string; generation: number; kind: DocumentKind; findings: Finding[]; message?: MessageInfo | undefined }[];
  /** Whether the last publish had diagnostics (so a skip must clear them). */
  hasDiagnostics: boolean;
  justOpened?: boolean;
}

export function startServer(connection: Connection, options: ServerOptions): void {
  const { linter } = options;
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  /** Bumped whenever settings or config files change, which makes every cached result stale. */
  let generation = 0;

  let supportsConfiguration = false;
  let supportsWatchedFiles = false;
  let supportsDocumentChanges = false;
  let supportsVersionedDiagnostics = false;
  let hoverMarkdown = false;
  /** Defaults with `initializationOptions` over them (checked by core, so it is a promise). */
  let initialSettings: Promise<Settings> = Promise.resolve({ ...DEFAULT_SETTINGS });
  /** Settings pushed with `workspace/didChangeConfiguration` (clients without `workspace/configuration`). */
  let pushedSettings: unknown;
  let lastGoodSettings: Settings | undefined;
  const settingsCache = new Map<string, Promise<Settings>>();
  /** Messages already shown, so that each problem is reported once. */
  const reported = new Set<string>();
  /** Config files whose problem was shown, with the message. */
  const reportedConfigProblems = new Map<string, string>();

  const log = (message: string) => connection.console.log(message);

  function showMessage(type: MessageType, message: string): void {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  function reportOnce(key: string, type: MessageType, message: string): void {
    if (reported.has(key)) return;
    reported.add(key);
    if (type === MessageType.Error) connection.console.error(message);
    else connection.console.warn(message);
    showMessage(type, message);
  }

  function stateOf(uri: string): DocState {
    let state = states.get(uri);
    if (!state) {
      state = { rerun: false, recent: [], hasDiagnostics: false };
      states.set(uri, state);
    }
    return state;
  }

  // ------------------------------------------------------------------ lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities ?? {};
    supportsConfiguration = caps.workspace?.configuration === true;
    supportsWatchedFiles = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    supportsDocumentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    supportsVersionedDiagnostics = caps.textDocument?.publishDiagnostics?.versionSupport === true;
    hoverMarkdown = caps.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
    const init = params.initializationOptions as Record<string, unknown> | null | undefined;
    const rawInit = init && typeof init === 'object' && 'tactful' in init ? init.tactful : init;
    initialSettings = readSettings(rawInit, { ...DEFAULT_SETTINGS }, 'initializationOptions');
    if (!supportsWatchedFiles) void linter.setConfigMaxAge(CONFIG_MAX_AGE_MS).catch(() => undefined);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      },
      serverInfo: { name: 'tactful-language-server', version: options.version },
    };
  });

  connection.onInitialized(() => {
    void linter.describe().then(
      (description) => log(`Tactful language server ${options.version}: ${description}.`),
      () => undefined,
    );
    if (supportsWatchedFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: CONFIG_FILE_NAMES.map((name) => ({ globPattern: `**/${name}` })),
        })
        .catch((error: Error) => {
          log(`Tactful: could not watch config files (${error.message}); they are read again every ${CONFIG_MAX_AGE_MS / 1000} s.`);
          void linter.setConfigMaxAge(CONFIG_MAX_AGE_MS).catch(() => undefined);
        });
    }
    if (supportsConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'tactful' }).catch(() => undefined);
    }
  });

  connection.onShutdown(() => {
    for (const state of states.values()) if (state.timer) clearTimeout(state.timer);
    linter.dispose();
  });

  // ------------------------------------------------------------------ settings and config

  /**
   * Raw settings over `base`; a key with a wrong value keeps its last good value (or the
   * base's), and the problem is reported once.
   */
  async function readSettings(raw: unknown, base: Settings, source: string): Promise<Settings> {
    const rules = raw && typeof raw === 'object' ? (raw as { rules?: unknown }).rules : undefined;
    let ruleProblems: string[] = [];
    if (rules !== undefined && rules !== null && typeof rules === 'object' && !Array.isArray(rules)) {
      ruleProblems = await linter.validateRules(rules).catch((error: Error) => {
        log(`Tactful: could not check the rules setting (${error.message}).`);
        return [];
      });
    }
    const normalized = normalizeSettings(raw, base, ruleProblems);
    const settings = normalized.settings;
    if (normalized.problems.length > 0) {
      if (lastGoodSettings)
        for (const key of normalized.invalid) (settings as unknown as Record<string, unknown>)[key] = lastGoodSettings[key];
      const problems = normalized.problems.join('; ');
      reportOnce(`settings:${problems}`, MessageType.Error, `Tactful: invalid ${source}: ${problems}. Keeping the last good value.`);
    } else {
      lastGoodSettings = settings;
    }
    return settings;
  }

  function settingsFor(uri: string): Promise<Settings> {
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = fetchSettings(uri);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  async function fetchSettings(uri: string): Promise<Settings> {
    let raw: unknown = pushedSettings;
    if (supportsConfiguration) {
      try {
        const [value] = await withTimeout(
          connection.sendRequest<unknown[]>('workspace/configuration', { items: [{ scopeUri: uri, section: 'tactful' }] }),
          CONFIGURATION_TIMEOUT_MS,
        );
        raw = value;
      } catch (error) {
        log(`Tactful: no answer to workspace/configuration (${(error as Error).message}); using the other settings.`);
      }
    }
    return readSettings(raw, await initialSettings, 'settings');
  }

  function reportConfigProblems(response: LintResponse): void {
    // A file that applies cleanly again is reported again when it next breaks.
    if (response.configProblems.length === 0) for (const file of response.configFiles) reportedConfigProblems.delete(path.resolve(file));
    for (const problem of response.configProblems as ConfigProblem[]) {
      const key = path.resolve(problem.file);
      if (reportedConfigProblems.get(key) === problem.message) continue;
      reportedConfigProblems.set(key, problem.message);
      const consequence = problem.usingLastGood ? 'Tactful keeps its last good settings.' : 'Tactful ignores it until it is fixed.';
      connection.console.error(`Tactful: ${problem.message}`);
      showMessage(MessageType.Error, `Tactful: ${problem.message}. ${consequence}`);
    }
  }

  function invalidateAll(): void {
    generation++;
    for (const uri of states.keys()) if (documents.get(uri)) schedule(uri, 0);
  }

  connection.onDidChangeConfiguration((params) => {
    const settings = (params?.settings as Record<string, unknown> | null | undefined) ?? undefined;
    if (settings && typeof settings === 'object' && 'tactful' in settings) pushedSettings = settings.tactful;
    settingsCache.clear();
    invalidateAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    const changes: FileEvent[] = Array.isArray(params?.changes) ? params.changes : [];
    const files = changes
      .map((c) => filePathOf(c?.uri))
      .filter((p): p is string => p !== undefined && CONFIG_FILE_NAMES.includes(path.basename(p)));
    if (files.length === 0) return;
    // The worker takes requests in order: the lints scheduled next see the new files.
    void linter.invalidateConfig(files).catch(() => undefined);
    invalidateAll();
  });

  // ------------------------------------------------------------------ linting

  function schedule(uri: string, delay: number): void {
    const state = stateOf(uri);
    const now = Date.now();
    state.waitingSince ??= now;
    if (state.timer) clearTimeout(state.timer);
    const wait = Math.max(0, Math.min(delay, state.waitingSince + MAX_WAIT_MS - now));
    state.timer = setTimeout(() => {
      state.timer = undefined;
      state.waitingSince = undefined;
      void validate(uri);
    }, wait);
  }

  /** Lints a document until its result is for its latest version; one run at a time per document. */
  function validate(uri: string): Promise<void> {
    const state = stateOf(uri);
    if (state.running) {
      state.rerun = true;
      return state.running;
    }
    const run = async () => {
      let rounds = 0;
      do {
        state.rerun = false;
        try {
          await validateOnce(uri, state);
        } catch (error) {
          connection.console.error(`Tactful: checking ${uri} failed: ${(error as Error)?.stack ?? String(error)}`);
        }
      } while (state.rerun && documents.get(uri) && ++rounds < 100);
    };
    state.running = run().finally(() => {
      state.running = undefined;
    });
    return state.running;
  }

  function isCurrent(state: DocState, document: TextDocument): boolean {
    return state.result?.version === document.version && state.result.generation === generation;
  }

  async function validateOnce(uri: string, state: DocState): Promise<void> {
    const document = documents.get(uri);
    if (!document || isCurrent(state, document)) return;
    const version = document.version;
    const startGeneration = generation;
    // Newer text or settings arrived meanwhile: the run they scheduled publishes.
    const stale = () => documents.get(uri)?.version !== version || generation !== startGeneration;
    const settings = await settingsFor(uri);
    if (stale()) return;
    const filePath = filePathOf(uri);
    const name = filePath ?? uriPath(uri);
    const kind = settings.enable ? documentKind(document.languageId, name, settings.languages) : undefined;
    const text = document.getText();
    const empty = (): Linted => ({ version, generation, text, kind, findings: [], diagnostics: [] });
    if (!kind) {
      setResult(uri, state, empty());
      return;
    }
    if (text.length > MAX_DOCUMENT_CHARS) {
      reportOnce(
        `size:${uri}`,
        MessageType.Warning,
        `Tactful does not check ${name}: it has ${text.length.toLocaleString('en')} characters, more than the ${MAX_DOCUMENT_CHARS.toLocaleString('en')} a message can have.`,
      );
      setResult(uri, state, empty());
      return;
    }
    const cached = state.recent.find((r) => r.text === text && r.generation === generation && r.kind === kind);
    let findings = cached?.findings;
    let message = cached?.message;
    if (!findings) {
      let response: LintResponse;
      try {
        response = await linter.lint({ text, kind, fileName: name, filePath, clientRules: settings.rules });
      } catch (error) {
        // A failing lint clears the document's diagnostics (their ranges would be stale) and says why, once.
        const reason = ((error as Error)?.message ?? String(error)).split('\n')[0] ?? '';
        connection.console.error(`Tactful: linting ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
        reportOnce(`lint-error:${reason}`, MessageType.Error, `Tactful could not check ${name}: ${reason}`);
        if (!stale()) setResult(uri, state, empty());
        return;
      }
      reportConfigProblems(response);
      if (response.unsupported) reportOnce(`unsupported:${kind}`, MessageType.Warning, `Tactful: ${response.unsupported}.`);
      findings = response.findings;
      message = response.message;
      if (text.length <= MAX_DOCUMENT_CHARS / 4) {
        state.recent.unshift({ text, generation: startGeneration, kind, findings, message });
        if (state.recent.length > RECENT_RESULTS) state.recent.length = RECENT_RESULTS;
      }
    }
    if (stale()) return;
    const diagnostics = findings.map((f) => toDiagnostic(f, document, text));
    setResult(uri, state, { version, generation, text, kind, findings, message, diagnostics });
  }

  function setResult(uri: string, state: DocState, result: Linted): void {
    state.result = result;
    // A document Tactful does not read gets no publish, unless it must clear earlier diagnostics.
    if (!result.kind && !state.hasDiagnostics) return;
    state.hasDiagnostics = result.diagnostics.length > 0;
    void connection.sendDiagnostics({
      uri,
      ...(supportsVersionedDiagnostics ? { version: result.version } : {}),
      diagnostics: result.diagnostics,
    });
  }

  /** The result for the document's current text, linting now if an edit is still waiting. */
  async function currentResult(uri: string): Promise<{ document: TextDocument; result: Linted } | undefined> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const state = stateOf(uri);
      if (state.result && isCurrent(state, document)) return { document, result: state.result };
      if (state.timer) {
        clearTimeout(state.timer);
        state.timer = undefined;
        state.waitingSince = undefined;
      }
      await validate(uri);
    }
    const document = documents.get(uri);
    const result = states.get(uri)?.result;
    return document && result && result.version === document.version ? { document, result } : undefined;
  }

  documents.onDidOpen((event) => {
    const state = stateOf(event.document.uri);
    state.result = undefined;
    state.justOpened = true;
    // The first lint of a document is immediate; later ones wait for a pause in typing.
    schedule(event.document.uri, 0);
  });

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    const state = stateOf(uri);
    // Fired right after onDidOpen for the opening text, which is already scheduled.
    if (state.justOpened) {
      state.justOpened = false;
      return;
    }
    void settingsFor(uri).then((settings) => {
      if (documents.get(uri)) schedule(uri, settings.debounce);
    });
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const state = states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(uri);
    settingsCache.delete(uri);
    reported.delete(`size:${uri}`);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // ------------------------------------------------------------------ requests

  connection.onHover(async (params: HoverParams) => {
    const uri = params?.textDocument?.uri;
    const position = params?.position;
    if (typeof uri !== 'string' || !isPosition(position))
      throw new ResponseError(ErrorCodes.InvalidParams, 'expected textDocument.uri and position');
    const current = await currentResult(uri);
    if (!current) return null;
    const { result } = current;
    const report = result.message && position.line === messageLine(result.text) ? result.message : undefined;
    return hoverFor(findingsAt(result.findings, position), result.text, hoverMarkdown, report);
  });

  connection.onCodeAction(async (params: CodeActionParams) => {
    const uri = params?.textDocument?.uri;
    const range = params?.range;
    if (typeof uri !== 'string' || !isRange(range))
      throw new ResponseError(ErrorCodes.InvalidParams, 'expected textDocument.uri and range');
    const current = await currentResult(uri);
    if (!current?.result.kind) return [];
    const { document, result } = current;
    const context = params.context ?? { diagnostics: [] };
    const contextDiagnostics = Array.isArray(context.diagnostics) ? context.diagnostics.filter(isDiagnosticLike) : [];
    const only = Array.isArray(context.only) ? context.only.filter((k): k is string => typeof k === 'string') : undefined;
    let fixedText: string | undefined;
    if (kindRequested(FIX_ALL_KIND, only)) {
      const safe = safeFindings(document, result.text, result.findings);
      if (safe.length > 0) {
        result.fixed ??= linter.fixAll(result.text, safe);
        fixedText = await result.fixed.catch(() => undefined);
      }
    }
    return codeActions(
      {
        document,
        text: result.text,
        markdown: result.kind === 'markdown',
        findings: result.findings,
        diagnostics: result.diagnostics,
        documentChanges: supportsDocumentChanges,
        fixedText,
      },
      range,
      contextDiagnostics,
      only,
    );
  });

  documents.listen(connection);
}

// ------------------------------------------------------------------ helpers

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** The file system path of a `file:` URI, or undefined for other schemes. */
export function filePathOf(uri: unknown): string | undefined {
  if (typeof uri !== 'string' || !uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The path part of any URI (`untitled:Untitled-1` gives `Untitled-1`), for naming documents. */
function uriPath(uri: string): string {
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

function isPosition(value: unknown): value is Position {
  const p = value as Position | null | undefined;
  return !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0;
}

function isRange(value: unknown): value is Range {
  const r = value as Range | null | undefined;
  return !!r && isPosition(r.start) && isPosition(r.end);
}

function isDiagnosticLike(value: unknown): value is Diagnostic {
  const d = value as Diagnostic | null | undefined;
  return !!d && typeof d === 'object' && isRange(d.range);
}
