/**
 * The code of README.md and docs/*.md (not docs/api/, which is generated), checked as a reader
 * would use it.
 *
 * Convention:
 * - Every ```ts and ```js block is type-checked with `strict: true` against the package's source
 *   (`communique-diff`, `communique-diff/core`, `communique-diff/import` and
 *   `communique-diff/languages/<code>` map to src/). A block is a module of its own: it imports what
 *   it uses. It may use, without declaring them, the names of the prelude (test/docs/prelude.ts:
 *   `round20`, `round21`, `round22`, `arRound20`, `arRound21`, the texts of examples/rounds/), and
 *   import `./eo/index.js`, the Esperanto pack of test/languages/toy/.
 * - A ```ts or ```js block followed by a ```text block (only blank lines between) is run, with tsx,
 *   in an empty temporary folder, and what it writes to standard output must be the text block,
 *   character for character (Unicode isolates included); it must exit 0 and write nothing to
 *   standard error. A block with no ```text block after it is only type-checked: show a value in a
 *   comment only when the block is not run, and then describe it rather than quote output.
 * - Shell blocks (```sh, ```bash) are not run, but every `npm run NAME` and `npm test` in the
 *   files must be a script of package.json, and every `--flag` shown in a shell block or in inline
 *   code must be an option of the command line's --help (src/cli/args.ts).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args.js';
import { codeBlocks, type CodeBlock } from './blocks.js';
import * as prelude from './prelude.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];
const BLOCKS = FILES.flatMap((f) => codeBlocks(f, readFileSync(join(ROOT, f), 'utf8')));
const CODE = BLOCKS.filter((b) => b.lang === 'ts' || b.lang === 'js');
const SHELL = BLOCKS.filter((b) => b.lang === 'sh' || b.lang === 'bash');
const RUN = CODE.filter((b) => b.output !== undefined);
const PRELUDE_NAMES = Object.keys(prelude);
const TSX = join(ROOT, 'node_modules/.bin/tsx');

const where = (b: CodeBlock): string => `${b.file}:${b.line}`;
const src = (p: string): string => join(ROOT, 'src', p);

/** The package's entries as they are imported, mapped to the source. */
const PATHS: Record<string, string[]> = {
  'communique-diff': [src('index.ts')],
  'communique-diff/core': [src('core.ts')],
  'communique-diff/import': [src('import/index.ts')],
  'communique-diff/languages/*': [src('languages/*/index.ts')],
  'docs-prelude': [join(ROOT, 'test/docs/prelude.ts')],
};

/** The names a block declares at its top level (imports, variables, functions, classes). */
function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  const bind = (n: ts.BindingName): void => {
    if (ts.isIdentifier(n)) names.add(n.text);
    else for (const e of n.elements) if (!ts.isOmittedExpression(e)) bind(e.name);
  };
  for (const s of ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022).statements) {
    if (ts.isVariableStatement(s)) for (const d of s.declarationList.declarations) bind(d.name);
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) names.add(s.name.text);
    else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) names.add(c.name.text);
      if (c.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.add(c.namedBindings.name.text);
      else if (c.namedBindings) for (const e of c.namedBindings.elements) names.add(e.name.text);
    }
  }
  return names;
}

/** A block as a module: one line importing the prelude names it uses (always one line, so that line numbers shift by one), then its code. */
function moduleOf(b: CodeBlock): string {
  const declared = declaredNames(b.code);
  const used = PRELUDE_NAMES.filter((n) => !declared.has(n) && new RegExp(`(?<![\\w$.])${n}(?![\\w$])`).test(b.code));
  return `${used.length ? `import { ${used.join(', ')} } from 'docs-prelude';` : ''}\n${b.code}export {};\n`;
}

let dir = '';
const fileOf = new Map<CodeBlock, string>();
const diagnostics = new Map<CodeBlock, string[]>();
const runs = new Map<CodeBlock, Promise<{ code: number | null; stdout: string; stderr: string }>>();

/** Run a block's file with tsx in a folder of its own, at most `limit` at a time. */
function runAll(limit: number): void {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = (): void => {
    if (active < limit) queue.shift()?.();
  };
  RUN.forEach((b, i) => {
    runs.set(
      b,
      new Promise((done) => {
        queue.push(() => {
          active++;
          const cwd = join(dir, `run-${i}`);
          mkdirSync(cwd);
          const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
          delete env.FORCE_COLOR;
          execFile(TSX, ['--tsconfig', join(dir, 'tsconfig.json'), fileOf.get(b)!], { cwd, env, timeout: 30_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
            active--;
            done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
            next();
          });
        });
      }),
    );
  });
  for (let k = 0; k < limit; k++) next();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'communique-diff-docs-'));
  // What the guides import besides the package: a pack of one's own (the toy Esperanto pack).
  mkdirSync(join(dir, 'eo'));
  writeFileSync(join(dir, 'eo/index.ts'), `export { eo } from ${JSON.stringify(join(ROOT, 'test/languages/toy/index.ts'))};\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, paths: PATHS } }),
  );
  CODE.forEach((b, i) => {
    const file = join(dir, `block-${i}.${b.lang === 'js' ? 'js' : 'ts'}`);
    writeFileSync(file, moduleOf(b));
    fileOf.set(b, file);
  });
  // Runs start now; the type-check below is done while they run.
  runAll(4);

  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: ['node'],
    typeRoots: [join(ROOT, 'node_modules/@types')],
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    paths: PATHS,
  };
  const program = ts.createProgram([...fileOf.values()], options);
  const blockOf = new Map([...fileOf].map(([b, f]) => [resolve(f), b]));
  for (const d of [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]) throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  for (const file of fileOf.values()) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file} not in the program`);
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      const b = blockOf.get(resolve(file))!;
      const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line - 1;
      const list = diagnostics.get(b) ?? [];
      list.push(`${b.file}:${b.line + line}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      diagnostics.set(b, list);
    }
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('code blocks of the README and the guides', () => {
  it('finds the blocks, and some are run', () => {
    expect(CODE.length).toBeGreaterThan(5);
    expect(RUN.length).toBeGreaterThan(2);
  });

  it.each(CODE.map((b) => [where(b), b] as const))('%s type-checks under strict', (_, b) => {
    expect(diagnostics.get(b) ?? []).toEqual([]);
  });

  it.each(RUN.map((b) => [where(b), b] as const))('%s prints the output shown after it', async (_, b) => {
    const { code, stdout, stderr } = await runs.get(b)!;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(b.output!.code);
  }, 60_000);
});

describe('shell commands of the README and the guides', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const texts = FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')] as const);

  it('names only npm scripts that package.json has', () => {
    const missing: string[] = [];
    let seen = 0;
    for (const [f, text] of texts) {
      for (const m of text.matchAll(/\bnpm (?:run(?:-script)? ([\w:.-]+)|(test|start))\b/g)) {
        seen++;
        const name = m[1] ?? m[2]!;
        if (!(name in scripts)) missing.push(`${f}: npm run ${name}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('shows only options that the command line has', () => {
    // The options of --help, long forms: "--format", "--only-substantive" …
    const known = new Set([...HELP.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => m[0]));
    const shown: Array<[string, string]> = [];
    for (const b of SHELL) for (const m of b.code.matchAll(/(?<![\w-])--[a-z][\w-]*/g)) shown.push([where(b), m[0]]);
    for (const [f, text] of texts) {
      // Inline code outside fenced blocks: `--format docx`, `--locale`.
      const prose = text.replace(/^( *)(`{3,}|~{3,})[\s\S]*?^\1\2[ \t]*$/gm, '');
      for (const span of prose.matchAll(/`([^`\n]+)`/g)) for (const m of span[1]!.matchAll(/(?<![\w-])--[a-z][\w-]*/g)) shown.push([f, m[0]]);
    }
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter(([, flag]) => !known.has(flag)).map(([at, flag]) => `${at}: ${flag}`)).toEqual([]);
  });
});
