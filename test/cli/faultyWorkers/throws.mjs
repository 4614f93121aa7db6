import { serve } from './serve.mjs';
serve(() => {
  throw new TypeError('Cannot read properties of undefined (reading "rate")');
});
