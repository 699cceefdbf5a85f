#!/usr/bin/env node
/** The `communique-diff` executable. */
import { main } from './main.js';

declare const __VERSION__: string;

const code = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
  version: __VERSION__,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
});
process.exitCode = code;
