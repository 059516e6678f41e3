/** One Markdown file holding a whole sequence under step headings (RULES.md §2.2 b). */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, run } from './helpers.js';

beforeAll(assertBuilt);

const SEQUENCE = `---
channel: email
---

# Outbound sequence for {{company}}

## Step 1 — Day 0

Hi {{first_name}}, I saw {{company}} is hiring two data engineers. Would a 20-minute call on Tuesday work?

## Step 2 — Day 1

Hi {{first_name}}, following up on pipeline costs at {{company}}. Could we talk Thursday at 10?

## Step 3 — Day 9

Hi {{first_name}}, is Friday better for a call about pipeline costs at {{company}}?
`;

describe('a sequence in one file', () => {
  it('checks the cadence of its sections and reports at their headings', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tactful-sections-'));
    await writeFile(path.join(dir, 'outbound.md'), SEQUENCE);
    const { code, stdout, stderr } = await run(['--format', 'compact', '--rule', 'missing-permission-to-close=off', 'outbound.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const daily = stdout.split('\n').filter((line) => line.includes('seq-daily-cadence'));
    expect(daily).toEqual([
      'outbound.md: line 11, col 1, Error - "Step 2 — Day 1" is 1 day after "Step 1 — Day 0" on email: never follow up daily; wait about a week. (seq-daily-cadence)',
    ]);
  });

  it('leaves a file with a single step heading alone', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'tactful-sections-'));
    await writeFile(path.join(dir, 'note.md'), '## Step 1 — Day 0\n\nHi Ana, could we talk Tuesday about the Acme renewal?\n');
    const { stdout } = await run(['--format', 'compact', 'note.md'], dir);
    expect(stdout).not.toContain('seq-');
  });
});
