#!/usr/bin/env node
// Thin launcher: the CLI itself is compiled TypeScript in dist/ (built by `npm run build`).
import { main } from '../dist/cli/journeykit.js';

process.exitCode = await main(process.argv.slice(2));
