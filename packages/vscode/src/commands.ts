/**
 * The commands: fix all (the server's `source.fixAll.tactful` action on the active file) and
 * explain a rule (a quick pick of the rules, then the rule's page, bundled in dist/rules).
 */
import * as vscode from 'vscode';
import type { TactfulClient } from './client.js';
import { SECTION } from './settings.js';
import { countFindings } from './status.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(SECTION);
/** The most fix-all passes one command runs (the CLI's limit for `--fix`). */
const MAX_FIX_PASSES = 10;

/** One entry of dist/rules/index.json, which the build writes from core's rule pages. */
export interface RuleEntry {
  id: string;
  category: string;
  /** The first sentence of the page's "What it flags". */
  summary: string;
}

export async function fixAll(client: TactfulClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Tactful: open a follow-up to fix first.');
    return;
  }
  const document = editor.document;
  if (!client.handles(document)) {
    void vscode.window.showInformationMessage(
      `Tactful does not check ${document.languageId} files. Add "${document.languageId}" to the "tactful.languages" setting to check them.`,
    );
    return;
  }
  if (!(await client.ready())) {
    void vscode.window.showErrorMessage('Tactful: the language server is not running. Run "Tactful: Restart server".');
    return;
  }
  const before = countFindings(document.uri);
  // A fix can uncover or unblock another (two overlapping findings get one fix per pass), so
  // like `tactful --fix` this runs passes until nothing changes, and then reads the same.
  let passes = 0;
  for (; passes < MAX_FIX_PASSES; passes++) {
    const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(document.lineCount - 1).range.end);
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
        'vscode.executeCodeActionProvider',
        document.uri,
        whole,
        FIX_ALL_KIND.value,
      )) ?? [];
    const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && a.edit);
    if (!action?.edit) break;
    const version = document.version;
    if (!(await vscode.workspace.applyEdit(action.edit)) || document.version === version) {
      if (passes === 0) {
        void vscode.window.showErrorMessage('Tactful: the fixes could not be applied (the file changed meanwhile?). Try again.');
        return;
      }
      break;
    }
  }
  if (passes === 0) {
    void vscode.window.showInformationMessage(
      before === 0
        ? 'Tactful: no tone issues in this file.'
        : `Tactful: none of the ${before} ${before === 1 ? 'finding' : 'findings'} here has a safe fix; the quick fixes (Ctrl+.) offer rewrites to choose from.`,
    );
    return;
  }
  vscode.window.setStatusBarMessage(`Tactful: applied the safe fixes (${before} ${before === 1 ? 'finding' : 'findings'} before).`, 5_000);
}

export async function readRuleIndex(extensionUri: vscode.Uri): Promise<RuleEntry[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'rules', 'index.json'));
  const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (!Array.isArray(parsed)) throw new Error('dist/rules/index.json is not a list of rules');
  return parsed as RuleEntry[];
}

/** The rule of a Tactful diagnostic under the cursor, to preselect it. */
function ruleAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const position = editor.selection.active;
  const diagnostic = vscode.languages
    .getDiagnostics(editor.document.uri)
    .find((d) => d.source === SECTION && d.range.contains(position) && d.code !== undefined);
  const code = typeof diagnostic?.code === 'object' ? diagnostic.code.value : diagnostic?.code;
  return code === undefined ? undefined : String(code);
}

export async function explainRule(extensionUri: vscode.Uri, output: vscode.LogOutputChannel, ruleId?: unknown): Promise<void> {
  let rules: RuleEntry[];
  try {
    rules = await readRuleIndex(extensionUri);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(`Tactful: cannot list the rules: ${reason}`);
    void vscode.window.showErrorMessage(`Tactful: cannot list the rules (${reason}). Reinstalling the extension should help.`);
    return;
  }
  let id = typeof ruleId === 'string' ? ruleId : undefined;
  if (!id || !rules.some((r) => r.id === id)) {
    const current = ruleAtCursor();
    const items = rules.map((rule) => ({ label: rule.id, description: rule.category, detail: rule.summary }));
    const active = items.find((item) => item.label === current);
    const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
    quickPick.items = items;
    quickPick.placeholder = 'Which rule? Its page says what it flags, why, and what reads better.';
    quickPick.matchOnDescription = true;
    quickPick.matchOnDetail = true;
    if (active) quickPick.activeItems = [active];
    id = await new Promise<string | undefined>((resolve) => {
      quickPick.onDidAccept(() => {
        resolve(quickPick.selectedItems[0]?.label);
        quickPick.hide();
      });
      quickPick.onDidHide(() => {
        resolve(undefined);
        quickPick.dispose();
      });
      quickPick.show();
    });
    if (!id) return;
  }
  // Under its own scheme, so that the page (full of the phrases it describes) is not checked itself.
  const page = vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${id}.md` });
  try {
    // Locked: the page stays when the writer goes back to their message.
    await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', page);
  } catch {
    // Without the built-in Markdown extension, the page opens as text.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(page), { preview: true });
  }
}

export const RULE_PAGE_SCHEME = 'tactful-rule';

/** Serves `tactful-rule:/ID.md` from the pages bundled in dist/rules. */
export class RulePages implements vscode.TextDocumentContentProvider {
  constructor(private readonly extensionUri: vscode.Uri) {}

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const name = uri.path.replace(/^\//, '');
    if (!/^[a-z0-9-]+\.md$/.test(name)) throw new Error(`Tactful has no rule page ${uri.path}`);
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'rules', name));
    return new TextDecoder().decode(bytes);
  }
}
