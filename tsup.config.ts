import { copyFileSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    // The JSON Schema of toJSON's output ships beside the code (exports "./schema.json").
    onSuccess: async () => copyFileSync('src/report/schema.json', 'dist/communique-diff.schema.json'),
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    // The CLI is the one part that uses Node's APIs; the library build excludes it.
    tsconfig: 'tsconfig.json',
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
