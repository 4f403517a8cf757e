// Verifies Aula's development tokens (ES256, the key file Aula writes: base64 PKCS#8), as Aula's JwtBearer does:
// signature, audience, expiry. Both peers use it, so they do the same per-request work as Aula.
import { createPrivateKey, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';

export function tokenVerifier(keyPath) {
  const der = Buffer.from(readFileSync(keyPath, 'utf8').trim(), 'base64');
  const key = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }));
  return (token) => {
    const [head, body, signature] = (token ?? '').split('.');
    if (!signature) return null;
    const ok = verify('sha256', Buffer.from(`${head}.${body}`), { key, dsaEncoding: 'ieee-p1363' },
      Buffer.from(signature, 'base64url'));
    if (!ok) return null;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (claims.aud !== 'aula' || !(claims.exp * 1000 > Date.now())) return null;
    return { login: claims.sub, steppedUp: [].concat(claims.amr ?? []).includes('mfa') };
  };
}

/// The shared statements in bench/sql, by file name without `.sql`.
export function sql(name) {
  return readFileSync(new URL(`../sql/${name}.sql`, import.meta.url), 'utf8');
}

/// Relay global IDs as Aula writes them: base64url("Type:key").
export const globalId = (type, key) => Buffer.from(`${type}:${key}`).toString('base64url');
