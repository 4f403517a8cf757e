// Scenario 1: the guardian dashboard query against Aula, the Node peer and the floor, at fixed concurrency.
// First checks that all three answer the same `data` (same rules, same shape), then runs each target for
// BENCH_SECONDS, BENCH_REPEATS times, interleaved, so the ratios compare runs of the same minutes.
import autocannon from 'autocannon';
import { dashboardQuery, env, figure, graphql, log, repeats, save } from './lib.mjs';

const targets = { aula: env('AULA_URL'), node: env('PEER_GRAPHQL_URL'), floor: env('FLOOR_URL') };
const seconds = Number(env('BENCH_SECONDS', '10'));
const connections = Number(env('BENCH_CONNECTIONS', '32'));
const bearer = env('TOKEN_METTE');

const answers = Object.fromEntries(await Promise.all(Object.entries(targets)
  .map(async ([name, url]) => [name, await graphql(`${url}/graphql`, bearer, dashboardQuery)])));
const reference = JSON.stringify(answers.aula.data);
for (const [name, answer] of Object.entries(answers)) {
  if (JSON.stringify(answer.data) !== reference || answer.errors) {
    console.error(`dashboard: ${name} answers differently from Aula:\n${JSON.stringify(answer).slice(0, 2000)}\naula:\n${reference.slice(0, 2000)}`);
    process.exit(1);
  }
}
const shape = { children: answers.aula.data.children.nodes.length, threads: answers.aula.data.threads.nodes.length };
log(`all three answer the same data (${shape.children} children, ${shape.threads} threads)`);

const load = (url, duration) => autocannon({
  url: `${url}/graphql`, method: 'POST', connections, duration,
  headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
  body: JSON.stringify({ query: dashboardQuery }),
});
const runs = Object.fromEntries(Object.keys(targets).map((name) => [name, []]));
for (const url of Object.values(targets)) await load(url, 10); // warm-up: tiered JIT and PGO, caches, pools
for (let r = 0; r < repeats; r++) {
  for (const [name, url] of Object.entries(targets)) {
    const result = await load(url, seconds);
    const failed = result.non2xx + result.errors + result.timeouts;
    runs[name].push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed,
      percentiles: Object.fromEntries(Object.entries(result.latency).filter(([k]) => /^p[\d_]+$/.test(k))) });
    log(`${name} run ${r + 1}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, failed ${failed}`);
  }
}
save('dashboard', {
  connections, seconds, repeats, shape,
  targets: Object.fromEntries(Object.entries(runs).map(([name, rs]) => [name, {
    rps: figure(rs.map((x) => x.rps)), p50: figure(rs.map((x) => x.p50)), p99: figure(rs.map((x) => x.p99)),
    failed: rs.reduce((s, x) => s + x.failed, 0), percentiles: rs.map((x) => x.percentiles),
  }])),
  // Per run: the ratio of Aula to each other target within that run.
  ratios: Object.fromEntries(['node', 'floor'].map((other) => [other, {
    rps: figure(runs.aula.map((a, i) => a.rps / runs[other][i].rps)),
    p99: figure(runs.aula.map((a, i) => a.p99 / runs[other][i].p99)),
  }])),
});
