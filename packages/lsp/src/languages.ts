/**
 * Which documents Tactful reads, and as what. Clients name languages differently (VS Code
 * sends `plaintext`, Neovim and Helix `text`, Neovim `mail` for `.eml`), so a document is
 * recognised by its language id or by its file extension, never by the id alone.
 */
import type { TextKind } from '@tactful/core';

/** The kinds of document the server knows. `email` is a raw message file, read through core's node layer. */
export type DocumentKind = 'markdown' | 'plaintext' | 'email';

const LANGUAGE_ALIASES: Readonly<Record<string, DocumentKind>> = {
  markdown: 'markdown',
  md: 'markdown',
  mdx: 'markdown',
  'markdown.mdx': 'markdown',
  gfm: 'markdown',
  plaintext: 'plaintext',
  text: 'plaintext',
  txt: 'plaintext',
  plain: 'plaintext',
  email: 'email',
  eml: 'email',
  mail: 'email',
};

const EXTENSIONS: Readonly<Record<string, DocumentKind>> = {
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  mdx: 'markdown',
  txt: 'plaintext',
  text: 'plaintext',
  eml: 'email',
};

export const DEFAULT_LANGUAGES: readonly string[] = ['markdown', 'plaintext', 'text', 'email'];

/** The kind a client's language id stands for, if any. */
export function kindOfLanguage(languageId: string): DocumentKind | undefined {
  return LANGUAGE_ALIASES[languageId.toLowerCase()];
}

/** The kind a file name's extension stands for, if any. */
export function kindOfPath(path: string): DocumentKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? EXTENSIONS[name.slice(dot + 1).toLowerCase()] : undefined;
}

/**
 * The kind to read a document as, or undefined when the user's `languages` setting leaves it
 * out. The extension decides first (a `.eml` file is an email whatever the client calls it);
 * a document without a known extension (untitled, or an odd name) goes by its language id,
 * and a language id listed in `languages` that Tactful does not know is read as plain text.
 */
export function documentKind(languageId: string, path: string, languages: readonly string[]): DocumentKind | undefined {
  const enabled = new Set<string>();
  for (const language of languages) {
    enabled.add(language.toLowerCase());
    const kind = kindOfLanguage(language);
    if (kind) enabled.add(kind);
  }
  const byLanguage = kindOfLanguage(languageId);
  const byPath = kindOfPath(path);
  const listed = enabled.has(languageId.toLowerCase());
  const kind = byPath ?? byLanguage;
  // A language the user lists that Tactful has no name for (`gitcommit`, `asciidoc`) is read as plain text.
  if (!kind) return listed ? 'plaintext' : undefined;
  // Enabled when the user lists the client's id itself or the kind it stands for.
  return listed || enabled.has(kind) ? kind : undefined;
}

/** Core's text kind for a document kind. */
export function coreKind(kind: DocumentKind): TextKind {
  return kind === 'markdown' ? 'markdown' : 'text';
}
