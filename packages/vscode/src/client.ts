/**
 * The language client: starts the server bundled in the extension (dist/server.js) over stdio
 * for the languages of `tactful.languages`, and restarts it when that list changes (a client's
 * document selector is fixed once it runs) or when asked to.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { documentSelector, readLanguages, SECTION } from './settings.js';
import { TraceChannel } from './trace.js';

export type ClientStatus = 'starting' | 'running' | 'stopped' | 'failed';

/** How long a stopping server gets to answer `shutdown` before it is killed. */
const STOP_TIMEOUT_MS = 2_000;

export class TactfulClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<boolean> | undefined;
  private languages: string[] = [];
  private shownLanguageProblem: string | undefined;
  private firstDiagnosticsLogged = false;
  private readyLogged = false;
  private current: ClientStatus = 'stopped';
  private failure: string | undefined;
  private readonly traceChannel: TraceChannel;
  private readonly statusEmitter = new vscode.EventEmitter<void>();
  /** Fires when the status changes (starting, running, stopped, failed). */
  readonly onDidChangeStatus = this.statusEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.LogOutputChannel,
    /** `performance.now()` when activate() was called, for the start-up figures in the log. */
    private readonly activatedAt: number,
  ) {
    this.traceChannel = new TraceChannel(output);
  }

  get status(): ClientStatus {
    return this.current;
  }

  /** Why the server could not start, when `status` is `failed`. */
  get failureReason(): string | undefined {
    return this.failure;
  }

  /** Whether Tactful checks this document (its language is in `tactful.languages`). */
  handles(document: vscode.TextDocument): boolean {
    return vscode.languages.match(documentSelector(this.languages), document) > 0;
  }

  /** Resolves once the server has started (true) or could not start (false). */
  ready(): Promise<boolean> {
    return this.starting ?? Promise.resolve(this.current === 'running');
  }

  start(): Promise<boolean> {
    if (this.starting) return this.starting;
    const { ids, problem } = readLanguages();
    if (problem && problem !== this.shownLanguageProblem) {
      this.shownLanguageProblem = problem;
      this.output.warn(problem);
      void vscode.window.showWarningMessage(`Tactful: ${problem}`);
    }
    this.languages = ids;
    const client = this.create(ids);
    this.client = client;
    this.failure = undefined;
    this.setStatus('starting');
    this.starting = client.start().then(
      () => {
        if (this.client !== client) return false;
        this.setStatus('running');
        const server = client.initializeResult?.serverInfo;
        this.output.info(`Tactful: ${server?.name ?? 'server'} ${server?.version ?? ''} checks ${ids.join(', ')}.`);
        if (!this.readyLogged) {
          this.readyLogged = true;
          this.output.info(`Tactful: client ready ${Math.round(performance.now() - this.activatedAt)} ms after activate().`);
        }
        return true;
      },
      (error: unknown) => {
        if (this.client !== client) return false;
        this.failure = error instanceof Error ? error.message : String(error);
        this.setStatus('failed');
        this.output.error(`Tactful: the language server did not start: ${this.failure}`);
        void vscode.window.showErrorMessage(`Tactful: the language server did not start (${this.failure}).`, 'Show Output').then((pick) => {
          if (pick) this.output.show();
        });
        return false;
      },
    );
    const starting = this.starting;
    void starting.finally(() => {
      if (this.starting === starting) this.starting = undefined;
    });
    return starting;
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (!client) return;
    try {
      await client.dispose(STOP_TIMEOUT_MS);
    } catch (error) {
      // A server that already died cannot be stopped; that is fine.
      this.output.warn(`Tactful: stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.setStatus('stopped');
  }

  async restart(): Promise<boolean> {
    await this.stop();
    return this.start();
  }

  /** Whether a change of settings needs a new client (the document selector changed). */
  needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
    if (!event.affectsConfiguration(`${SECTION}.languages`)) return false;
    const { ids } = readLanguages();
    return ids.length !== this.languages.length || ids.some((id, i) => id !== this.languages[i]);
  }

  dispose(): void {
    void this.stop();
    this.traceChannel.dispose();
    this.statusEmitter.dispose();
  }

  private create(languages: string[]): LanguageClient {
    const module = vscode.Uri.joinPath(this.extensionUri, 'dist', 'server.js').fsPath;
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.stdio },
      debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(languages),
      diagnosticCollectionName: SECTION,
      outputChannel: this.output,
      traceOutputChannel: this.traceChannel,
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          if (!this.firstDiagnosticsLogged) {
            this.firstDiagnosticsLogged = true;
            this.output.info(`Tactful: first diagnostics ${Math.round(performance.now() - this.activatedAt)} ms after activate().`);
          }
          next(uri, diagnostics);
        },
      },
    };
    const client = new LanguageClient(SECTION, 'Tactful', serverOptions, clientOptions);
    client.onDidChangeState((event) => {
      // A server that crashed and is not restarted again by the client leaves it stopped.
      if (this.client === client && event.newState === State.Stopped && this.current === 'running') this.setStatus('stopped');
      else if (this.client === client && event.newState === State.Running && this.current !== 'running') this.setStatus('running');
    });
    return client;
  }

  private setStatus(status: ClientStatus): void {
    if (this.current === status) return;
    this.current = status;
    this.statusEmitter.fire();
  }
}
