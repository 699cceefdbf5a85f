import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { transformSync, type Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// One entry per language pack: every folder of src/languages/ with an index.ts
// (package.json exports them all as "./languages/*").
const packs = Object.fromEntries(
  readdirSync('src/languages', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/languages/${d.name}/index.ts`))
    .map((d) => [`languages/${d.name}`, `src/languages/${d.name}/index.ts`]),
);

// The reports' stylesheets are written readable in the sources (template
// literals named *STYLES); the package ships them minified by esbuild's CSS
// minifier, which saves about 0.4 KB of the library's gzipped size.
const minifyInlineStyles: Plugin = {
  name: 'minify-inline-styles',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]report[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const contents = source.replace(/(STYLES = `)([^`$]*)(`)/g, (_, open: string, css: string, close: string) => {
        const min = transformSync(css, { loader: 'css', minify: true, charset: 'utf8' }).code.trim();
        if (min.includes('`') || min.includes('${')) throw new Error(`${args.path}: minified CSS would break its template literal`);
        return `${open}${min}${close}`;
      });
      return { contents, loader: 'ts' };
    });
  },
};

export default defineConfig([
  {
    // The main entry (every pack), the core (no pack) and one entry per pack:
    // a bundle that imports core and one pack carries only that pack. ESM
    // shares the engine between entries in chunks; CJS gives each entry its own copy.
    entry: {
      index: 'src/index.ts',
      core: 'src/core.ts',
      // Documents into text (communique-diff/import): the core never imports it.
      import: 'src/import/index.ts',
      ...packs,
    },
    format: ['esm', 'cjs'],
    dts: true,
    // No source maps in the package: they would double its size and point at
    // sources it does not ship.
    sourcemap: false,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    tsconfig: 'tsconfig.build.json',
    esbuildPlugins: [minifyInlineStyles],
    // Arabic and Cyrillic (the lexicons, the label and ordinal patterns) as
    // UTF-8, not as \uXXXX escapes (six bytes a letter): module scripts are
    // always decoded as UTF-8 (HTML Standard, "fetch a single module script"),
    // and Node reads both module kinds as UTF-8.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
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
          // …and the importers' entry (communique-diff/import) as dist/import.js.
          build.onResolve({ filter: /^\.\.\/import\/index\.js$/ }, () => ({ path: './import.js', external: true }));
        },
      },
    ],
  },
  {
    // The offline page's script (`communique-diff app`): the library and the
    // page's code in one classic browser script, dist/app-client.js, which the
    // CLI inlines into the page (src/app/write.ts hashes it for the page's CSP).
    entry: { 'app-client': 'src/app/client.ts' },
    format: ['iife'],
    // tsup names IIFE bundles *.global.js by default.
    outExtension: () => ({ js: '.js' }),
    sourcemap: false,
    minify: true,
    target: 'es2022',
    platform: 'browser',
    tsconfig: 'tsconfig.json',
    esbuildPlugins: [minifyInlineStyles],
    // The page is UTF-8 (<meta charset>), so the inline script is too.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
]);
