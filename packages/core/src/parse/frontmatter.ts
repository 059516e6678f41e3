import { parse as parseYaml } from 'yaml';

export interface FrontMatter {
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Set when the block could not be read; the message explains why. */
  error?: string;
}

const BLOCK = /^(?:\uFEFF)?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Reads a leading YAML (`---`) or TOML (`+++`) block as metadata. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  if (!text.startsWith('---') && !text.startsWith('+++') && !text.startsWith('\uFEFF')) return undefined;
  const m = BLOCK.exec(text);
  if (m?.index !== 0) return undefined;
  const body = m[2] ?? '';
  const end = m[0].length;
  try {
    // logLevel 'error': YAML warnings (an unknown `!tag`) would go to the process's stderr.
    const data = m[1] === '+++' ? parseTomlLite(body) : parseYaml(body, { maxAliasCount: 50, logLevel: 'error' });
    return { start: 0, end, data: data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { start: 0, end, data: {}, error: (error as Error).message.split('\n')[0] };
  }
}

/** The flat `key = value` subset of TOML that template front matter uses. */
function parseTomlLite(body: string): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of body.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][\w-]*)\s*=\s*(.+?)\s*$/.exec(line);
    if (!m) continue;
    const raw = m[2] as string;
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    data[m[1] as string] = quoted
      ? quoted[2]
      : /^[+-]?\d+(\.\d+)?$/.test(raw)
        ? Number(raw)
        : raw === 'true'
          ? true
          : raw === 'false'
            ? false
            : raw;
  }
  return data;
}
