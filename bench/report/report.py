"""Turns results/raw/*.json (written by driver/*.mjs) into results/latest.md and its PNG plots."""
import json
import os
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

results = Path(__file__).resolve().parent.parent / "results"
raw = {p.stem: json.loads(p.read_text()) for p in (results / "raw").glob("*.json")}


def fig(f, unit="", digits=1):
    """A figure as median with its spread (min-max) over the repeated runs."""
    return f"{f['median']:.{digits}f}{unit} ({f['min']:.{digits}f}-{f['max']:.{digits}f})"


def save(name):
    plt.tight_layout()
    plt.savefig(results / name, dpi=110)
    plt.close()
    return name


def machine():
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    memory = int(next(l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal"))) / 1024 / 1024
    tools = {t: subprocess.run([t, "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
             for t in ("dotnet", "node")}
    return f"{os.cpu_count()} cores ({cpu}), {memory:.0f} GiB, {platform.platform()}, .NET SDK {tools['dotnet']}, Node {tools['node']}"


lines = [
    "# Benchmark results",
    "",
    f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC; commit `{os.environ.get('BENCH_COMMIT', '?')}`",
    f"- Machine: {machine()}",
    f"- `bench/run.sh` took {os.environ.get('BENCH_SECONDS_TOTAL', '?')} s. Each figure is the median over the repeated runs,"
    " with the spread (min-max) in brackets; each ratio is computed within one run, then summarised the same way.",
    "- Everything (servers, peers, load generator, Redis) shares this one machine, so the load generator takes CPU"
    " from the servers alike; compare the ratios, not the absolute figures, across machines.",
    "",
]

if d := raw.get("dashboard"):
    t = d["targets"]
    lines += [
        "## 1. Guardian dashboard query",
        "",
        f"`bench/dashboard.graphql` as mette.hansen ({d['shape']['children']} children, {d['shape']['threads']} threads),"
        f" {d['connections']} concurrent connections, {d['seconds']} s per run, {d['repeats']} runs, interleaved."
        " All three answered the same `data` before the runs (checked).",
        "",
        "| target | requests/s | p50 ms | p99 ms | failed |",
        "| --- | --- | --- | --- | --- |",
    ]
    names = {"aula": "Aula (GraphQL.NET, EF Core)", "node": "Node peer (graphql-jit, dataloader, better-sqlite3, cluster)",
             "floor": "Floor (minimal ASP.NET Core, same SQL)"}
    for k, v in t.items():
        lines.append(f"| {names[k]} | {fig(v['rps'], digits=0)} | {fig(v['p50'])} | {fig(v['p99'])} | {v['failed']} |")
    lines += ["", "| Aula relative to | requests/s ratio | p99 ratio |", "| --- | --- | --- |"]
    for k, v in d["ratios"].items():
        lines.append(f"| {names[k]} | {fig(v['rps'], 'x', 2)} | {fig(v['p99'], 'x', 2)} |")
    for k, v in t.items():
        last = v["percentiles"][-1]
        ps = sorted((float(p[1:].replace("_", ".")), ms) for p, ms in last.items())
        plt.plot([ms for _, ms in ps], [p for p, _ in ps], marker=".", label=names[k])
    plt.xscale("log")
    plt.xlabel("latency (ms, log)")
    plt.ylabel("percentile")
    plt.title("Dashboard latency distribution (last run)")
    plt.legend(fontsize=7)
    lines += ["", f"![dashboard latency]({save('dashboard-latency.png')})", ""]

if d := raw.get("statements"):
    lines += ["## 2. SQL statements per request", "",
              "The dashboard query as bench.guardian with `children(first: n)` and `threads(first: n)`: n children, each"
              " with 2 groups and their plans, and n threads with their last messages; statements counted from EF Core's"
              f" command log. Constant: **{'yes' if d['constant'] else 'NO'}**.", "",
              "| list size | " + " | ".join(str(p["size"]) for p in d["points"]) + " |",
              "| --- |" + " --- |" * len(d["points"]),
              "| statements | " + " | ".join(str(p["statements"]) for p in d["points"]) + " |"]
    plt.plot([p["size"] for p in d["points"]], [p["statements"] for p in d["points"]], marker="o")
    plt.ylim(bottom=0)
    plt.xlabel("list size (children, threads)")
    plt.ylabel("SQL statements per request")
    plt.title("Statements per dashboard request")
    lines += ["", f"![statements]({save('statements.png')})", ""]

if d := raw.get("live"):
    lines += ["## 3. Message latency, send to delivered", "",
              f"lars.nielsen sends {d['messages']} messages at {d['rate']}/s to a thread; mette.hansen's connection on the same"
              " or the other node receives them. Each stack runs two nodes on one Redis and one SQLite file (WAL) on this"
              " machine; both store the message before pushing it. The floor is a raw Redis PUBLISH to a SUBSCRIBE client.",
              "", "| path | p50 ms | p99 ms | lost |", "| --- | --- | --- | --- |"]
    for k, v in d["latency"].items():
        lines.append(f"| {k} | {fig(v['p50'], digits=2)} | {fig(v['p99'], digits=2)} | {v.get('lost', 0)} |")
    for k, v in d["latency"].items():
        xs = sorted(v["samples"])
        plt.plot(xs, [(i + 1) / len(xs) * 100 for i in range(len(xs))], label=k)
    plt.xscale("log")
    plt.xlabel("send to delivered (ms, log)")
    plt.ylabel("percentile")
    plt.title("Message latency distribution (all runs)")
    plt.legend(fontsize=7)
    lines += ["", f"![message latency]({save('message-latency.png')})", "",
              "## 4. Fan-out", "",
              f"{d['fanout']} connections of mette.hansen on node 1, one message from lars.nielsen: time until the last"
              " connection has it.", "", "| stack | last delivery ms |", "| --- | --- |"]
    for k, v in d["fanoutMs"].items():
        lines.append(f"| {k} | {fig(v)} |")
    lines += ["", f"Aula / Socket.IO peer: {d['fanoutMs']['aula']['median'] / d['fanoutMs']['peer']['median']:.2f}x (medians)",
              "", "## 5. Idle connections", "",
              f"{d['idle']} idle connections of mette.hansen on node 1 (each joins the groups of her threads); resident"
              " memory of the node before and 5 s after.", "",
              "| stack | per connection KiB | before MiB | after MiB | connect time s |", "| --- | --- | --- | --- | --- |"]
    for k, v in d["memory"].items():
        lines.append(f"| {k} | {v['perConnection'] / 1024:.1f} | {v['before'] / 2**20:.0f} | {v['after'] / 2**20:.0f} | {v['connectSeconds']:.1f} |")
    names = list(d["memory"])
    plt.bar(names, [d["memory"][k]["perConnection"] / 1024 for k in names])
    plt.ylabel("KiB per idle connection")
    plt.title(f"Memory per idle connection at {d['idle']}")
    lines += ["", f"![memory per connection]({save('connections-memory.png')})", ""]

lines += ["## Reproduce", "", "```sh", "bash bench/run.sh", "```", "",
          "Needs the .NET SDK and Node; installs redis-server, sqlite3 and python3-matplotlib if missing, and each"
          " package's locked Node modules. Durations: `BENCH_SECONDS`, `BENCH_REPEATS`, `BENCH_RATE`, `BENCH_MESSAGES`,"
          " `BENCH_FANOUT`, `BENCH_IDLE` (see `bench/run.sh`)."]
(results / "latest.md").write_text("\n".join(lines) + "\n")
print(f"report: wrote {results / 'latest.md'}")
