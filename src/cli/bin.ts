#!/usr/bin/env node
/** The `communique-diff` executable. */
import { main } from './main.js';

declare const __VERSION__: string;

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: __VERSION__,
});
process.exitCode = code;
