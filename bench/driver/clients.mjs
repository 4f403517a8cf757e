// One client interface over both live stacks, so every scenario runs the same code against Aula and the peer:
// connect(origin, token) -> { send(threadId, body, clientMessageId), onMessage(callback), close() }.
import * as signalR from '@microsoft/signalr';
import { io } from 'socket.io-client';

const silent = { log: () => {} };

/// Aula's hub with the official client, WebSockets and SkipNegotiation (as across nodes without sticky sessions).
export async function aula(origin, bearer) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(`${origin}/realtime`, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets, accessTokenFactory: () => bearer })
    .configureLogging(silent)
    .build();
  await connection.start();
  return {
    send: async (threadId, body, id) => {
      const result = await connection.invoke('SendMessage', threadId, body, id);
      if (result.error) throw new Error(`SendMessage: ${result.error.code}`);
    },
    onMessage: (callback) => connection.on('MessageAdded', (m) => callback(m.body)),
    close: () => connection.stop(),
  };
}

/// The Socket.IO peer with the official client, WebSocket transport only (no sticky sessions needed).
export async function peer(origin, bearer) {
  const socket = io(origin, { transports: ['websocket'], auth: { token: bearer }, reconnection: false, forceNew: true });
  await new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('connect_error', reject); });
  return {
    send: async (threadId, body, id) => {
      const result = await socket.timeout(10_000).emitWithAck('sendMessage', threadId, body, id);
      if (result.error) throw new Error(`sendMessage: ${result.error.code}`);
    },
    onMessage: (callback) => socket.on('messageAdded', (m) => callback(m.body)),
    close: () => socket.close(),
  };
}

/// Opens n connections, `batch` at a time (a burst of thousands would measure the accept queue, not the server).
export async function many(connect, origin, bearer, n, batch = 100) {
  const clients = [];
  for (let i = 0; i < n; i += batch) {
    clients.push(...await Promise.all(Array.from({ length: Math.min(batch, n - i) }, () => connect(origin, bearer))));
  }
  return clients;
}
