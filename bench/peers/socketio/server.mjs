// The Socket.IO peer of the live benchmarks: Aula's SendMessage relay as a Socket.IO user would write it, configured
// for production as Socket.IO's documentation recommends for several nodes (WebSocket transport, so no sticky
// sessions, and the Redis adapter). Like Aula's hub it checks the token on connect, joins the rooms of the person's
// threads, and on `sendMessage` stores the message in one transaction (next sequence, insert, idempotent on the
// client message id) before it emits `messageAdded` to the thread's room.
// Environment: PORT, AULA_DB (SQLite file shared with Aula), AULA_KEY (dev signing key), REDIS_URL.
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import Database from 'better-sqlite3';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { globalId, tokenVerifier } from '../token.mjs';

const db = new Database(process.env.AULA_DB, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
const personOf = db.prepare('SELECT Id FROM People WHERE Login = ?');
const threadsOf = db.prepare('SELECT ThreadId FROM ThreadParticipants WHERE PersonId = ? AND LeftAt IS NULL');
const takesPart = db.prepare('SELECT 1 FROM ThreadParticipants WHERE ThreadId = ? AND PersonId = ? AND LeftAt IS NULL');
const earlier = db.prepare('SELECT Id, Sequence, SentAt FROM Messages WHERE SenderId = ? AND ClientMessageId = ?');
const next = db.prepare('UPDATE Threads SET LastSequence = LastSequence + 1, LastActivityAt = ? WHERE Id = ? RETURNING LastSequence, IsSensitive');
const insert = db.prepare('INSERT INTO Messages (ThreadId, Sequence, SenderId, ClientMessageId, Body, SentAt) VALUES (?, ?, ?, ?, ?, ?)');
const read = db.prepare('UPDATE ThreadParticipants SET LastReadSequence = ? WHERE ThreadId = ? AND PersonId = ?');
const store = db.transaction((thread, person, body, clientMessageId) => {
  const before = earlier.get(person, clientMessageId);
  if (before) return { ...before, fresh: false };
  const sentAt = Date.now();
  const { LastSequence: sequence } = next.get(sentAt, thread);
  const { lastInsertRowid } = insert.run(thread, sequence, person, clientMessageId, body, sentAt);
  read.run(sequence, thread, person);
  return { Id: Number(lastInsertRowid), Sequence: sequence, SentAt: sentAt, fresh: true };
});

const verifyToken = tokenVerifier(process.env.AULA_KEY);
const pub = createClient({ url: process.env.REDIS_URL });
const sub = pub.duplicate();
await Promise.all([pub.connect(), sub.connect()]);
const http = createServer();
const io = new Server(http, { transports: ['websocket'], adapter: createAdapter(pub, sub), serveClient: false });

io.use((socket, next) => {
  const viewer = verifyToken(socket.handshake.auth?.token);
  const person = viewer && personOf.get(viewer.login);
  if (!person) return next(new Error('UNAUTHENTICATED'));
  socket.data.person = person.Id;
  next();
});

io.on('connection', (socket) => {
  const person = socket.data.person;
  socket.join(threadsOf.all(person).map((t) => `thread:${t.ThreadId}`));
  socket.on('sendMessage', (threadId, body, clientMessageId, ack) => {
    const thread = Number(/^ChatThread:(\d+)$/.exec(Buffer.from(String(threadId), 'base64url').toString())?.[1]);
    if (!thread || !takesPart.get(thread, person)) return ack({ error: { code: 'NOT_FOUND', message: 'No thread with this ID.' } });
    const stored = store(thread, person, String(body), String(clientMessageId));
    const message = { threadId, sequence: stored.Sequence, messageId: globalId('Message', stored.Id),
      authorId: globalId('Person', person), body, sentAt: new Date(stored.SentAt).toISOString() };
    ack({ message, error: null });
    if (stored.fresh) io.to(`thread:${thread}`).emit('messageAdded', message);
  });
});

http.listen(Number(process.env.PORT), '127.0.0.1');
