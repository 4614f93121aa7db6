import { serve } from './serve.mjs';
serve(() => {
  const e = new Error('1,048,576 packets in flight would need 51 MiB of memory, more than the limit of 32 MiB');
  e.name = 'ResourceLimitError';
  throw e;
});
