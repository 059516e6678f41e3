/**
 * The status-bar item: how many Tactful findings the active file has; a click opens the
 * Problems panel. It shows only for files Tactful checks, and says so when the server is down.
 */
import * as vscode from 'vscode';
import type { TactfulClient } from './client.js';
import { SECTION } from './settings.js';

export const STATUS_ITEM_ID = 'tactful.findings';

export function countFindings(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SECTION).length;
}

export class FindingsStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_ITEM_ID, vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: TactfulClient) {
    this.item.name = 'Tactful findings';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      client.onDidChangeStatus(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`${SECTION}.enable`)) this.update();
      }),
    );
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.client.handles(document)) {
      this.item.hide();
      return;
    }
    const status = this.client.status;
    if (vscode.workspace.getConfiguration(SECTION, document.uri).get<unknown>('enable') === false) {
      this.item.text = '$(circle-slash) Tactful';
      this.item.tooltip = 'Tactful is turned off for this file ("tactful.enable"). Click to change the setting.';
      this.item.accessibilityInformation = { label: 'Tactful is turned off for this file' };
      this.item.command = { title: 'Open Tactful settings', command: 'workbench.action.openSettings', arguments: [`${SECTION}.enable`] };
    } else if (status === 'failed' || status === 'stopped') {
      this.item.text = '$(error) Tactful';
      this.item.tooltip = `The Tactful language server is not running${this.client.failureReason ? `: ${this.client.failureReason}` : ''}. Click to show its output; run "Tactful: Restart server" to start it again.`;
      this.item.accessibilityInformation = { label: 'Tactful: the server is not running' };
      this.item.command = 'tactful.showOutput';
    } else if (status === 'starting') {
      this.item.text = '$(sync~spin) Tactful';
      this.item.tooltip = 'Tactful is starting.';
      this.item.accessibilityInformation = { label: 'Tactful is starting' };
      this.item.command = 'tactful.showOutput';
    } else {
      const count = countFindings(document.uri);
      const findings = `${count} tone ${count === 1 ? 'finding' : 'findings'}`;
      this.item.text = count === 0 ? '$(check) Tactful' : `$(comment-discussion) Tactful: ${count}`;
      this.item.tooltip =
        count === 0 ? 'Tactful: no tone findings in this file.' : `Tactful: ${findings} in this file. Click to open the Problems panel.`;
      this.item.accessibilityInformation = { label: `Tactful: ${findings} in this file` };
      this.item.command = 'workbench.actions.view.problems';
    }
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
