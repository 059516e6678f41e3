import { describe, expect, it } from 'vitest';
import { cadenceChecks, lintSequence, type SequenceMessage } from '../src/index.js';

/** Distinct, specific bodies, so that only the cadence under test can fire. */
const BODIES = [
  'I run the onboarding team at Ledgerly and would like to show you how {{company}} could send recurring invoices. Would Thursday at 10 am suit you?',
  'Here is the Riverside Clinic case study: they cut late payments by 40% with payment reminders. https://example.com/riverside',
  'I recorded a three-minute video of the reminder schedule set up for a clinic of your size: https://example.com/video',
  'Our accountant partner, Dana Lee, wrote a checklist for moving invoices before quarter-end. It is attached as a PDF.',
  'Would a shorter pilot with five customers help your finance team decide before the budget review in May?',
  'We released bank-feed matching for credit unions last week, which came up when we spoke about your Tuesday reconciliations.',
  'Two of your competitors in Austin moved their billing to us this spring; I can introduce you to their controller.',
  'The annual plan now includes a dedicated migration engineer for teams with more than 200 clients.',
];
const CLOSE = "I know how busy you are, and I don't want to crowd your inbox. Just let me know if you'd prefer I stop following up.";
const BREAK_UP = "This will be my last note about the Ledgerly pilot. If the timing isn't right, no problem; the door is always open.";

interface StepSpec {
  day: number | string;
  channel?: string;
  type?: string;
  anchor?: string;
  subject?: string;
  profile?: string;
  body?: string;
  extra?: string;
}

function sequence(specs: StepSpec[]): SequenceMessage[] {
  return specs.map((spec, i) => {
    const fm = [
      '---',
      `day: ${spec.day}`,
      ...(spec.channel ? [`channel: ${spec.channel}`] : []),
      ...(spec.type ? [`type: ${spec.type}`] : []),
      ...(spec.anchor ? [`anchor: ${spec.anchor}`] : []),
      ...(spec.profile ? [`profile: ${spec.profile}`] : []),
      ...(spec.subject ? [`subject: "${spec.subject}"`] : []),
      ...(spec.extra ? [spec.extra] : []),
      '---',
    ];
    const body = spec.body ?? BODIES[i % BODIES.length];
    return {
      path: `seq/${String(i + 1).padStart(2, '0')}-step.md`,
      text: `${fm.join('\n')}\n\nHi {{first_name}},\n\n${body}\n\nBest,\nSam\n`,
    };
  });
}

const days = (list: number[], extra: Partial<StepSpec> = {}) => list.map((day) => ({ day, ...extra }));

function ids(messages: SequenceMessage[], options = {}): string[] {
  return lintSequence(messages, options).flatMap((r) => r.findings.map((f) => f.ruleId));
}

function count(list: string[], id: string): number {
  return list.filter((x) => x === id).length;
}

describe('lintSequence: RULES.md §2.5, flag', () => {
  it('email days [0, 1, 2, 3]: seq-daily-cadence (error) ×3', () => {
    const result = lintSequence(sequence(days([0, 1, 2, 3])));
    const daily = result.flatMap((r) => r.findings).filter((f) => f.ruleId === 'seq-daily-cadence');
    expect(daily).toHaveLength(3);
    expect(daily.every((f) => f.severity === 'error' && f.category === 'cadence')).toBe(true);
    expect(result.map((r) => r.findings.some((f) => f.ruleId === 'seq-daily-cadence'))).toEqual([false, true, true, true]);
  });

  it('email days [0, 3, 6, 9] under default: seq-too-soon ×3; the same list passes under sales-fast', () => {
    const found = ids(sequence(days([0, 3, 6, 9])));
    expect(count(found, 'seq-too-soon')).toBe(3);
    // Three follow-ups without a close also end in seq-missing-close (§2.4); nothing else fires.
    expect(found.filter((id) => id !== 'seq-too-soon')).toEqual(['seq-missing-close']);
    expect(ids(sequence(days([0, 3, 6, 9])), { profile: 'sales-fast' })).toEqual([]);
    expect(ids(sequence(days([0, 3, 6, 9])), { config: { cadence: { profile: 'sales-fast' } } })).toEqual([]);
  });

  it('email days [0, 7, …, 49] with no close: seq-no-taper, seq-too-many-touches, seq-missing-close', () => {
    const found = ids(sequence(days([0, 7, 14, 21, 28, 35, 42, 49])));
    expect(found.sort()).toEqual(['seq-missing-close', 'seq-no-taper', 'seq-too-many-touches']);
  });

  it('phone days [0, 1, 2]: seq-daily-cadence on the second and third call', () => {
    const result = lintSequence(sequence(days([0, 1, 2], { channel: 'phone' })));
    expect(result.map((r) => r.findings.map((f) => f.ruleId))).toEqual([[], ['seq-daily-cadence'], ['seq-daily-cadence']]);
  });

  it('phone calls 3 days apart are fine, 2 days apart too soon', () => {
    expect(ids(sequence(days([0, 3, 6], { channel: 'phone' })))).toEqual([]);
    expect(ids(sequence(days([0, 2, 5], { channel: 'phone' })))).toEqual(['seq-too-soon']);
  });

  it('type: thank-you, anchor: meeting, day: 3: seq-thank-you-late', () => {
    const messages = sequence([
      { day: 3, type: 'thank-you', anchor: 'meeting', body: 'Thank you for the interview about the Data Analyst role on Monday.' },
      { day: 33, body: BODIES[1] as string },
    ]);
    const result = lintSequence(messages);
    expect(result[0]?.findings.map((f) => f.ruleId)).toEqual(['seq-thank-you-late']);
    // Reported on the `day:` line of the front matter.
    expect(result[0]?.findings[0]).toMatchObject({ start: { line: 2, column: 1 }, actual: 'day: 3', severity: 'warning' });
  });

  it('step 1 subject "Re: quick question": seq-fake-reply-subject', () => {
    const messages = sequence([{ day: 0, subject: 'Re: quick question' }, { day: 7 }]);
    const result = lintSequence(messages);
    expect(result[0]?.findings.map((f) => f.ruleId)).toEqual(['seq-fake-reply-subject']);
    expect(result[0]?.findings[0]?.actual).toBe('subject: "Re: quick question"');
    // A later step that replies in the thread is fine.
    expect(
      ids(
        sequence([
          { day: 0, subject: 'Quick question' },
          { day: 7, subject: 'Re: Quick question' },
        ]),
      ),
    ).toEqual([]);
  });

  it('steps 2 and 3 identical apart from {{first_name}}: seq-repeated-content', () => {
    const same = 'Following up on the recurring invoices for Riverside Clinic. Would Thursday at 10 am work?';
    const messages = sequence([
      { day: 0 },
      { day: 7, body: same },
      { day: 14, body: `{{first_name}}, ${same.charAt(0).toLowerCase()}${same.slice(1)}` },
    ]);
    const result = lintSequence(messages);
    expect(result[2]?.findings.map((f) => f.ruleId)).toEqual(['seq-repeated-content']);
    expect(result[2]?.findings[0]?.message).toContain('02-step.md');
  });

  it('close template at step 2 of a default email sequence: seq-close-too-early (info)', () => {
    const result = lintSequence(sequence([{ day: 0 }, { day: 7, body: CLOSE }]));
    expect(result[1]?.findings.map((f) => [f.ruleId, f.severity])).toEqual([['seq-close-too-early', 'info']]);
  });
});

describe('lintSequence: RULES.md §2.5, do not flag', () => {
  it('email days [0, 7, 14, 21, 35, 49] ending with "Just let me know if you\'d prefer I stop following up"', () => {
    const specs = days([0, 7, 14, 21, 35, 49]) as StepSpec[];
    (specs[5] as StepSpec).body = CLOSE;
    expect(ids(sequence(specs))).toEqual([]);
  });

  it('phone days [0, 3, 7, 10], then an e-mail close on day 17', () => {
    const specs: StepSpec[] = [...days([0, 3, 7, 10], { channel: 'phone' }), { day: 17, channel: 'email', body: CLOSE }];
    expect(ids(sequence(specs))).toEqual([]);
  });

  it('networking [0 thank-you e-mail, 0 LinkedIn invite, 30 check-in], anchor: meeting', () => {
    const specs: StepSpec[] = [
      {
        day: 0,
        type: 'thank-you',
        anchor: 'meeting',
        body: 'It was great to meet you at the PMP meetup. Thanks for the tip about the study group.',
      },
      {
        day: 0,
        type: 'thank-you',
        channel: 'linkedin',
        anchor: 'meeting',
        body: "Great meeting you at the PMP meetup today. I'd like to add you to my network.",
      },
      {
        day: 30,
        body: 'You suggested the PMP study group a month ago; I passed the practice exam last week. Would a call in May suit you?',
      },
    ];
    expect(ids(sequence(specs))).toEqual([]);
  });

  it('job application [0 application, 7 follow-up, 14 follow-up, 28 close] under job-application', () => {
    const specs: StepSpec[] = [{ day: 0, type: 'initial', profile: 'job-application' }, { day: 7 }, { day: 14 }, { day: 28, body: CLOSE }];
    expect(ids(sequence(specs))).toEqual([]);
    // The same steps under the config's profile.
    const plain: StepSpec[] = [{ day: 0, type: 'initial' }, { day: 7 }, { day: 14 }, { day: 28, body: CLOSE }];
    expect(ids(sequence(plain), { config: { cadence: { profile: 'job-application' } } })).toEqual([]);
  });

  it('sales-fast [0, 2, 5, 9, 14, 21] with a break-up message last', () => {
    const specs = days([0, 2, 5, 9, 14, 21], { profile: 'sales-fast' }) as StepSpec[];
    (specs[5] as StepSpec).body = BREAK_UP;
    expect(ids(sequence(specs))).toEqual([]);
  });
});

describe('lintSequence: the other checks', () => {
  it('seq-structure: out of order, duplicate steps, unreadable offsets, numbering gaps (info)', () => {
    expect(ids(sequence(days([0, 14, 7])))).toContain('seq-structure');
    const bad = sequence([{ day: 0 }, { day: 'next tuesday' }]);
    const result = lintSequence(bad);
    expect(result[1]?.findings.map((f) => [f.ruleId, f.severity, f.actual])).toEqual([['seq-structure', 'error', 'day: next tuesday']]);
    const steps = sequence([
      { day: 0, extra: 'step: 1' },
      { day: 7, extra: 'step: 1' },
    ]);
    expect(ids(steps)).toEqual(['seq-structure']);
    const gap = lintSequence([
      { path: 'a/01-intro.md', text: '---\nday: 0\n---\nHi, I am Sam from Ledgerly.\n' },
      { path: 'a/02-nudge.md', text: `---\nday: 7\n---\n${BODIES[1]}\n` },
      { path: 'a/04-last.md', text: `---\nday: 14\n---\n${BODIES[2]}\n` },
    ]);
    expect(gap[2]?.findings.map((f) => [f.ruleId, f.severity])).toEqual([['seq-structure', 'info']]);
  });

  it('reads offsets in days, weeks and business days, and delays from the previous step', () => {
    expect(ids(sequence([{ day: 0 }, { day: '"1w"' }, { day: '"2 weeks"' }]))).toEqual([]);
    // 3 business days = 4 calendar days: too soon for e-mail.
    expect(ids(sequence([{ day: 0 }, { day: '"3 business days"' }]))).toEqual(['seq-too-soon']);
    const delays = sequence([{ day: 0 }, { day: 0 }]).map((m, i) => ({
      ...m,
      text: m.text.replace('day: 0', i === 0 ? 'day: 0' : 'delay: 1'),
    }));
    expect(ids(delays)).toEqual(['seq-daily-cadence']);
  });

  it('seq-no-timing: a sequence without days', () => {
    const messages = [
      { path: 's/01-a.md', text: `Hi,\n\n${BODIES[0]}\n` },
      { path: 's/02-b.md', text: `Hi,\n\n${BODIES[1]}\n` },
    ];
    const result = lintSequence(messages);
    expect(result[0]?.findings.map((f) => [f.ruleId, f.start.line])).toEqual([['seq-no-timing', 1]]);
  });

  it('seq-first-follow-up-late: the first follow-up after more than two weeks', () => {
    expect(ids(sequence(days([0, 20, 30])))).toEqual(['seq-first-follow-up-late']);
  });

  it('seq-missing-check-in: networking with nothing between day 21 and 45', () => {
    const specs: StepSpec[] = [
      { day: 0, type: 'thank-you', anchor: 'meeting', body: 'Thank you for the coffee at the Netstorming event and the book tip.' },
      { day: 60, body: BODIES[2] as string },
    ];
    expect(ids(sequence(specs))).toEqual(['seq-missing-check-in']);
  });

  it('seq-group-thank-you: one note to several people', () => {
    const messages = sequence([{ day: 0, type: 'thank-you', anchor: 'meeting' }, { day: 30 }]);
    messages[0] = {
      path: 'n/01.md',
      text: '---\nday: 0\ntype: thank-you\nanchor: meeting\n---\nHi all,\n\nThank you for the panel interview about the Product Designer role.\n',
    };
    expect(ids(messages)).toEqual(['seq-group-thank-you']);
  });

  it('seq-single-channel: more than four steps on the same weekday and time', () => {
    const specs = days([0, 7, 14, 28, 42], { extra: 'weekday: monday\nsend_time: "09:00"\nstop_on: reply' }) as StepSpec[];
    (specs[4] as StepSpec).body = CLOSE;
    expect(ids(sequence(specs))).toEqual(['seq-single-channel']);
  });

  it('seq-no-stop-condition: an automated sequence without stop_on', () => {
    const specs = days([0, 7], { extra: 'send_time: "09:00"' });
    expect(ids(sequence(specs))).toEqual(['seq-no-stop-condition']);
    expect(ids(sequence(days([0, 7], { extra: 'send_time: "09:00"\nstop_on: [reply, opt_out]' })))).toEqual([]);
  });

  it('seq-after-opt-out: a step conditioned on a decline, and a follow-up quoting a "please stop"', () => {
    const specs: StepSpec[] = [{ day: 0 }, { day: 7, extra: 'if: declined', type: 'follow-up' }];
    expect(ids(sequence(specs))).toEqual(['seq-after-opt-out']);
    const thread = lintSequence([
      {
        path: 'thread.txt',
        text: 'Hi Dana,\n\nFollowing up on the Ledgerly pilot. Would Thursday work?\n\nBest,\nSam\n\nOn Mon, Mar 3, 2025 at 9:00 AM Dana Lee <dana@example.com> wrote:\n> Please stop emailing me, we are not interested.\n',
      },
    ]);
    expect(thread[0]?.findings.map((f) => [f.ruleId, f.severity])).toEqual([['seq-after-opt-out', 'error']]);
  });

  it('configured severities apply, and "off" silences a check', () => {
    const messages = sequence(days([0, 1]));
    expect(lintSequence(messages, { config: { rules: { 'seq-daily-cadence': 'warning' } } })[1]?.findings[0]?.severity).toBe('warning');
    expect(ids(messages, { config: { rules: { 'seq-daily-cadence': 'off' } } })).toEqual([]);
  });

  it('every check has metadata and a doc page', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(cadenceChecks.map((c) => c.id)).toContain('seq-daily-cadence');
    for (const check of cadenceChecks) {
      const doc = join(import.meta.dirname, '..', 'docs', 'cadence', `${check.id}.md`);
      expect(existsSync(doc), doc).toBe(true);
      expect(readFileSync(doc, 'utf8').startsWith(`# ${check.id}\n`)).toBe(true);
      expect(check.url).toMatch(new RegExp(`/cadence/${check.id}\\.md$`));
    }
  });
});
