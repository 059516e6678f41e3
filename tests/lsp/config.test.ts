/**
 * Configuration over stdio: client settings under `tactful` (workspace/configuration,
 * didChangeConfiguration, initializationOptions), config files discovered per document and
 * reloaded on workspace/didChangeWatchedFiles, and broken files reported once while the last
 * good settings stay in force.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MessageType } from 'vscode-languageserver-protocol';
import { fileUri, fullCapabilities, TestClient } from './client.js';

const FOLLOW_UP = "Hi Dana,\n\nSorry to bother you again. You haven't responded to my email from last week.\n\nBest,\nSam\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tactful-lsp-config-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(rel: string, content: string): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const codes = (diagnostics: { code?: unknown }[]) => diagnostics.map((d) => d.code);

describe('client settings', () => {
  it('takes rule overrides, enable and languages from workspace/configuration, per document', async () => {
    const client = await TestClient.start({
      settings: (scope) =>
        scope?.endsWith('off.md')
          ? { enable: false }
          : scope?.endsWith('.txt')
            ? { languages: ['markdown'] }
            : { rules: { 'needless-apology': 'off' } },
    });
    try {
      const md = fileUri(path.join(dir, 'settings', 'a.md'));
      await client.open(md, FOLLOW_UP);
      const diagnostics = await client.diagnostics(md);
      expect(codes(diagnostics)).toContain('blame-for-silence');
      expect(codes(diagnostics)).not.toContain('needless-apology');

      const before = client.publishes.length;
      const off = fileUri(path.join(dir, 'settings', 'off.md'));
      const txt = fileUri(path.join(dir, 'settings', 'b.txt'));
      await client.open(off, FOLLOW_UP);
      await client.open(txt, FOLLOW_UP, 'plaintext');
      const marker = fileUri(path.join(dir, 'settings', 'marker.md'));
      await client.open(marker, FOLLOW_UP);
      await client.diagnostics(marker);
      const later = client.publishes.slice(before);
      expect(later.some((p) => p.uri === off && p.diagnostics.length > 0)).toBe(false);
      expect(later.some((p) => p.uri === txt && p.diagnostics.length > 0)).toBe(false);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('re-reads settings on workspace/didChangeConfiguration and clears what they turn off', async () => {
    let settings: unknown = null;
    const client = await TestClient.start({ settings: () => settings });
    try {
      const u = fileUri(path.join(dir, 'settings', 'change.md'));
      await client.open(u, FOLLOW_UP);
      expect(codes(await client.diagnostics(u))).toContain('needless-apology');
      settings = { enable: false };
      const before = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const cleared = await client.waitForPublish(u, () => true, before);
      expect(cleared.diagnostics).toEqual([]);
      settings = { enable: true, rules: { 'blame-for-silence': 'error' } };
      const again = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const back = await client.waitForPublish(u, (p) => p.diagnostics.length > 0, again);
      expect(back.diagnostics.find((d) => d.code === 'blame-for-silence')?.severity).toBe(1);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('takes settings from initializationOptions and didChangeConfiguration for clients without workspace/configuration', async () => {
    const client = await TestClient.start({
      capabilities: { ...fullCapabilities, workspace: { ...fullCapabilities.workspace, configuration: false } },
      initializationOptions: { tactful: { rules: { 'needless-apology': 'off' } } },
    });
    try {
      const u = fileUri(path.join(dir, 'settings', 'init.md'));
      await client.open(u, FOLLOW_UP);
      expect(codes(await client.diagnostics(u))).not.toContain('needless-apology');
      const before = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { tactful: { rules: { 'blame-for-silence': 'off' } } },
      });
      const p = await client.waitForPublish(u, () => true, before);
      expect(codes(p.diagnostics)).not.toContain('blame-for-silence');
      // The pushed `rules` replace those of initializationOptions, as any setting's value does.
      expect(codes(p.diagnostics)).toContain('needless-apology');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('reports settings of the wrong shape once and keeps the last good value', async () => {
    let settings: unknown = { rules: { 'needless-apology': 'off' } };
    const client = await TestClient.start({ settings: () => settings });
    try {
      const u = fileUri(path.join(dir, 'settings', 'bad.md'));
      await client.open(u, FOLLOW_UP);
      expect(codes(await client.diagnostics(u))).not.toContain('needless-apology');
      settings = { rules: { 'no-such-rule': 'loud' } };
      for (let i = 0; i < 2; i++) {
        const before = client.publishes.length;
        await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        const p = await client.waitForPublish(u, () => true, before);
        expect(codes(p.diagnostics)).not.toContain('needless-apology');
      }
      const shown = client.messages.filter((m) => m.message.includes('no-such-rule'));
      expect(shown).toHaveLength(1);
      expect(shown[0]?.type).toBe(MessageType.Error);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('config files', () => {
  it('finds .tactfulrc.json, .yaml, .yml and package.json `tactful`, nearest first, and stops at root: true', async () => {
    write('files/proj/package.json', JSON.stringify({ name: 'x', tactful: { root: true, rules: { 'needless-apology': 'off' } } }));
    write('files/proj/json/.tactfulrc.json', JSON.stringify({ rules: { 'blame-for-silence': 'error' } }));
    write('files/proj/yaml/.tactfulrc.yaml', 'rules:\n  blame-for-silence: "off"\n');
    write('files/proj/yml/.tactfulrc.yml', 'root: true\nrules:\n  blame-for-silence: info\n');
    // Above the root: must not apply.
    write('files/.tactfulrc.json', JSON.stringify({ rules: { 'missing-reminder': 'off' } }));
    const client = await TestClient.start({ settings: () => ({ rules: { 'blame-for-silence': 'off' } }) });
    try {
      const pkg = fileUri(path.join(dir, 'files/proj/a.md'));
      const json = fileUri(path.join(dir, 'files/proj/json/a.md'));
      const yaml = fileUri(path.join(dir, 'files/proj/yaml/a.md'));
      const yml = fileUri(path.join(dir, 'files/proj/yml/a.md'));
      for (const u of [pkg, json, yaml, yml]) await client.open(u, FOLLOW_UP);
      const [p, j, ya, ym] = await Promise.all([pkg, json, yaml, yml].map((u) => client.diagnostics(u)));
      // A config file wins over the client's rules (which turn blame-for-silence off).
      expect(codes(p ?? [])).toEqual(expect.arrayContaining(['blame-for-silence', 'missing-reminder']));
      expect(codes(p ?? [])).not.toContain('needless-apology');
      expect(j?.find((d) => d.code === 'blame-for-silence')?.severity).toBe(1);
      expect(codes(j ?? [])).not.toContain('needless-apology');
      expect(codes(ya ?? [])).not.toContain('blame-for-silence');
      expect(ym?.find((d) => d.code === 'blame-for-silence')?.severity).toBe(3);
      // proj/yml is a root of its own: the package.json above it does not apply.
      expect(codes(ym ?? [])).toContain('needless-apology');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('reloads a config file on workspace/didChangeWatchedFiles; a broken one is reported once and the last good one kept', async () => {
    const rc = write('watch/.tactfulrc.json', JSON.stringify({ root: true, rules: { 'needless-apology': 'off' } }));
    const client = await TestClient.start();
    try {
      await client.waitFor(() => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
      const u = fileUri(path.join(dir, 'watch/a.md'));
      await client.open(u, FOLLOW_UP);
      expect(codes(await client.diagnostics(u))).not.toContain('needless-apology');

      // Changed: needless-apology is back, blame-for-silence off.
      writeFileSync(rc, JSON.stringify({ root: true, rules: { 'blame-for-silence': 'off' } }));
      let before = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
      let p = await client.waitForPublish(u, () => true, before);
      expect(codes(p.diagnostics)).toContain('needless-apology');
      expect(codes(p.diagnostics)).not.toContain('blame-for-silence');

      // Broken twice: one message naming the file and the problem; the last good settings stay.
      for (const broken of ['{ "root": true, "rules": { ', '{ "rules": { "blame-for-silence": "loud" } }']) {
        writeFileSync(rc, broken);
        for (let i = 0; i < 2; i++) {
          before = client.publishes.length;
          await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
          p = await client.waitForPublish(u, () => true, before);
          expect(codes(p.diagnostics)).not.toContain('blame-for-silence');
          expect(codes(p.diagnostics)).toContain('needless-apology');
        }
      }
      const shown = client.messages.filter((m) => m.message.includes(rc));
      expect(shown).toHaveLength(2);
      expect(shown[0]?.type).toBe(MessageType.Error);
      expect(shown[0]?.message).toMatch(/invalid JSON/);
      expect(shown[1]?.message).toContain('"rules.blame-for-silence"');

      // Fixed: applies again.
      writeFileSync(rc, JSON.stringify({ root: true }));
      before = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
      p = await client.waitForPublish(u, () => true, before);
      expect(codes(p.diagnostics)).toEqual(expect.arrayContaining(['needless-apology', 'blame-for-silence']));

      // Deleted: discovery goes on upward (nothing there applies).
      rmSync(rc);
      before = client.publishes.length;
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 3 }] });
      p = await client.waitForPublish(u, () => true, before);
      expect(codes(p.diagnostics)).toContain('needless-apology');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });

  it('skips a config file that was never valid, after saying so', async () => {
    const rc = write('never/.tactfulrc.yaml', 'root: true\nrules:\n  needless-apology: [\n');
    const client = await TestClient.start();
    try {
      const u = fileUri(path.join(dir, 'never/a.md'));
      await client.open(u, FOLLOW_UP);
      expect(codes(await client.diagnostics(u))).toContain('needless-apology');
      const shown = await client.waitFor(() => client.messages.find((m) => m.message.includes(rc)));
      expect(shown.message).toMatch(/invalid YAML at line \d+, column \d+/);
      expect(shown.message).toContain('ignores it until it is fixed');
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});
