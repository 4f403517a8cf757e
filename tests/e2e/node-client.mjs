// What the single-node e2e clients share: the endpoint from AULA_URL (e.g. http://127.0.0.1:5000/graphql, the
// app in Development for POST /dev/token), failing with exit 1 (and after 20 s at the latest), a token for a
// demo login, and a GraphQL request over HTTP that fails on any error.
export const url = process.env.AULA_URL;
if (!url) {
  console.error('Set AULA_URL to the GraphQL endpoint, e.g. http://127.0.0.1:5000/graphql');
  process.exit(2);
}
export const origin = new URL(url).origin;

export function fail(why) {
  console.error(`FAIL ${why}`);
  process.exit(1);
}
setTimeout(() => fail('timed out after 20 s'), 20_000).unref();

export async function token(login, lifetimeSeconds) {
  const response = await fetch(`${origin}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, mfa: false, lifetimeSeconds }),
  });
  if (!response.ok) fail(`POST /dev/token answered ${response.status} (is the app in Development?)`);
  return (await response.json()).token;
}

export async function graphql(bearer, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) fail(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
