/**
 * The settings the client itself needs. Everything else under `tactful` (enable, rules,
 * debounce) is read by the server through `workspace/configuration`, so it is checked there.
 */
import * as vscode from 'vscode';

export const SECTION = 'tactful';
export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext', 'email'];

export interface Languages {
  ids: string[];
  /** Set when the setting had a value of the wrong shape (the defaults are used instead). */
  problem?: string;
}

/** `tactful.languages`, or the defaults (and a problem to show) when it is not a list of ids. */
export function readLanguages(): Languages {
  const value: unknown = vscode.workspace.getConfiguration(SECTION).get('languages');
  if (value === undefined || value === null) return { ids: [...DEFAULT_LANGUAGES] };
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim() !== '')) {
    return {
      ids: [...DEFAULT_LANGUAGES],
      problem: `"tactful.languages" should be a list of language ids such as ["markdown", "plaintext"]; using ${DEFAULT_LANGUAGES.join(', ')}.`,
    };
  }
  return { ids: [...new Set(value.map((v: string) => v.trim()))] };
}

/** The documents the client sends to the server: files and unsaved buffers of those languages. */
export function documentSelector(languages: readonly string[]): { language: string; scheme: string }[] {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}
