/**
 * The published package, as users get it: `npm pack` (which builds), then the
 * tarball installed into fresh projects — an ES module project and a
 * CommonJS one — where it is imported, required, type-checked with
 * `moduleResolution` `node16` and `bundler`, run with npx, used by the
 * example scripts, and bundled with esbuild for a page loaded in headless
 * Chromium.
 *
 * Slow (about 20 s: it builds, packs and installs twice), and kept in
 * `npm test` because it is what users get; `npm run test:quick` leaves it
 * out while working (see README, "Development").
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../../bench/eval/pdf-maker.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../support/fixtures.js';
import { seedNextRound } from '../support/rounds.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'cd-consumer-'));
const esm = join(work, 'esm-project');
const cjs = join(work, 'cjs-project');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
if (!chromiumAvailable && process.env.CI) throw new Error(`chromium not found at ${CHROMIUM}: .ci/run must install it`);
let packed: { files: Array<{ path: string }>; version: string };

const write = (dir: string, files: Record<string, string>): void => {
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
};
const node = (dir: string, ...args: string[]) => spawnSync('node', args, { cwd: dir, encoding: 'utf8' });
const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'communique-diff', ...args], { cwd: esm, encoding: 'utf8' });

beforeAll(() => {
  // Build first (as prepack would), so the pack's standard output is only its JSON.
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
  const json = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  packed = (JSON.parse(json) as Array<typeof packed>)[0] as typeof packed;
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) as string);
  for (const [dir, type] of [
    [esm, 'module'],
    [cjs, 'commonjs'],
  ] as const) {
    mkdirSync(dir, { recursive: true });
    write(dir, { 'package.json': JSON.stringify({ name: `consumer-${type}`, private: true, type }), 'round20.txt': SEED, 'round21.txt': seedNextRound() });
    execFileSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--silent'], { cwd: dir, stdio: 'pipe' });
  }
}, 240_000);

describe('[slow] the packed tarball', () => {
  it('holds only what users need: the build, its types, the schema, README, LICENSE, CHANGELOG', () => {
    const paths = packed.files.map((f) => f.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli.js', 'dist/communique-diff.schema.json', 'dist/communique-diff.series.schema.json', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.ts', 'dist/index.js', 'dist/core.js', 'dist/core.cjs', 'dist/core.d.ts', 'dist/import.js', 'dist/import.cjs', 'dist/import.d.ts', 'dist/languages/ar.js', 'dist/languages/ar.cjs', 'dist/languages/ar.d.ts', 'package.json']),
    );
    for (const p of paths) expect(p, p).toMatch(/^(dist\/(?:languages\/)?[\w.-]+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/);
  });
});

describe('[slow] installed into an ES module project and a CommonJS project', () => {
  it('imports as ESM and requires as CommonJS, with the same results', () => {
    const code = (load: string) => `${load}
const fs = require_fs();
const a = fs.readFileSync('round20.txt', 'utf8'), b = fs.readFileSync('round21.txt', 'utf8');
const diff = lib.diffCommuniques(a, b);
const series = lib.diffSeries([a, b, a]);
console.log(JSON.stringify({ commitments: diff.commitments.filter((c) => c.kind !== 'unchanged').map((c) => c.kind).sort(), lineages: series.lineages.length, schema: lib.SCHEMA_VERSION }));`;
    write(esm, { 'use.mjs': code("import * as lib from 'communique-diff';\nimport * as fsMod from 'node:fs';\nconst require_fs = () => fsMod;") });
    write(cjs, { 'use.cjs': code("const lib = require('communique-diff');\nconst require_fs = () => require('node:fs');") });
    const fromEsm = node(esm, 'use.mjs');
    const fromCjs = node(cjs, 'use.cjs');
    expect(fromEsm.stderr).toBe('');
    expect(fromCjs.stderr).toBe('');
    const result = JSON.parse(fromEsm.stdout) as { commitments: string[]; schema: number };
    // The core with one pack gives what the main entry gives for a text of that language.
    const core = (load: string) => `${load}
const fs = require_fs();
const a = fs.readFileSync('round20.txt', 'utf8'), b = fs.readFileSync('round21.txt', 'utf8');
const diff = core.diffCommuniques(a, b, { languages: [pack.ar] });
const series = core.diffSeries([a, b, a], { languages: [pack.ar] });
console.log(JSON.stringify({ commitments: diff.commitments.filter((c) => c.kind !== 'unchanged').map((c) => c.kind).sort(), lineages: series.lineages.length, schema: core.SCHEMA_VERSION }));`;
    write(esm, { 'core.mjs': core("import * as core from 'communique-diff/core';\nimport * as pack from 'communique-diff/languages/ar';\nimport * as fsMod from 'node:fs';\nconst require_fs = () => fsMod;") });
    write(cjs, { 'core.cjs': core("const core = require('communique-diff/core');\nconst pack = require('communique-diff/languages/ar');\nconst require_fs = () => require('node:fs');") });
    expect(node(esm, 'core.mjs').stdout).toBe(fromEsm.stdout);
    expect(node(cjs, 'core.cjs').stdout).toBe(fromEsm.stdout);
    expect(result.commitments).toEqual(expect.arrayContaining(['added', 'softened', 'strengthened']));
    expect(result.schema).toBe(2);
    expect(fromCjs.stdout).toBe(fromEsm.stdout);
    // The JSON Schemas are reachable through their subpath exports.
    const title = (path: string) => node(esm, '--input-type=module', '-e', `import s from '${path}' with { type: 'json' }; console.log(s.title)`).stdout.trim();
    expect(title('communique-diff/schema.json')).toBe('communique-diff report');
    expect(title('communique-diff/series-schema.json')).toBe('communique-diff series report');
    // The importers' entry, both ways: a UTF-16 file reads as the text.
    const decoded = (run: string[]) => node(...(run as [string, ...string[]])).stdout.trim();
    const utf16 = "Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Reaffirmed', 'utf16le')])";
    expect(decoded([esm, '--input-type=module', '-e', `import { decodeText } from 'communique-diff/import'; console.log(decodeText(${utf16}).text)`])).toBe('Reaffirmed');
    expect(decoded([cjs, '-e', `console.log(require('communique-diff/import').decodeText(${utf16}).encoding)`])).toBe('utf-16le');
    // Thirteen node processes.
  }, 60_000);

  const typed = `import { diffCommuniques, diffSeries, renderHtml, type CommuniqueDiff, type ParagraphChangeKind, type Series } from 'communique-diff';
const diff: CommuniqueDiff = diffCommuniques('Reaffirmed their commitment.', 'Reaffirmed their strong commitment.');
const kind: ParagraphChangeKind | undefined = diff.alignment[0]?.kind;
const series: Series = diffSeries(['a', { label: 'b', text: 'b' }]);
const html: string = renderHtml(diff, { view: 'inline' });
// @ts-expect-error: the types are real, not any — a number is not a text
diffCommuniques(1, 2);
// @ts-expect-error: 'tabs' is not a view
renderHtml(diff, { view: 'tabs' });
export const used = [kind, series.labels, html];
`;
  it.each([
    ['node16', 'esm', { module: 'node16', moduleResolution: 'node16' }, 'check.mts'],
    ['node16', 'cjs', { module: 'node16', moduleResolution: 'node16' }, 'check.cts'],
    ['bundler', 'esm', { module: 'esnext', moduleResolution: 'bundler' }, 'check.ts'],
  ] as const)('type-checks with moduleResolution %s in the %s project', (resolution, which, options, file) => {
    const dir = which === 'esm' ? esm : cjs;
    const config = `tsconfig.${resolution}.json`;
    write(dir, { [file]: typed, [config]: JSON.stringify({ compilerOptions: { ...options, strict: true, noEmit: true, target: 'es2022', lib: ['es2022'], types: [], skipLibCheck: false }, files: [file] }) });
    const r = spawnSync('node', [tsc, '-p', config], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('runs with npx: reports changes with exit code 1, the same text with 0, a missing file with 2', () => {
    const r = npx('round20.txt', 'round21.txt', '--format', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { summary: { substantive: boolean } }).summary.substantive).toBe(true);
    expect(npx('round20.txt', 'round20.txt').status).toBe(0);
    const missing = npx('nope.txt', 'round21.txt');
    expect([missing.status, missing.stdout, missing.stderr]).toEqual([2, '', 'communique-diff: nope.txt: no such file\n']);
    expect(npx('--version').stdout).toBe(`${packed.version}\n`);
    const series = npx('series', 'round20.txt', 'round21.txt', 'round20.txt', '--format', 'html', '--out', 'series.html');
    expect([series.status, series.stderr]).toEqual([1, '']);
    expect(readFileSync(join(esm, 'series.html'), 'utf8')).toContain('Commitments across rounds');
    // Six npx processes: about 4 s on an idle machine, more on a busy one.
  }, 60_000);

  it('runs the example scripts as a user would copy them', () => {
    mkdirSync(join(esm, 'rounds'), { recursive: true });
    for (const r of ['a', 'b', 'c']) cpSync(join(root, `examples/rounds/en-round-${r}.txt`), join(esm, 'rounds', `round-${{ a: 9, b: 10, c: 11 }[r]}.txt`));
    for (const f of ['diff-to-html.mjs', 'series-timeline.mjs', 'batch-folder.mjs']) cpSync(join(root, 'examples', f), join(esm, f));

    const pair = node(esm, 'diff-to-html.mjs', 'rounds/round-9.txt', 'rounds/round-10.txt', 'pair.html');
    expect(pair.stderr).toBe('');
    expect(pair.stdout).toMatch(/^softened +reaffirm /m);
    expect(readFileSync(join(esm, 'pair.html'), 'utf8')).toContain('<!doctype html>');

    const series = node(esm, 'series-timeline.mjs', 'rounds/round-9.txt', 'rounds/round-10.txt', 'rounds/round-11.txt', '--out', 'timeline.html');
    expect(series.stderr).toBe('');
    expect(series.stdout).toContain('round-10: softened');
    expect(readFileSync(join(esm, 'timeline.html'), 'utf8')).toContain('<svg ');

    const batch = node(esm, 'batch-folder.mjs', 'rounds', 'out');
    expect(batch.stderr).toBe('');
    expect(batch.stdout.split('\n').slice(0, 2).map((l) => l.split(':')[0])).toEqual(['round-9--round-10', 'round-10--round-11']);
    expect(readdirSync(join(esm, 'out')).sort()).toEqual(['round-10--round-11.html', 'round-10--round-11.json', 'round-9--round-10.html', 'round-9--round-10.json']);
  });

  it.skipIf(!chromiumAvailable)('bundles for the browser with esbuild, and the example page diffs the seed in headless Chromium', async () => {
    const page = join(esm, 'browser');
    cpSync(join(root, 'examples/browser'), page, { recursive: true });
    // The library must not need Node: a browser build with no Node built-ins succeeds.
    await build({ entryPoints: [join(page, 'main.js')], bundle: true, format: 'esm', platform: 'browser', outfile: join(page, 'bundle.js'), absWorkingDir: esm, logLevel: 'silent' });
    const browser = await launchChromium(['--allow-file-access-from-files']);
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(pathToFileURL(join(page, 'index.html')).href);
      await tab.fill('textarea[name="old"]', SEED);
      await tab.fill('textarea[name="new"]', seedNextRound());
      await tab.click('button[type="submit"]');
      await tab.waitForFunction(() => (document.querySelector('#summary')?.textContent ?? '') !== '');
      expect(errors).toEqual([]);
      const summary = (await tab.textContent('#summary')) as string;
      expect(summary).toMatch(/softened express-concern/);
      expect(summary).toMatch(/strengthened commit/);
      const report = tab.frameLocator('#report');
      expect(await report.locator('h1').textContent()).toBe('Communiqué change report');
      expect(await report.locator('.inline[lang="ar"]').first().evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
