// Scenario 2: SQL statements per dashboard request as the lists grow from 1 to 50 (children and threads of
// bench.guardian, see sql/grow.sql). Aula runs with EF Core's command log on (AULA_COMMAND_LOG, written by
// run.sh); each request's statements are the "Executed DbCommand" lines it added, one request at a time.
import { readFileSync, statSync } from 'node:fs';
import { env, graphql, log, save, sleep } from './lib.mjs';

const url = `${env('AULA_COUNT_URL')}/graphql`;
const logFile = env('AULA_COMMAND_LOG');
const bearer = env('TOKEN_BENCH');
const query = (n) => readFileSync(new URL('../dashboard.graphql', import.meta.url), 'utf8')
  .replace('children {', `children(first: ${n}) {`).replace('threads(first: 20)', `threads(first: ${n})`);

async function statementsOf(n) {
  const before = statSync(logFile).size;
  const answer = await graphql(url, bearer, query(n));
  await sleep(500); // the console logger writes on its own thread
  const added = readFileSync(logFile).subarray(before).toString('utf8');
  const lists = { children: answer.data.children.nodes.length, threads: answer.data.threads.nodes.length };
  if (answer.errors || lists.children !== n || lists.threads !== n) throw new Error(`size ${n}: ${JSON.stringify(answer).slice(0, 500)}`);
  return (added.match(/Executed DbCommand/g) ?? []).length;
}

await statementsOf(1); // the first request also warms caches; not counted
const sizes = [1, 2, 5, 10, 20, 50];
const points = [];
for (const n of sizes) {
  const statements = await statementsOf(n);
  points.push({ size: n, statements });
  log(`list size ${n}: ${statements} statements`);
}
save('statements', { points, constant: new Set(points.map((p) => p.statements)).size === 1 });
