/**
 * The published package, as a user gets it: `npm pack` (which builds), install
 * the tarball into a new project, run `npx communique-diff` there.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cd-pack-'));
const project = join(work, 'project');

beforeAll(() => {
  execFileSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: root, stdio: 'pipe' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', join(work, tarball), '--no-audit', '--no-fund', '--silent'], { cwd: project, stdio: 'pipe' });
  writeFileSync(join(project, 'round20.txt'), SEED);
  writeFileSync(join(project, 'round21.txt'), seedNextRound());
}, 180_000);

const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'communique-diff', ...args], { cwd: project, encoding: 'utf8' });

describe('the packed package', () => {
  it('runs with npx and reports changes with exit code 1', () => {
    const r = npx('round20.txt', 'round21.txt', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { schemaVersion: number; summary: { substantive: boolean } };
    expect(json.schemaVersion).toBe(1);
    expect(json.summary.substantive).toBe(true);
  });

  it('exits 0 on the same text, and 2 with a message on a missing file', () => {
    const same = npx('round20.txt', 'round20.txt');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('No commitment was added, dropped, softened, strengthened or reworded.');
    const missing = npx('nope.txt', 'round21.txt');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('communique-diff: nope.txt: no such file\n');
  });

  it('prints its version', () => {
    const version = (JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: root, encoding: 'utf8' })) as { version: string }).version;
    expect(npx('--version').stdout).toBe(`${version}\n`);
  });
});
