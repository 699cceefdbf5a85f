/**
 * The house rules that a grep can check: each folder imports only from
 * folders below it in the pipeline; engine code never names a language (it
 * reads packs); only the entry points and the registry import the packs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../src/index.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

// Lowest first: a folder may import from its own rank and below.
const RANKS: Record<string, number> = {
  util: 0, 'params.ts': 0, 'public-types.ts': 2, languages: 1, types: 2, tokenize: 3, normalize: 4, segment: 5, match: 6, align: 7,
  diff: 8, commitments: 9, series: 10, report: 11, pipeline: 12, 'index.ts': 13, 'core.ts': 13, import: 13, app: 14, cli: 15,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const top = (file: string): string => relative(SRC, file).split('/')[0] as string;
const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)(?:[^'"]*from)?\s*'(\.[^']+)'/gm)].map((m) => resolve(dirname(file), (m[1] as string).replace(/\.js$/, '.ts')));
// Code without comments, for the checks that look at code only.
const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe('the house', () => {
  const all = files(SRC);

  it('knows the rank of every folder of src/', () => {
    for (const f of all) expect(RANKS[top(f)], relative(SRC, f)).toBeTypeOf('number');
  });

  it('has no folder importing from a folder above it', () => {
    const wrong: string[] = [];
    for (const f of all) {
      for (const target of imports(f)) {
        if ((RANKS[top(target)] as number) > (RANKS[top(f)] as number)) wrong.push(`${relative(SRC, f)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('imports the packs only in the main entry and the registry; engine code reads only the pack interface', () => {
    const packFolders = new Set(LANGUAGE_PACKS.map((p) => join(SRC, 'languages', p.code)));
    const wrong: string[] = [];
    for (const f of all) {
      if (top(f) === 'languages') continue;
      for (const target of imports(f)) {
        const inPack = [...packFolders].some((d) => target.startsWith(`${d}/`));
        const isRegistry = target === join(SRC, 'languages', 'registry.ts');
        if ((inPack || isRegistry) && relative(SRC, f) !== 'index.ts') wrong.push(`${relative(SRC, f)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never compares a language code with a literal outside src/languages/', () => {
    const codes = [...LANGUAGE_PACKS.map((p) => p.code), 'fr', 'tr', 'fa', 'und'].join('|');
    const literal = `['"\`](?:${codes})['"\`]`;
    const compare = new RegExp(`(?:[!=]==?\\s*${literal}|${literal}\\s*[!=]==?|case\\s+${literal}|\\.(?:includes|indexOf|has)\\(${literal}\\)|\\blang\\w*\\s*[!=]==?\\s*['"\`])`);
    const wrong = all.filter((f) => top(f) !== 'languages' && compare.test(code(f))).map((f) => relative(SRC, f));
    expect(wrong).toEqual([]);
  });
});
