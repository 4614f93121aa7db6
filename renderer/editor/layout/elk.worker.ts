/** ELK's own worker (elkjs's dispatcher answers the layout requests of elk-api in appLayouter.ts). */
import 'elkjs/lib/elk-worker.min.js';
