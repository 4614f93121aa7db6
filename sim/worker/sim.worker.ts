/** Web Worker host of the SimApi (the app): the only place in sim/ that touches postMessage. */
import { expose } from 'comlink';
import { createSimApi } from '../api/createSimApi.ts';

expose(createSimApi());
