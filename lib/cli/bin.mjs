#!/usr/bin/env node
// The `candor` bin: registers tsx so the TypeScript CLI runs without a build step, then hands over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./candor.ts');
process.exitCode = await main(process.argv.slice(2));
