/**
 * @tactful/core/node: file access for the CLI and the language server. Reads files of every
 * kind (Markdown, plain text, e-mail, HTML), maps findings back to the file's text, and finds
 * the config that applies to a file.
 */
import { readFile } from 'node:fs/promises';
import type { LintOptions } from '../types.js';
import { ioReason } from './errors.js';
import { type LintSourceResult, lintSource, type SourceKind } from './source.js';

export * from '../index.js';
export {
  CONFIG_FILES,
  ConfigError,
  ConfigResolver,
  type ConfigResolverOptions,
  knownRuleIds,
  loadConfigFile,
  mergeConfig,
  type ResolvedConfig,
  validateConfig,
} from './config.js';
export { ioReason } from './errors.js';
export { type LintSourceOptions, type LintSourceResult, lintSource, SOURCE_EXTENSIONS, type SourceKind, sourceKind } from './source.js';

/** Thrown for files that cannot be read or decoded as text; the message names the file. */
export class FileError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`${filePath}: ${reason}`);
    this.name = 'FileError';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

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

/** Reads a file as text (see decodeText). */
export async function readTextFile(filePath: string): Promise<{ text: string; bom: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    throw new FileError(filePath, `cannot read (${ioReason(error)}), skipped`);
  }
  return decodeText(filePath, bytes);
}

export interface FileResult extends LintSourceResult {
  filePath: string;
  /** The text that was linted (after removing a byte-order mark): positions refer to it. */
  text: string;
  /** Whether the file began with a byte-order mark. */
  bom: boolean;
}

/** Reads and lints one file of any supported kind (Markdown, plain text, e-mail, HTML). */
export async function lintFile(
  filePath: string,
  options: Omit<LintOptions, 'fileName' | 'kind'> & { kind?: SourceKind } = {},
): Promise<FileResult> {
  const { text, bom } = await readTextFile(filePath);
  return { filePath, text, bom, ...(await lintSource(text, { ...options, fileName: filePath })) };
}
