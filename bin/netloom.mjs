#!/usr/bin/env node
// NetLoom's command line: runs the CLI built into dist/js/ (at `npm install` or `npm pack`, by the
// package's `prepare`). In a git checkout it first rebuilds the bundles when a source is newer
// (a stat of each source, a few ms), so a developer, the tests and the benchmarks never run a
// stale CLI; an installed package has no .git and starts at once.
import { existsSync } from 'node:fs';

const git = existsSync(new URL('../.git', import.meta.url));
try {
  if (git) {
    const { buildJs, jsStale } = await import('../scripts/build-dist.mjs');
    if (jsStale()) await buildJs();
  }
  const cli = new URL('../dist/js/cli.mjs', import.meta.url);
  if (!existsSync(cli)) {
    console.error('netloom: the command line is not built (dist/js/cli.mjs is missing): run `npm run build` in the package folder.');
    process.exitCode = 2;
  } else {
    const { main } = await import(cli.href);
    process.exitCode = await main(process.argv.slice(2));
  }
} catch (e) {
  // main() reports every error it can name; anything reaching here is a fault of NetLoom itself
  console.error(
    `netloom: internal error: ${String(e?.message ?? e).split('\n')[0]}. Please report it with the command line (NETLOOM_DEBUG=1 prints the stack).`,
  );
  if (process.env.NETLOOM_DEBUG) console.error(e?.stack);
  process.exitCode = 3;
}
