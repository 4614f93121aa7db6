/** worker_threads host of the SimApi (the CLI's pool). */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { createSimApi } from '../sim/api/index.ts';

if (!parentPort) throw new Error('simWorker must run in a worker thread');
expose(createSimApi(), nodeEndpoint(parentPort));
