/**
 * Tactful for VS Code: a language client for the Tactful language server, which it bundles.
 * All the checking is the server's (and so core's); this side starts it, and adds the
 * commands and the status-bar count.
 */
import * as vscode from 'vscode';
import { TactfulClient } from './client.js';
import { explainRule, fixAll, RULE_PAGE_SCHEME, RulePages } from './commands.js';
import { FindingsStatus } from './status.js';

let client: TactfulClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const activatedAt = performance.now();
  const output = vscode.window.createOutputChannel('Tactful', { log: true });
  context.subscriptions.push(output);
  const tactful = new TactfulClient(context.extensionUri, output, activatedAt);
  client = tactful;
  const status = new FindingsStatus(tactful);
  context.subscriptions.push(
    tactful,
    status,
    vscode.workspace.registerTextDocumentContentProvider(RULE_PAGE_SCHEME, new RulePages(context.extensionUri)),
    vscode.commands.registerCommand('tactful.fixAll', () => fixAll(tactful)),
    vscode.commands.registerCommand('tactful.explainRule', (ruleId?: unknown) => explainRule(context.extensionUri, output, ruleId)),
    vscode.commands.registerCommand('tactful.restartServer', async () => {
      output.info('Tactful: restarting the server.');
      if (await tactful.restart()) vscode.window.setStatusBarMessage('Tactful: server restarted.', 3_000);
    }),
    vscode.commands.registerCommand('tactful.showOutput', () => output.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (tactful.needsRestart(event)) {
        output.info('Tactful: "tactful.languages" changed; restarting the server.');
        void tactful.restart().then(() => status.update());
      }
    }),
  );
  // Not awaited: VS Code goes on while the server starts; failures are shown by the client.
  void tactful.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
