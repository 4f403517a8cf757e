// Subscribes to messageAdded with the official graphql-ws client as mette.hansen, sends a message over
// HTTP as lars.nielsen, and checks that it arrives. Then does the same on a socket opened with a token
// that expires in 2 s: the server closes it with 4403, the client retries with a fresh token, and the same
// subscription goes on. Exits 0 on success, 1 otherwise (see node-client.mjs).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { fail, graphql, token, url } from './node-client.mjs';

const mette = await token('mette.hansen');
const lars = await token('lars.nielsen');
const threads = await graphql(mette, '{ threads(first: 50, filter: { sensitive: false }) { nodes { id subject } } }');
const thread = threads.threads.nodes.find((t) => t.subject === 'Sofie er syg i dag');
if (!thread) fail('mette.hansen has no thread "Sofie er syg i dag"');

const query = 'subscription($t: ID!) { messageAdded(threadId: $t) { sequence body author { displayName } } }';

// Subscribes, sends a message once `ready` resolves, and returns the message that arrived.
async function sentAndReceived(client, ready) {
  const body = `graphql-ws e2e ${Date.now()}`;
  const subscription = client.iterate({ query, variables: { t: thread.id } });
  // The first pull starts the subscription; wait for the ack and give the server a moment to subscribe.
  const first = subscription.next();
  await ready;
  await new Promise((resolve) => setTimeout(resolve, 300));
  await graphql(lars, 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }', {
    input: { threadId: thread.id, body, clientMessageId: `e2e-${Date.now()}` },
  });
  const { value, done } = await first;
  if (done) fail('the subscription ended without a message');
  if (value.errors?.length) fail(`subscription errors: ${JSON.stringify(value.errors)}`);
  const message = value.data?.messageAdded;
  if (message?.body !== body) fail(`expected the sent message, got ${JSON.stringify(value)}`);
  await subscription.return?.();
  await client.dispose();
  return message;
}

const socket = { url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket };
const client = createClient({ ...socket, connectionParams: { Authorization: `Bearer ${mette}` }, retryAttempts: 0 });
const message = await sentAndReceived(client, new Promise((resolve) => client.on('connected', resolve)));
console.log(`PASS messageAdded #${message.sequence} from ${message.author.displayName} arrived over graphql-transport-ws`);

const closes = [];
let tokens = 0;
const renewing = createClient({
  ...socket,
  // The first token lives 2 s; every retry asks for a fresh, ordinary one.
  connectionParams: async () => ({ Authorization: `Bearer ${await token('mette.hansen', tokens++ === 0 ? 2 : undefined)}` }),
  retryAttempts: 3,
  retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
  on: { closed: (event) => closes.push(event.code) },
});
const retried = new Promise((resolve) => renewing.on('connected', (_socket, _payload, wasRetry) => wasRetry && resolve()));
const renewed = await sentAndReceived(renewing, retried);
if (!closes.includes(4403)) fail(`expected the server to close the expired socket with 4403, saw ${JSON.stringify(closes)}`);
console.log(`PASS the expired socket closed with 4403; the client reconnected with a fresh token and received #${renewed.sequence}`);
process.exit(0);
