/** The CLI compares a text with its translation: detected, or with `--lang old=…,new=…`. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'cd-cli-lang-'));
const file = (name: string, content: string): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const EN = file('round20-en.txt', '1. The parties reaffirmed their commitment to the sovereignty and territorial integrity of Syria.\n\n2. They condemned all terrorist attacks in Idlib.\n');
const AR = file('round20-ar.txt', '١. أكدت الأطراف التزامها بسيادة سوريا ووحدة أراضيها.\n\n٢. أعربت عن قلقها إزاء الهجمات الإرهابية في إدلب.\n');

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdin: (async function* () {})(), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), version: '9.9.9' });
  return { code, stdout, stderr };
}

describe('the CLI across languages', () => {
  it('compares an English text with its Arabic version, languages detected, and reports the weaker act', async () => {
    const r = await run([EN, AR, '--format', 'json']);
    expect(r.stderr).toBe('');
    const diff = JSON.parse(r.stdout) as { crossLanguage?: boolean; commitments: Array<{ kind: string }> };
    expect(diff.crossLanguage).toBe(true);
    expect(diff.commitments.map((c) => c.kind)).toContain('softened');
    expect(r.code).toBe(1);
  });

  it('takes each side’s language from --lang old=…,new=…, over detection', async () => {
    const r = await run([EN, AR, '--format', 'json', '--lang', 'old=en,new=fa']);
    const diff = JSON.parse(r.stdout) as { old: { lang: string }; new: { lang: string } };
    expect([diff.old.lang, diff.new.lang]).toEqual(['en', 'fa']);
  });

  it('refuses a malformed --lang with one line and exit 2', async () => {
    for (const bad of ['old=en,new=xx', 'old=en,old=ar', 'left=en', 'old=en=fr,new=ar']) {
      const r = await run([EN, AR, '--lang', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^communique-diff: --lang old=LANG,new=LANG: each of old and new once/);
    }
    expect((await run(['series', EN, AR, '--lang', 'old=en,new=ar'])).stderr).toMatch(/--lang old=…,new=… is for a pair/);
  });
});
