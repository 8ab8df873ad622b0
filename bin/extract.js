#!/usr/bin/env node
// Thin launcher: all logic lives in dist/ (built by `npm install` through `prepare`).
import('../dist/cli/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write("extract: not built yet; run 'npm install' (or 'npm run build') first\n");
  } else {
    process.stderr.write(`extract: ${err && err.message ? err.message : err}\n`);
  }
  process.exitCode = 70;
});
