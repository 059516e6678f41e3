/**
 * The message report in a hover on the first line of the message: type, tone with its factors,
 * counts, beside the finding hover when a finding sits there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../packages/core/dist/index.js';
import { fullCapabilities, TestClient } from './client.js';

const BLUNT = "Hi Dana,\n\nWhy haven't you sent the contract? You need to send it today.\n\nSam\n";

let client: TestClient;
beforeAll(async () => {
  client = await TestClient.start();
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

let n = 0;
const uri = (ext = 'md') => `file:///tmp/tactful-lsp-test/report-${++n}.${ext}`;
const signed = (w: number) => `${w > 0 ? '+' : w < 0 ? '−' : ''}${Math.abs(w).toFixed(2)}`;

describe('report hover', () => {
  it("shows the message's type, tone and factors, and counts on its first line", async () => {
    const u = uri();
    await client.open(u, BLUNT);
    await client.diagnostics(u);
    const hover = await client.hover(u, 0, 2);
    expect(hover?.contents.kind).toBe('markdown');
    const value = hover?.contents.value ?? '';
    const { message } = lint(BLUNT, { kind: 'markdown', fileName: '/tmp/tactful-lsp-test/report.md' });
    expect(message.tone).toBeLessThan(0);
    expect(value).toContain('Tactful: message report');
    expect(value).toContain(`${message.type}`);
    expect(value).toContain(`${message.wordCount} words`);
    expect(value).toContain(`**Tone** ${signed(message.tone)} (reads as impolite`);
    for (const f of message.toneFactors.slice(0, 6)) expect(value).toContain(`${signed(f.weight)} ${f.factor}: “`);
    expect(value).toMatch(/why-question: “Why”/);
    expect(value).toMatch(/greeting: “Hi”/);
    for (const [category, count] of Object.entries(message.categoryCounts)) expect(value).toContain(`${category} ${count}`);
    expect(hover?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 'Hi Dana,'.length } });
  });

  it('appears only on the first line of the message, after front matter', async () => {
    const u = uri();
    const text = '---\ntype: thank-you\n---\n\nThanks for the call on Tuesday, Ana.\n\nSam\n';
    await client.open(u, text);
    await client.diagnostics(u);
    expect(await client.hover(u, 0, 1)).toBeNull();
    expect(await client.hover(u, 6, 1)).toBeNull();
    const hover = await client.hover(u, 4, 3);
    expect(hover?.contents.value).toContain('thank-you');
    expect(hover?.contents.value).toMatch(/\*\*Tone\*\* \+\d\.\d\d \(reads as polite/);
    expect(hover?.contents.value).toMatch(/\+\d\.\d\d gratitude: “Thanks”/);
  });

  it('sits beside the finding hover when a finding is on the first line', async () => {
    const u = uri();
    await client.open(u, "You haven't replied to my email about the Acme contract.\n");
    const diagnostics = await client.diagnostics(u);
    expect(diagnostics.some((d) => d.code === 'blame-for-silence')).toBe(true);
    const value = (await client.hover(u, 0, 5))?.contents.value ?? '';
    expect(value).toContain('blame-for-silence');
    expect(value).toContain('Tactful: message report');
    expect(value.indexOf('blame-for-silence')).toBeLessThan(value.indexOf('message report'));
    expect(value).toMatch(/−\d\.\d\d blame: “You haven't replied/);
  });

  it('is plain text for clients without Markdown', async () => {
    const plain = await TestClient.start({
      capabilities: { ...fullCapabilities, textDocument: { ...fullCapabilities.textDocument, hover: { contentFormat: ['plaintext'] } } },
    });
    try {
      const u = uri();
      await plain.open(u, BLUNT);
      await plain.diagnostics(u);
      const hover = await plain.hover(u, 0, 1);
      expect(hover?.contents.kind).toBe('plaintext');
      expect(hover?.contents.value).toMatch(/^Tactful: message report/);
      expect(hover?.contents.value).toMatch(/Tone −\d\.\d\d \(reads as impolite/);
      expect(hover?.contents.value).not.toContain('**');
    } finally {
      expect(await plain.stop()).toBe(0);
    }
  });
});
