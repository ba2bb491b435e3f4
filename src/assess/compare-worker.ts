/** One worker thread of `compare`: checks the bids it is sent, one at a time, and answers with each report. */
import { parentPort } from 'node:worker_threads';
import { checkOne, type CompareJob } from './compare.js';

parentPort?.on('message', async (job: CompareJob) => {
  parentPort?.postMessage(await checkOne(job));
});
