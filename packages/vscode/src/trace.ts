/**
 * `tactful.trace.server` for vscode-languageclient 11, which traces the protocol only while
 * its trace channel's log level is Trace (a level an extension cannot set on its own channel).
 * This channel reports Trace while the setting is on, and writes the trace lines into the
 * Tactful channel at a level it shows by default.
 */
import * as vscode from 'vscode';
import { SECTION } from './settings.js';

function traceSetting(): string {
  const value = vscode.workspace.getConfiguration(SECTION).get<unknown>('trace.server');
  return value === 'messages' || value === 'verbose' ? value : 'off';
}

export class TraceChannel implements vscode.LogOutputChannel {
  private readonly levelEmitter = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChangeLogLevel = this.levelEmitter.event;

  constructor(private readonly target: vscode.LogOutputChannel) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.trace.server`)) this.levelEmitter.fire(this.logLevel);
      }),
      target.onDidChangeLogLevel(() => this.levelEmitter.fire(this.logLevel)),
    ];
  }

  get name(): string {
    return this.target.name;
  }

  get logLevel(): vscode.LogLevel {
    return traceSetting() === 'off' ? this.target.logLevel : vscode.LogLevel.Trace;
  }

  trace(message: string, ...args: unknown[]): void {
    if (traceSetting() === 'off') this.target.trace(message, ...args);
    else this.target.info(message, ...args);
  }

  debug(message: string, ...args: unknown[]): void {
    this.target.debug(message, ...args);
  }

  info(message: string, ...args: unknown[]): void {
    this.target.info(message, ...args);
  }

  warn(message: string, ...args: unknown[]): void {
    this.target.warn(message, ...args);
  }

  error(error: string | Error, ...args: unknown[]): void {
    this.target.error(error, ...args);
  }

  append(value: string): void {
    this.target.append(value);
  }

  appendLine(value: string): void {
    this.target.appendLine(value);
  }

  replace(value: string): void {
    this.target.replace(value);
  }

  clear(): void {
    this.target.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.target.show(columnOrPreserveFocus);
    else this.target.show(columnOrPreserveFocus, preserveFocus);
  }

  hide(): void {
    this.target.hide();
  }

  /** Disposes of this adapter only; the Tactful channel stays. */
  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.levelEmitter.dispose();
  }
}
