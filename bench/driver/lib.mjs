// What every scenario shares: configuration from run.sh, tokens, a GraphQL call, statistics, the result file.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

export const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) throw new Error(`set ${name} (bench/run.sh does)`);
  return value;
};
export const repeats = Number(env('BENCH_REPEATS', '3'));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const log = (...args) => console.log('  ', ...args);

export async function graphql(url, bearer, query) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

export const dashboardQuery = readFileSync(new URL('../dashboard.graphql', import.meta.url), 'utf8');

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
/// A figure over repeated runs: median, with min and max as the spread.
export const figure = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs });

/// Resident memory of a process and its children (node:cluster workers), in bytes, from /proc.
export function rss(pid) {
  const kb = (p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch { return []; }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]));
  return all.reduce((sum, p) => sum + kb(p), 0) * 1024;
}

export function save(name, result) {
  const dir = new URL('../results/raw/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  writeFileSync(new URL(`${name}.json`, dir), JSON.stringify(result, null, 2));
  log(`wrote results/raw/${name}.json`);
}
