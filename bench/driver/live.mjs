// Scenarios 3-5 on Aula's hub and the Socket.IO peer, each stack as two nodes on one Redis and one SQLite file.
// 3. latency: lars sends BENCH_MESSAGES at BENCH_RATE a second; send-to-delivered at mette on the same node and on
//    the other node; the floor is a raw Redis PUBLISH -> SUBSCRIBE hop at the same rate.
// 4. fan-out: 1,000 connections of mette on node 1, one message, time until the last one has it.
// 5. connections: 5,000 idle connections on node 1; the node's resident memory before and after, per connection.
import { createClient } from 'redis';
import { aula, many, peer } from './clients.mjs';
import { env, figure, graphql, log, percentile, repeats, rss, save, sleep } from './lib.mjs';

const rate = Number(env('BENCH_RATE', '50'));
const messages = Number(env('BENCH_MESSAGES', '200'));
const fanout = Number(env('BENCH_FANOUT', '1000'));
const idle = Number(env('BENCH_IDLE', '5000'));
const lars = env('TOKEN_LARS');
const mette = env('TOKEN_METTE');
const stacks = {
  aula: { connect: aula, nodes: [env('AULA_URL'), env('AULA2_URL')], pid: Number(env('AULA_PID')) },
  peer: { connect: peer, nodes: [env('PEER_SIO_URL'), env('PEER_SIO2_URL')], pid: Number(env('PEER_SIO_PID')) },
};
const thread = (await graphql(`${stacks.aula.nodes[0]}/graphql`, mette, '{ threads(first: 1) { nodes { id } } }')).data.threads.nodes[0].id;
const run = Date.now().toString(36);
let counter = 0;
let lost = 0;

/// Sends `count` messages at `rate`; resolves with each one's send-to-delivered time once `receivers` all have it,
/// and how many were still missing after 30 s (pushes are doorbells: a lost one is counted, not fatal).
async function timed(send, receivers, count) {
  const pending = new Map();
  const latencies = [];
  for (const r of receivers) {
    r.onMessage((body) => {
      const entry = pending.get(body);
      if (entry && --entry.left === 0) { latencies.push(performance.now() - entry.start); pending.delete(body); entry.done(); }
    });
  }
  const deliveries = [];
  for (let i = 0; i < count; i++) {
    const body = `bench-${run}-${++counter}`;
    deliveries.push(new Promise((done) => pending.set(body, { start: performance.now(), left: receivers.length, done })));
    send(body).catch((e) => { console.error(e.message); process.exit(1); });
    await sleep(1000 / rate);
  }
  await Promise.race([Promise.all(deliveries), sleep(30_000)]);
  lost += pending.size;
  return latencies;
}

const summary = (runs) => ({
  p50: figure(runs.map((xs) => percentile(xs, 50))), p99: figure(runs.map((xs) => percentile(xs, 99))), samples: runs.flat(),
});

async function latency(name, connect, senderNode, receiverNode) {
  lost = 0;
  const sender = await connect(senderNode, lars);
  const runs = [];
  for (let r = 0; r < repeats; r++) {
    const receiver = await connect(receiverNode, mette);
    await sleep(1000); // a hub joins the thread's groups after the handshake: let both stacks settle alike
    runs.push(await timed((body) => sender.send(thread, body, body), [receiver], messages));
    await receiver.close();
    log(`${name}: p50 ${percentile(runs.at(-1), 50).toFixed(2)} ms, p99 ${percentile(runs.at(-1), 99).toFixed(2)} ms`);
  }
  await sender.close();
  return { ...summary(runs), lost };
}

async function redisFloor() {
  const publisher = createClient({ url: env('REDIS_URL') });
  const subscriber = publisher.duplicate();
  await Promise.all([publisher.connect(), subscriber.connect()]);
  const receiver = { onMessage: (callback) => subscriber.subscribe(`bench:${run}`, callback) };
  const runs = [];
  for (let r = 0; r < repeats; r++) {
    runs.push(await timed((body) => publisher.publish(`bench:${run}`, body), [receiver], messages));
    log(`redis: p50 ${percentile(runs.at(-1), 50).toFixed(2)} ms, p99 ${percentile(runs.at(-1), 99).toFixed(2)} ms`);
  }
  await Promise.all([publisher.quit(), subscriber.quit()]);
  return summary(runs);
}

const result = { rate, messages, fanout, idle, latency: {}, fanoutMs: {}, memory: {} };
for (const [name, s] of Object.entries(stacks)) {
  result.latency[`${name} same node`] = await latency(`${name} same node`, s.connect, s.nodes[0], s.nodes[0]);
  result.latency[`${name} across nodes`] = await latency(`${name} across nodes`, s.connect, s.nodes[0], s.nodes[1]);
}
result.latency['redis pub/sub'] = await redisFloor();

for (const [name, s] of Object.entries(stacks)) {
  const receivers = await many(s.connect, s.nodes[0], mette, fanout);
  const sender = await s.connect(s.nodes[0], lars);
  await sleep(2000);
  const times = [];
  for (let r = 0; r < repeats; r++) {
    times.push(...await timed((body) => sender.send(thread, body, body), receivers, 1));
    log(`${name} fan-out to ${fanout}: last delivery after ${times.at(-1).toFixed(1)} ms`);
    await sleep(500);
  }
  result.fanoutMs[name] = figure(times);
  await Promise.all([sender, ...receivers].map((c) => c.close()));
}

for (const [name, s] of Object.entries(stacks)) {
  await sleep(3000);
  const before = rss(s.pid);
  const started = performance.now();
  const clients = await many(s.connect, s.nodes[0], mette, idle);
  const connectSeconds = (performance.now() - started) / 1000;
  await sleep(5000);
  const after = rss(s.pid);
  result.memory[name] = { before, after, perConnection: (after - before) / idle, connectSeconds };
  log(`${name}: ${idle} idle connections in ${connectSeconds.toFixed(1)} s, ${((after - before) / idle / 1024).toFixed(1)} KiB each`);
  await Promise.all(clients.map((c) => c.close()));
}
save('live', result);
process.exit(0);
