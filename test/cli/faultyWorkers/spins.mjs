import { serve } from './serve.mjs';
serve(() => {
  for (;;); // a loop that never yields: no progress, no answer
});
