// A vendor's view of a widget token, checked with `jose`, a JWT library nobody here wrote: mette.hansen asks for a
// token for the plans widget, the key set at /.well-known/jwks.json verifies it (and refuses a tampered copy), and
// the token reads the vendor's slice of the graph. Exits 0 on success, 1 otherwise (see node-client.mjs).
import { createLocalJWKSet, jwtVerify } from 'jose';
import { fail, graphql, origin, token } from './node-client.mjs';

const mette = await token('mette.hansen');

const { widgets } = await graphql(mette, '{ widgets { id scopes } }');
const plans = widgets.find((w) => w.scopes.includes('plans:read')) ?? fail('no plans widget for mette.hansen');
const { widgetToken } = await graphql(mette, 'mutation($id: ID!) { widgetToken(widgetId: $id) { token children { id } errors { code } } }', { id: plans.id });
if (!widgetToken.token) fail(`no token: ${JSON.stringify(widgetToken.errors)}`);

const keySet = await (await fetch(`${origin}/.well-known/jwks.json`)).json();
if (keySet.keys.some((k) => 'd' in k)) fail('the key set publishes a private key');
const jwks = createLocalJWKSet(keySet);
const { payload, protectedHeader } = await jwtVerify(widgetToken.token, jwks, { issuer: 'aula-widgets', audience: 'aula', algorithms: ['ES256'] });
if (protectedHeader.alg !== 'ES256') fail(`alg ${protectedHeader.alg}`);
if (!/^[0-9a-f]{32}$/.test(payload.sub)) fail(`the subject ${payload.sub} is not a 128-bit pseudonym`);
if (JSON.stringify(payload.children) !== JSON.stringify(widgetToken.children.map((c) => c.id))) fail(`children ${JSON.stringify(payload.children)}`);

const [head, , signature] = widgetToken.token.split('.');
const forged = Buffer.from(JSON.stringify({ ...payload, scope: `${payload.scope} messages:read` })).toString('base64url');
const refused = await jwtVerify(`${head}.${forged}.${signature}`, jwks, { issuer: 'aula-widgets', audience: 'aula' }).then(() => false, () => true);
if (!refused) fail('a tampered token verified');

const { children } = await graphql(widgetToken.token, '{ children { nodes { id groups { name } } } }');
if (children.nodes.length !== widgetToken.children.length) fail(`the vendor sees ${children.nodes.length} children`);
console.log(`ok: jose verified the ES256 widget token (kid ${protectedHeader.kid}) and the vendor read ${children.nodes.length} child`);

