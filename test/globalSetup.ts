/**
 * Before any test: the CLI the tests spawn (bin/netloom.mjs → dist/js) is built from the sources
 * being tested, once, instead of by the first of many test processes that find it stale at once.
 */
import { buildJs, jsStale } from '../scripts/build-dist.mjs';

export default async function setup(): Promise<void> {
  if (jsStale()) await buildJs();
}
