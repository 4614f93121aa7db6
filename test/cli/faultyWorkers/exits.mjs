import { serve } from './serve.mjs';
serve(() => process.exit(7));
