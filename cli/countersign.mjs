#!/usr/bin/env node
// The `countersign` command. It runs the TypeScript sources directly through
// tsx (a dev dependency), so it works in a checkout right after `npm install`
// with no build step: `npx countersign --help`.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('./main.ts');
process.exitCode = await run(process.argv.slice(2));
