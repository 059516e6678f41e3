import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { lint } from './engine.js';
import type { LintOptions } from './types.js';

/**
 * A unified plugin: in a retext or remark pipeline, reports Tactful's findings as vfile
 * messages (`ruleId`, `source` "tactful", `actual`, `expected`, `url`).
 */
const tactful: Plugin<[Omit<LintOptions, 'fileName'>?]> =
  (options = {}) =>
  (_tree: unknown, file: VFile) => {
    const { findings } = lint(String(file.value), {
      ...options,
      ...(file.path ? { fileName: file.path } : {}),
    });
    for (const f of findings) {
      const message = file.message(f.message, {
        place: { start: f.start, end: f.end },
        ruleId: f.ruleId,
        source: 'tactful',
      });
      message.actual = f.actual;
      message.expected = f.suggestions.flatMap((s) => s.edits.map((e) => e.text));
      message.url = f.url;
      message.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
    }
  };

export default tactful;
