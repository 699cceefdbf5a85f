import { copyFileSync, readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: they would double its size and point at
    // sources it does not ship.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    // The JSON Schemas of toJSON's and seriesToJSON's output ship beside the code
    // (exports "./schema.json" and "./series-schema.json").
    onSuccess: async () => {
      copyFileSync('src/report/schema.json', 'dist/communique-diff.schema.json');
      copyFileSync('src/report/series/schema.json', 'dist/communique-diff.series.schema.json');
    },
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    // The CLI is the one part that uses Node's APIs; the library build excludes it.
    tsconfig: 'tsconfig.json',
    define: { __VERSION__: JSON.stringify(version) },
    // The CLI imports the library's public entry (src/index.ts) as '../index.js';
    // at run time that is dist/index.js beside dist/cli.js, not a bundled copy.
    esbuildPlugins: [
      {
        name: 'library-entry-external',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
        },
      },
    ],
  },
]);
