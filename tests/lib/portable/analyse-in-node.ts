// Run by plain Node (through tsx, no test environment, no DOM shim): analyses one transcript file with the
// engine and prints what it found, so the test can compare it with the same analysis run under vitest.
import { readFileSync } from 'node:fs';
import { summarise } from './summary.ts';

const path = process.argv[2];
if (!path) throw new Error('usage: analyse-in-node.ts <transcript.json>');
const globals = { document: typeof globalThis.document, window: typeof globalThis.window };
console.log(JSON.stringify({ globals, result: summarise(JSON.parse(readFileSync(path, 'utf8'))) }));
