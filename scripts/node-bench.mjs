// The official Node SDK's side of `scripts/bench-cost.sh node`: the same workloads as `benches/overhead.rs run`
// against the same fixed-answer server, with the same output line.
//
//   POCKETSFLOW_NODE_SDK=<dir of the pocketsflow@1.2.1 package> node scripts/node-bench.mjs URL small|page INFLIGHT MS
//
// The SDK itself is installed by the script into a temporary directory; it is never part of this repository.
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [url, answer, inflightArg, msArg] = process.argv.slice(2);
const inflight = Number(inflightArg);
const ms = Number(msArg);
if (!url || !["small", "page"].includes(answer) || !(inflight >= 1) || !(ms > 0)) {
  console.error("usage: node-bench.mjs URL small|page INFLIGHT MS");
  process.exit(2);
}
const dir = process.env.POCKETSFLOW_NODE_SDK;
if (!dir) {
  console.error("POCKETSFLOW_NODE_SDK must name the installed pocketsflow package directory");
  process.exit(2);
}
const { Pocketsflow } = await import(pathToFileURL(join(dir, "dist", "index.mjs")).href);
const pf = new Pocketsflow({ apiKey: "pk_test_bench_0123456789abcdef", baseUrl: url });

// Each call is checked, as the Rust side decodes into its types.
const call =
  answer === "small"
    ? async () => {
        const user = await pf.users.me();
        if (user.email !== "seller@example.com") throw new Error("unexpected user");
      }
    : async () => {
        const page = await pf.orders.list({ page: 1, pageSize: 100 });
        if (page.orders.length !== 100) throw new Error("unexpected page");
      };

// `inflight` workers, each making calls one after the other while `more()` says so.
async function drive(more) {
  let done = 0;
  const worker = async () => {
    while (more()) {
      await call();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: inflight }, worker));
  return done;
}

// Open the connections and warm up (as the Rust side does: 4 calls per slot).
let started = 0;
await drive(() => started++ < inflight * 4);

const t0 = performance.now();
const cpu0 = process.cpuUsage();
const calls = await drive(() => performance.now() - t0 < ms);
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuNsPerCall = ((cpu.user + cpu.system) * 1000) / calls;
const maxRssKb = process.resourceUsage().maxRSS;
console.log(
  `calls=${calls} secs=${secs.toFixed(6)} calls_per_sec=${(calls / secs).toFixed(1)} ` +
    `cpu_ns_per_call=${cpuNsPerCall.toFixed(0)} max_rss_kb=${maxRssKb}`,
);
// Keep-alive sockets would hold the event loop open.
process.exit(0);
