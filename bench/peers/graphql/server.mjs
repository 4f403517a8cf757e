// The Node peer of the dashboard benchmark: the schema subset the dashboard query uses, over the same SQLite file
// and the same statements (bench/sql) as Aula's rules, built the fastest fair way: graphql-jit compiles each
// document once, dataloader batches each level into one statement, better-sqlite3 runs prepared statements, and
// node:cluster runs one worker per core. Environment: PORT, AULA_DB (SQLite file), AULA_KEY (dev signing key).
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import Database from 'better-sqlite3';
import DataLoader from 'dataloader';
import { buildSchema, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { globalId, sql, tokenVerifier } from '../token.mjs';

const schema = buildSchema(`
  type Query { children(first: Int): ChildConnection!  threads(first: Int): ChatThreadConnection! }
  type ChildConnection { nodes: [Child!]! }
  type Child { id: ID!  displayName: String!  groups: [Group!]! }
  type Group { id: ID!  name: String!  weeklyPlan: WeeklyPlan }
  type WeeklyPlan { week: String!  entries: [WeeklyPlanEntry!]! }
  type WeeklyPlanEntry { day: Weekday!  subject: String  text: String! }
  enum Weekday { MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY }
  type ChatThreadConnection { nodes: [ChatThread!]! }
  type ChatThread { id: ID!  subject: String  unreadCount: Int!  lastMessage: Message }
  type Message { body: String!  author: Person! }
  type Person { displayName: String! }
`);

function serve() {
  const db = new Database(process.env.AULA_DB, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const q = Object.fromEntries(['viewer', 'children', 'groups', 'plans', 'threads', 'last-messages']
    .map((name) => [name, db.prepare(sql(name))]));
  const verifyToken = tokenVerifier(process.env.AULA_KEY);
  const page = (first) => Math.min(Math.max(first ?? 20, 0), 100);
  const resolve = (type, fields) => {
    for (const [field, resolver] of Object.entries(fields)) schema.getType(type).getFields()[field].resolve = resolver;
  };

  resolve('Query', {
    children: (_, { first }, c) => ({ nodes: q.children.all({ viewer: c.viewer, today: c.today, first: page(first) }) }),
    threads: (_, { first }, c) => ({ nodes: q.threads.all({ viewer: c.viewer, first: page(first) }) }),
  });
  resolve('Child', {
    id: (p) => globalId('Child', p.Id),
    displayName: (p) => `${p.FirstName} ${p.LastName}`,
    groups: (p, _, c) => c.groups.load(p.Id),
  });
  resolve('Group', { id: (g) => globalId('Group', g.Id), name: (g) => g.Name, weeklyPlan: (g, _, c) => c.plans.load(g.Id) });
  resolve('ChatThread', {
    id: (t) => globalId('ChatThread', t.Id),
    subject: (t, _, c) => (t.IsSensitive && !c.steppedUp ? null : t.Subject),
    unreadCount: (t) => Math.max(0, t.LastSequence - t.LastReadSequence),
    lastMessage: (t, _, c) => (t.IsSensitive && !c.steppedUp ? null : c.lastMessages.load(t.Id)),
  });
  resolve('Message', { body: (m) => m.Body, author: (m) => m });
  resolve('Person', { displayName: (m) => `${m.FirstName} ${m.LastName}` });

  const byKey = (keys, rows, key, value) => {
    const map = new Map(keys.map((k) => [k, []]));
    for (const row of rows) map.get(row[key])?.push(value(row));
    return keys.map((k) => map.get(k));
  };
  const loaders = (viewer, now) => {
    const { year, week } = isoWeek(now);
    return {
      groups: new DataLoader(async (ids) => byKey(ids, q.groups.all({ viewer, children: JSON.stringify(ids) }), 'ChildId', (r) => r)),
      plans: new DataLoader(async (ids) => byKey(ids, q.plans.all({ viewer, groups: JSON.stringify(ids), year, week, now: now.getTime() }),
        'GroupId', (r) => r).map((rows) => (rows.length === 0 ? null : {
        week: `${year}-W${String(week).padStart(2, '0')}`,
        entries: rows.filter((r) => r.Day !== null).map((r) => ({ day: r.Day.toUpperCase(), subject: r.Subject, text: r.Text })),
      }))),
      lastMessages: new DataLoader(async (ids) => byKey(ids, q['last-messages'].all({ threads: JSON.stringify(ids) }), 'ThreadId', (r) => r)
        .map((rows) => rows[0] ?? null)),
    };
  };

  const compiled = new Map();
  const compile = (query) => {
    let c = compiled.get(query);
    if (!c) {
      c = compileQuery(schema, parse(query));
      if (!isCompiledQuery(c)) return c;
      compiled.set(query, c);
    }
    return c;
  };

  createServer(async (req, res) => {
    const reply = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/graphql-response+json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/graphql') return reply(404, { errors: [{ message: 'POST /graphql' }] });
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const viewer = verifyToken(req.headers.authorization?.replace(/^Bearer /, ''));
    const person = viewer && q.viewer.get({ login: viewer.login });
    if (!person) return reply(401, { errors: [{ message: 'Unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
    const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const c = compile(query);
    if (!isCompiledQuery(c)) return reply(400, c);
    const now = new Date();
    const context = { viewer: person.Id, steppedUp: viewer.steppedUp, today: copenhagenDate(now), ...loaders(person.Id, now) };
    reply(200, await c.query(undefined, context, variables));
  }).listen(Number(process.env.PORT), '127.0.0.1');
}

/// Today as Aula's clock sees it (AulaClock.Today: Europe/Copenhagen), `yyyy-MM-dd`.
const copenhagen = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
const copenhagenDate = (now) => copenhagen.format(now);

/// The ISO week of today in Copenhagen (AulaClock.CurrentWeek).
function isoWeek(now) {
  const d = new Date(`${copenhagenDate(now)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const year = d.getUTCFullYear();
  return { year, week: Math.ceil(((d - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7) };
}

if (cluster.isPrimary) {
  for (let i = 0; i < availableParallelism(); i++) cluster.fork();
  cluster.on('exit', (_, code) => process.exit(code ?? 1));
} else {
  serve();
}
