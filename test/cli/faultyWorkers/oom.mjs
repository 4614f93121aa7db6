import { serve } from './serve.mjs';
serve(() => {
  const held = [];
  for (;;) held.push(new Array(1 << 16).fill({ x: 1 }));
});
