/** @tactful/core/node: file access for the CLI and the language server. */
import { readFile } from 'node:fs/promises';
import { lint } from '../engine.js';
import type { LintOptions, LintResult } from '../types.js';

export * from '../index.js';

export interface FileResult extends LintResult {
  filePath: string;
  /** The text that was linted (after removing a byte-order mark). */
  text: string;
  /** Whether the file began with a byte-order mark. */
  bom: boolean;
}

/** Thrown for files that cannot be read or decoded as text; the message names the file. */
export class FileError extends Error {
  constructor(
    readonly filePath: string,
    reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'FileError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 text, refusing binary data and invalid byte sequences. */
export function decodeText(filePath: string, bytes: Uint8Array): { text: string; bom: boolean } {
  if (bytes.subarray(0, 8000).includes(0)) throw new FileError(filePath, 'binary file (contains NUL bytes), skipped');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new FileError(filePath, 'not valid UTF-8 text, skipped');
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Reads and lints one Markdown or plain-text file. */
export async function lintFile(filePath: string, options: Omit<LintOptions, 'fileName'> = {}): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : code === 'EISDIR'
            ? 'is a directory'
            : (error as Error).message;
    throw new FileError(filePath, reason);
  }
  const { text, bom } = decodeText(filePath, bytes);
  return { filePath, text, bom, ...lint(text, { ...options, fileName: filePath }) };
}
