// Runs the graphql-http server audit against AULA_URL and prints every result.
// Exits 1 when any MUST fails (or the audit cannot run), 0 otherwise.
import { auditServer } from 'graphql-http';

const url = process.env.AULA_URL;
if (!url) {
  console.error('Set AULA_URL to the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = { MAY: { ok: 0, not: 0 }, SHOULD: { ok: 0, not: 0 }, MUST: { ok: 0, not: 0 } };
for (const result of results) {
  const level = result.name.split(' ')[0];
  const passed = result.status === 'ok';
  levels[level][passed ? 'ok' : 'not'] += 1;
  console.log(`${passed ? 'PASS' : result.status.toUpperCase()} ${result.id} ${result.name}`);
  if (!passed) {
    console.log(`     ${result.reason}`);
  }
}

console.log('');
console.log(`MAY: ${levels.MAY.ok} passed, ${levels.MAY.not} not passed`);
console.log(`SHOULD: ${levels.SHOULD.ok} passed, ${levels.SHOULD.not} not passed`);
console.log(`MUST: ${levels.MUST.ok} passed, ${levels.MUST.not} failed`);
process.exit(levels.MUST.not > 0 ? 1 : 0);
