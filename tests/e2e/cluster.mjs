// Two nodes, one PostgreSQL, one Redis (started by run-cluster.sh). Official clients only: @microsoft/signalr
// (WebSockets, skipNegotiation: no sticky sessions) and graphql-ws. Pushes are doorbells; the database is the truth:
// a client that may have missed pushes resumes from its last contiguous sequence with messages(afterSequence:).
//
// Scenarios (each prints `name: sent=N delivered=N lost=N duplicated=N`; exit 1 if lost or duplicated > 0):
//   cross-node    lars sends 20 over SignalR on node 1; mette's SignalR client and graphql-ws subscription on node 2
//                 must each get all 20 by push, in order, exactly once (no catch-up allowed).
//   redis-killed  lars sends 40 over HTTP sendMessage on node 1, one every 50 ms; redis-server is killed -9 after the
//                 10th and restarted on the same port ~1 s later. Mette (SignalR, node 2) catches up afterwards.
//   node-killed   lars sends 40 over HTTP on node 1; node 2 is killed -9 after the 10th while mette is connected to it;
//                 her client opens a new HubConnection to node 1, then catches up from its last contiguous sequence.
// delivered = distinct scenario messages that arrived by push; lost = sent but missing after catch-up;
// duplicated = the same message pushed twice to one client + messages stored more than once (idempotency broken).
// A push arriving after the catch-up already brought that sequence is the expected overlap of connect-then-resume:
// merged by sequence and shown as `merged`, not counted as a duplicate.
// A send that fails (error result, GraphQL error, HTTP/transport failure) is retried with the same clientMessageId.
//
// Environment (set by run-cluster.sh): AULA_NODE1, AULA_NODE2 (base URLs), AULA_REDIS_BIN, AULA_REDIS_PORT,
// AULA_REDIS_PID_FILE, AULA_REDIS_LOG, AULA_NODE2_PID_FILE; optional AULA_CLUSTER_SCENARIOS (comma list),
// AULA_CLUSTER_DEBUG=1 for client logs.
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import * as signalR from '@microsoft/signalr';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`cluster: set ${name} (run tests/e2e/run-cluster.sh)`);
    process.exit(2);
  }
  return value;
};
const node1 = env('AULA_NODE1');
const node2 = env('AULA_NODE2');
const debug = !!process.env.AULA_CLUSTER_DEBUG;
const run = Date.now().toString(36);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (...args) => console.log('  ', ...args);

// Every wait has a deadline.
async function within(ms, what, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
async function until(ms, what, condition, every = 50) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms: ${what}`);
    await sleep(every);
  }
}
// A whole-run guard, should something hang outside the waits above.
setTimeout(() => {
  console.error('cluster: FAIL the whole run took more than 240 s');
  process.exit(1);
}, 240_000).unref();

// ---- HTTP GraphQL

async function token(origin, login) {
  const response = await fetch(`${origin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, mfa: false }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`POST ${origin}/dev/token answered ${response.status}`);
  return (await response.json()).token;
}

async function graphql(origin, bearer, query, variables) {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL errors from ${origin}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const pageQuery = `query($thread: ID!, $after: Int!, $cursor: String) {
  node(id: $thread) { ... on ChatThread { messages(afterSequence: $after, first: 100, after: $cursor) {
    nodes { sequence body } pageInfo { hasNextPage endCursor } } } } }`;

/// Every message of the thread after `after`, in order, following the cursor while there is a next page.
async function messagesAfter(origin, bearer, thread, after) {
  const all = [];
  let cursor = null;
  for (let page = 0; page < 100; page++) {
    const data = await graphql(origin, bearer, pageQuery, { thread, after, cursor });
    const connection = data.node?.messages;
    if (!connection) throw new Error(`thread ${thread} has no messages connection: ${JSON.stringify(data)}`);
    all.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage) return all;
    cursor = connection.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages of messages');
}

const sendMutation = `mutation($input: SendMessageInput!) { sendMessage(input: $input) {
  message { sequence } errors { code message } } }`;

/// Domain refusals: retrying cannot help, so the send fails at once.
const final = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'STEP_UP_REQUIRED', 'FORBIDDEN', 'UNAUTHENTICATED']);
class Refused extends Error {}

/// Sends over HTTP; on any other failure retries with the same clientMessageId (the idempotency contract).
async function sendHttp(origin, bearer, thread, body, clientMessageId, stats) {
  const deadline = Date.now() + 20_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const data = await graphql(origin, bearer, sendMutation, { input: { threadId: thread, body, clientMessageId } });
      const payload = data.sendMessage;
      if (payload.message) return payload.message.sequence;
      const refused = payload.errors?.some((e) => final.has(e.code));
      throw new (refused ? Refused : Error)(`sendMessage errors: ${JSON.stringify(payload.errors)}`);
    } catch (error) {
      if (error instanceof Refused) throw error;
      stats.retries++;
      if (Date.now() > deadline) throw new Error(`send ${clientMessageId} kept failing (${attempt} attempts): ${error.message}`);
      if (debug) log(`retrying ${clientMessageId}: ${error.message}`);
      await sleep(Math.min(50 * attempt, 500));
    }
  }
}

/// Sends over SignalR; on a retryable error result (RATE_LIMITED, UNAVAILABLE...) or a failed call retries with the same clientMessageId.
async function sendHub(connection, thread, body, clientMessageId, stats) {
  const deadline = Date.now() + 20_000;
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await within(10_000, `SendMessage ${clientMessageId}`, connection.invoke('SendMessage', thread, body, clientMessageId));
      if (result?.message && !result.error) return result.message.sequence;
      throw new (final.has(result?.error?.code) ? Refused : Error)(`SendMessage error: ${JSON.stringify(result?.error)}`);
    } catch (error) {
      if (error instanceof Refused) throw error;
      stats.retries++;
      if (Date.now() > deadline) throw new Error(`send ${clientMessageId} kept failing (${attempt} attempts): ${error.message}`);
      if (debug) log(`retrying ${clientMessageId}: ${error.message}`);
      await sleep(Math.min(50 * attempt, 500));
    }
  }
}

// ---- clients

const quiet = { log: (level, message) => debug && console.log(`   [signalr ${signalR.LogLevel[level]}] ${message}`) };

async function hub(origin, bearer) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${origin}/realtime`, {
      skipNegotiation: true,
      transport: signalR.HttpTransportType.WebSockets,
      accessTokenFactory: () => bearer,
    })
    .configureLogging(quiet)
    .build();
  await within(10_000, `SignalR connect to ${origin}`, connection.start());
  return connection;
}

/// What one receiving client saw: pushes by sequence, and the catch-up that filled its gaps.
class Receiver {
  constructor(name, thread, tag) {
    this.name = name;
    this.thread = thread;
    this.tag = tag;
    this.bySequence = new Map(); // sequence -> body
    this.pushed = []; // sequences in arrival order (scenario messages only)
    this.pushedSet = new Set();
    this.duplicatePushes = 0; // the same message pushed twice: a real duplicate
    this.overlaps = 0; // a push of a message the catch-up had already brought: expected, merged by sequence
    this.outOfOrder = 0;
    this.warm = new Set();
  }

  /// A push. Warm-up messages only prove the path works; scenario messages are counted.
  push(message) {
    if (message.threadId !== undefined && message.threadId !== this.thread) return;
    if (message.body?.startsWith(`warm ${run}`)) {
      this.warm.add(message.body);
      return;
    }
    if (!message.body?.startsWith(this.tag)) return;
    if (this.pushedSet.has(message.sequence)) {
      this.duplicatePushes++;
      return;
    }
    this.pushedSet.add(message.sequence);
    if (this.bySequence.has(message.sequence)) {
      this.overlaps++;
      return;
    }
    const last = this.pushed.at(-1);
    if (last !== undefined && message.sequence < last) this.outOfOrder++;
    this.pushed.push(message.sequence);
    this.bySequence.set(message.sequence, message.body);
  }

  /// The highest sequence up to which this client has seen every scenario message (its resume point).
  contiguous(base) {
    let sequence = base;
    while (this.bySequence.has(sequence + 1)) sequence++;
    return sequence;
  }

  /// Resume: every message after the last contiguous sequence, merged by sequence (already-seen ones are skipped).
  async catchUp(origin, bearer, base) {
    const from = this.contiguous(base);
    const missing = await messagesAfter(origin, bearer, this.thread, from);
    let added = 0;
    for (const m of missing) {
      if (!m.body.startsWith(this.tag) || this.bySequence.has(m.sequence)) continue;
      this.bySequence.set(m.sequence, m.body);
      added++;
    }
    return { from, added };
  }

  has(bodies) {
    const seen = new Set(this.bySequence.values());
    return bodies.every((b) => seen.has(b));
  }
}

/// One line per receiver; throws when anything was lost or duplicated.
async function report(scenario, receiver, sentBodies, stored, { requireOrder = false } = {}) {
  const seen = new Set(receiver.bySequence.values());
  const lost = sentBodies.filter((b) => !seen.has(b)).length;
  // Stored more than once: the same body under two sequences in the database.
  const counts = new Map();
  for (const m of stored) if (m.body.startsWith(receiver.tag)) counts.set(m.body, (counts.get(m.body) ?? 0) + 1);
  const storedTwice = [...counts.values()].reduce((s, n) => s + (n - 1), 0);
  const duplicated = receiver.duplicatePushes + storedTwice;
  const delivered = receiver.pushedSet.size;
  console.log(`${scenario}: sent=${sentBodies.length} delivered=${delivered} lost=${lost} duplicated=${duplicated}` +
    ` (receiver ${receiver.name}` +
    `${requireOrder ? `, out-of-order=${receiver.outOfOrder}` : `, pushes after catch-up merged=${receiver.overlaps}`})`);
  if (lost > 0 || duplicated > 0 || (requireOrder && receiver.outOfOrder > 0)) {
    throw new Error(`${scenario}/${receiver.name}: lost=${lost} duplicated=${duplicated} out-of-order=${receiver.outOfOrder}`);
  }
}

/// Sends warm-up messages until every receiver has had one by push: the cross-node path (Redis) works now.
async function warmUp(sender, receivers, ms = 20_000) {
  const deadline = Date.now() + ms;
  for (let i = 0; Date.now() < deadline; i++) {
    const body = `warm ${run} ${Math.random().toString(36).slice(2)}`;
    await sender(body, `warm-${run}-${i}-${Math.random().toString(36).slice(2)}`);
    try {
      await until(Math.min(2_000, Math.max(0, deadline - Date.now())), 'warm-up push', () => receivers.every((r) => r.warm.has(body)));
      return;
    } catch {
      // not through yet (a node still reconnecting to Redis): send another
    }
  }
  throw new Error(`warm-up: no push reached ${receivers.map((r) => r.name).join(', ')} within ${ms} ms`);
}

/// A stream at a fixed rate: send i starts at i x 50 ms whether or not the earlier ones have finished (a busy
/// classroom, not a polite loop). `during(i, ms)` runs as send i starts. Resolves when every send succeeded.
async function stream(tag, count, send, during) {
  const started = Date.now();
  const bodies = [];
  const sends = [];
  const pending = [];
  for (let i = 1; i <= count; i++) {
    const body = `${tag}${i}`;
    bodies.push(body);
    const entry = { start: Date.now(), end: 0 };
    sends.push(entry);
    pending.push(send(body, `${tag.split(' ')[0]}-${run}-${i}`).then(() => (entry.end = Date.now())));
    during(i, Date.now() - started);
    await sleep(Math.max(0, started + i * 50 - Date.now()));
  }
  await within(30_000, `all ${count} sends`, Promise.all(pending));
  return { bodies, sends, elapsed: Date.now() - started, slowest: Math.max(...sends.map((x) => x.end - x.start)) };
}

async function lastSequence(origin, bearer, thread) {
  const all = await messagesAfter(origin, bearer, thread, 0);
  return all.reduce((max, m) => Math.max(max, m.sequence), 0);
}

// ---- process control (the files are run-cluster.sh's)

const pidOf = (file) => Number(readFileSync(file, 'utf8').trim());
function killRedis() {
  process.kill(pidOf(env('AULA_REDIS_PID_FILE')), 'SIGKILL');
}
async function restartRedis() {
  const port = env('AULA_REDIS_PORT');
  const out = openSync(env('AULA_REDIS_LOG'), 'a');
  // The killed process's port may take a moment to free: retry until the new server stays up and answers.
  for (let attempt = 1; attempt <= 20; attempt++) {
    const child = spawn(env('AULA_REDIS_BIN'), ['--port', port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'],
      { detached: true, stdio: ['ignore', out, out] });
    child.unref();
    writeFileSync(env('AULA_REDIS_PID_FILE'), `${child.pid}\n`);
    const exited = new Promise((resolve) => child.once('exit', () => resolve(true)));
    const up = await Promise.race([exited, sleep(500).then(() => false)]);
    if (!up) return;
    await sleep(200);
  }
  throw new Error('redis-server did not restart');
}
function killNode2() {
  process.kill(pidOf(env('AULA_NODE2_PID_FILE')), 'SIGKILL');
}

// ---- scenarios

async function setup() {
  const mette = await token(node1, 'mette.hansen');
  const lars = await token(node1, 'lars.nielsen');
  const threadsQuery = '{ threads(first: 20) { nodes { id sensitive participants { person { id } } } } }';
  const metteThreads = (await graphql(node1, mette, threadsQuery)).threads.nodes;
  const larsThreads = new Set((await graphql(node1, lars, threadsQuery)).threads.nodes.map((t) => t.id));
  const thread = metteThreads.find((t) => !t.sensitive && larsThreads.has(t.id));
  if (!thread) throw new Error('mette.hansen and lars.nielsen share no non-sensitive thread');
  return { mette, lars, thread: thread.id };
}

async function crossNode({ mette, lars, thread }) {
  const tag = `cross ${run} #`;
  const signal = new Receiver('signalr@node2', thread, tag);
  const sub = new Receiver('graphql-ws@node2', thread, tag);
  const metteHub = await hub(node2, mette);
  metteHub.on('MessageAdded', (m) => signal.push(m));
  const ws = createClient({
    url: `${node2.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${mette}` },
    retryAttempts: 0,
  });
  const connected = new Promise((resolve) => ws.on('connected', resolve));
  let subError = null;
  const unsubscribe = ws.subscribe(
    { query: 'subscription($t: ID!) { messageAdded(threadId: $t) { sequence body } }', variables: { t: thread } },
    {
      next: (value) => (value.data?.messageAdded ? sub.push(value.data.messageAdded) : (subError = value.errors)),
      error: (error) => (subError = error),
      complete: () => {},
    },
  );
  const larsHub = await hub(node1, lars);
  const stats = { retries: 0 };
  try {
    await within(10_000, 'graphql-ws connection ack', connected);
    await warmUp((body, id) => sendHub(larsHub, thread, body, id, stats), [signal, sub]);
    const bodies = [];
    for (let i = 1; i <= 20; i++) {
      const body = `${tag}${i}`;
      bodies.push(body);
      await sendHub(larsHub, thread, body, `cross-${run}-${i}`, stats);
    }
    await until(15_000, 'all 20 pushes on node 2', () => signal.has(bodies) && sub.has(bodies)).catch(() => {});
    if (subError) throw new Error(`subscription error: ${JSON.stringify(subError)}`);
    // No catch-up here: every message must have come by push.
    const stored = await messagesAfter(node1, mette, thread, 0);
    log(`send retries: ${stats.retries}`);
    await report('cross-node', signal, bodies, stored, { requireOrder: true });
    await report('cross-node', sub, bodies, stored, { requireOrder: true });
  } finally {
    unsubscribe();
    await ws.dispose();
    await metteHub.stop().catch(() => {});
    await larsHub.stop().catch(() => {});
  }
}

async function redisKilled({ mette, lars, thread }) {
  const tag = `redis ${run} #`;
  const receiver = new Receiver('signalr@node2', thread, tag);
  const metteHub = await hub(node2, mette);
  metteHub.on('MessageAdded', (m) => receiver.push(m));
  const stats = { retries: 0 };
  let restarted = Promise.resolve();
  try {
    await warmUp((body, id) => sendHttp(node1, lars, thread, body, id, stats), [receiver]);
    const base = await lastSequence(node1, mette, thread);
    let down = null; // [killed at, restarted at]
    const { bodies, sends, elapsed, slowest } = await stream(tag, 40, (body, id) => sendHttp(node1, lars, thread, body, id, stats), (i, at) => {
      if (i !== 10) return;
      killRedis();
      down = [Date.now()];
      log(`redis-server killed -9 as message 10 went out (${at} ms into the stream)`);
      restarted = sleep(1_000).then(restartRedis).then(() => {
        down.push(Date.now());
        log(`redis-server up again on the same port ${down[1] - down[0]} ms after the kill (restarted after 1 s, then checked)`);
      });
    });
    await within(15_000, 'redis restart', restarted);
    // Sends whose request was under way at some point while Redis was down.
    const duringOutage = sends.filter((x) => x.start < down[1] && x.end > down[0]).length;
    log(`stream of 40 sent in ${elapsed} ms; ${duringOutage} sends overlapped the outage; ` +
      `slowest send ${slowest} ms; send retries: ${stats.retries}`);
    if (duringOutage === 0) throw new Error('no message was sent while Redis was down: the scenario proved nothing');
    // Give the last pushes a moment, then resume from the last contiguous sequence over HTTP (node 2).
    await until(3_000, 'the last pushes', () => receiver.has(bodies)).catch(() => {});
    const { from, added } = await receiver.catchUp(node2, mette, base);
    log(`pushed ${receiver.pushedSet.size}; caught up ${added} after sequence ${from}`);
    const stored = await messagesAfter(node1, mette, thread, base);
    await report('redis-killed', receiver, bodies, stored);
  } finally {
    await restarted.catch(() => {});
    await metteHub.stop().catch(() => {});
  }
}

async function nodeKilled({ mette, lars, thread }) {
  const tag = `node ${run} #`;
  const receiver = new Receiver('signalr@node2->node1', thread, tag);
  let connection = await hub(node2, mette);
  const onMessage = (m) => receiver.push(m);
  connection.on('MessageAdded', onMessage);
  let reconnected = null;
  let base = 0;
  // Without sticky sessions: on close, a new HubConnection to the surviving node, then catch up from there.
  const failover = async () => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        connection = await hub(node1, mette);
        connection.on('MessageAdded', onMessage);
        const { from, added } = await receiver.catchUp(node1, mette, base);
        log(`reconnected to node 1; caught up ${added} after sequence ${from}`);
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await sleep(200);
      }
    }
  };
  connection.onclose(() => {
    reconnected ??= failover();
  });
  const stats = { retries: 0 };
  try {
    await warmUp((body, id) => sendHttp(node1, lars, thread, body, id, stats), [receiver]);
    base = await lastSequence(node1, mette, thread);
    const { bodies, elapsed, slowest } = await stream(tag, 40, (body, id) => sendHttp(node1, lars, thread, body, id, stats), (i, at) => {
      if (i !== 10) return;
      killNode2();
      log(`node 2 killed -9 as message 10 went out (${at} ms into the stream)`);
    });
    log(`stream of 40 sent in ${elapsed} ms; slowest send ${slowest} ms; send retries: ${stats.retries}`);
    await until(10_000, 'the client noticing node 2 is gone', () => reconnected !== null);
    await within(25_000, 'failover to node 1', reconnected);
    await until(5_000, 'tail pushes on node 1', () => receiver.has(bodies)).catch(() => {});
    // Anything still missing (a push racing the catch-up) comes from one more resume.
    if (!receiver.has(bodies)) await receiver.catchUp(node1, mette, base);
    const stored = await messagesAfter(node1, mette, thread, base);
    await report('node-killed', receiver, bodies, stored);
  } finally {
    await connection.stop().catch(() => {});
  }
}

const scenarios = { 'cross-node': crossNode, 'redis-killed': redisKilled, 'node-killed': nodeKilled };
const chosen = (process.env.AULA_CLUSTER_SCENARIOS ?? Object.keys(scenarios).join(','))
  .split(',').map((s) => s.trim()).filter(Boolean);
const unknown = chosen.filter((s) => !scenarios[s]);
if (unknown.length) {
  console.error(`cluster: unknown scenario(s) ${unknown.join(', ')}; known: ${Object.keys(scenarios).join(', ')}`);
  process.exit(2);
}

let failed = 0;
const context = await setup();
for (const name of chosen) {
  const started = Date.now();
  try {
    await within(90_000, `scenario ${name}`, scenarios[name](context));
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error.message}`);
  }
}
process.exit(failed ? 1 : 0);
