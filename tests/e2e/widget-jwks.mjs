// A vendor's view of a widget token, checked with `jose`, a JWT library nobody here wrote: mette.hansen asks for a
// token for the plans widget, the key set at /.well-known/jwks.json verifies it (and refuses a tampered copy), and
// the token reads the vendor's slice of the graph. Needs the app in Development (POST /dev/token).
// AULA_URL is the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql. Exits 0 on success, 1 otherwise.
import { createLocalJWKSet, jwtVerify } from 'jose';

const url = process.env.AULA_URL;
if (!url) {
  console.error('Set AULA_URL to the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql');
  process.exit(2);
}
const origin = new URL(url).origin;
const fail = (why) => {
  console.error(`FAIL ${why}`);
  process.exit(1);
};
setTimeout(() => fail('timed out after 20 s'), 20_000).unref();

async function graphql(bearer, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) fail(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const login = await fetch(`${origin}/dev/token`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ login: 'mette.hansen', mfa: false }),
});
if (!login.ok) fail(`POST /dev/token answered ${login.status} (is the app in Development?)`);
const mette = (await login.json()).token;

const { widgets } = await graphql(mette, '{ widgets { id scopes } }');
const plans = widgets.find((w) => w.scopes.includes('plans:read')) ?? fail('no plans widget for mette.hansen');
const { widgetToken } = await graphql(mette, 'mutation($id: ID!) { widgetToken(widgetId: $id) { token children { id } errors { code } } }', { id: plans.id });
if (!widgetToken.token) fail(`no token: ${JSON.stringify(widgetToken.errors)}`);

const keySet = await (await fetch(`${origin}/.well-known/jwks.json`)).json();
if (keySet.keys.some((k) => 'd' in k)) fail('the key set publishes a private key');
const jwks = createLocalJWKSet(keySet);
const { payload, protectedHeader } = await jwtVerify(widgetToken.token, jwks, { issuer: 'aula-widgets', audience: 'aula', algorithms: ['ES256'] });
if (protectedHeader.alg !== 'ES256') fail(`alg ${protectedHeader.alg}`);
if (payload.sub.includes('mette')) fail('the subject names the person');
if (JSON.stringify(payload.children) !== JSON.stringify(widgetToken.children.map((c) => c.id))) fail(`children ${JSON.stringify(payload.children)}`);

const [head, , signature] = widgetToken.token.split('.');
const forged = Buffer.from(JSON.stringify({ ...payload, scope: `${payload.scope} messages:read` })).toString('base64url');
const refused = await jwtVerify(`${head}.${forged}.${signature}`, jwks, { issuer: 'aula-widgets', audience: 'aula' }).then(() => false, () => true);
if (!refused) fail('a tampered token verified');

const { children } = await graphql(widgetToken.token, '{ children { nodes { id groups { name } } } }');
if (children.nodes.length !== widgetToken.children.length) fail(`the vendor sees ${children.nodes.length} children`);
console.log(`ok: jose verified the ES256 widget token (kid ${protectedHeader.kid}) and the vendor read ${children.nodes.length} child`);

