/**
 * The layout worker: ELK (its GWT-compiled engine, run in this worker's thread) and the in-place step, behind
 * comlink. elkjs's engine answers a worker's messages itself when it loads (`self.onmessage`); that is
 * undone, so only comlink answers.
 */
import { expose } from 'comlink';
import ELK from 'elkjs/lib/elk.bundled.js';
import { layoutEngine } from './layoutEngine.ts';

self.onmessage = null;
expose(layoutEngine(new ELK()));
