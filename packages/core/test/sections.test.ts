import { describe, expect, it } from 'vitest';
import { lintSequence, messageSections, sectionMessages } from '../src/index.js';

const FILE = `---
channel: email
profile: default
---

# Outbound sequence

Notes for the team.

## Step 1 — Day 0

Hi Ana, could we talk Tuesday about the pipeline costs at Acme?

## Step 2 — Day 1

Hi Ana, could we talk Thursday at 10 about the Acme pipeline instead?

\`\`\`md
## Step 9 — Day 99
not a heading: inside a code block
\`\`\`

## Step 3 (week 2)

Hi Ana, one last note about the Acme pipeline: is Friday better?
`;

describe('messageSections', () => {
  it('finds the step headings of one level, with their step and day, ignoring code blocks', () => {
    const sections = messageSections(FILE);
    expect(sections.map((s) => [s.title, s.step, s.day])).toEqual([
      ['Step 1 — Day 0', 1, 0],
      ['Step 2 — Day 1', 2, 1],
      ['Step 3 (week 2)', 3, 14],
    ]);
    // Each section runs from its heading to the next one.
    expect(FILE.slice(sections[0]?.start, sections[0]?.end)).toMatch(/^## Step 1 — Day 0\n[\s\S]*Acme\?\n\n$/);
    expect(sections[2]?.end).toBe(FILE.length);
  });

  it('needs two message headings: one heading, or headings without a number, is not a sequence', () => {
    expect(messageSections('## Step 1\n\nHello there.\n')).toEqual([]);
    expect(messageSections('## Background\n\nText.\n\n## Follow-up ideas\n\nMore.\n')).toEqual([]);
    expect(messageSections('Plain text with no headings.')).toEqual([]);
  });

  it('takes the shallowest level as the sections and leaves deeper headings inside them', () => {
    const text = '## Day 0\n\nHi.\n\n### Step 5 notes\n\nx\n\n## Day 7\n\nHi again.\n';
    expect(messageSections(text).map((s) => s.title)).toEqual(['Day 0', 'Day 7']);
  });
});

describe('sectionMessages and lintSequence', () => {
  it('keeps every offset of the file and reports cadence at the section heading', () => {
    const sections = messageSections(FILE);
    const messages = sectionMessages('outbound.md', FILE, sections, { channel: 'email', day: 5 });
    for (const m of messages) {
      expect(m.text.length).toBe(FILE.length);
      expect(m.text.split('\n').length).toBe(FILE.split('\n').length);
      // The file's timing keys never leak into a section; its other keys do.
      expect(m.data?.channel).toBe('email');
    }
    expect(messages[1]?.data).toMatchObject({ step: 2, day: 1 });
    const results = lintSequence(messages);
    const daily = results.flatMap((r) => r.findings).filter((f) => f.ruleId === 'seq-daily-cadence');
    expect(daily).toHaveLength(1);
    expect(daily[0]?.actual).toBe('## Step 2 — Day 1');
    expect(daily[0]?.start.line).toBe(FILE.split('\n').indexOf('## Step 2 — Day 1') + 1);
    expect(daily[0]?.message).toContain('"Step 2 — Day 1" is 1 day after "Step 1 — Day 0"');
  });
});
