#!/usr/bin/env node
// Starts the Satupintu permit service (built by `npm run build`): see docs/guides/operations.md for the settings.
import '../dist/cli.js';
