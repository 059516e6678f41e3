import { test } from 'vitest';
import { lint } from '../src/index.ts';

const t = (label: string, s: string, kind: 'text' | 'markdown') => {
  const a = performance.now();
  lint(s, { kind });
  console.log(label, kind, s.length, (performance.now() - a).toFixed(0), 'ms');
};
test('probe', () => {
  for (const kind of ['text', 'markdown'] as const) {
    for (const ch of ['a', ' ', '!', '?', '>', '*', '[', '{', '_', '\n', "'"]) {
      t(JSON.stringify(ch) + ' 25k', ch.repeat(25_000), kind);
      t(JSON.stringify(ch) + ' 100k', ch.repeat(100_000), kind);
    }
  }
}, 600_000);
