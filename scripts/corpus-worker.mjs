// One worker of `npm run corpus`: checks the files it is sent, one at a time, and answers with the
// time, the findings per rule, any crash, and how many network connections were attempted (there
// must be none: a bid is checked offline).
import net from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

let connections = 0;
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function counted(...args) {
  connections++;
  return connect.apply(this, args);
};

const { check } = await import(workerData.entry);

parentPort.on('message', async ({ file, asOf, errors }) => {
  const before = connections;
  const started = performance.now();
  const result = { file, perRule: {}, crashed: undefined, errors: [] };
  try {
    const report = await check({ paths: [file], asOf });
    for (const f of report.findings) result.perRule[f.ruleId] = (result.perRule[f.ruleId] ?? 0) + 1;
    if (errors) result.errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.location.file}:${f.location.range?.start.line ?? '-'} ${f.ruleId}: ${f.message.en}`);
    const crashes = report.findings.filter((f) => f.ruleId === 'rule-error');
    if (crashes.length > 0) result.crashed = crashes.map((e) => e.message.en).join('; ');
  } catch (error) {
    result.crashed = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  parentPort.postMessage({ ...result, ms: performance.now() - started, connections: connections - before });
});
