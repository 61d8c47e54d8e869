import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";

// Two production instances of the build (scripts/serve.mjs, demo mode like the e2e server) on one
// PostgreSQL database and one Redis, behind a round-robin load balancer (node:http). scripts/test.mjs
// (phase "instances") gives the database and the Redis key prefix.

export interface Instance {
  name: string;
  port: number;
  process: ChildProcess;
  log: string[];
}

export interface Cluster {
  url: string; // the load balancer
  instances: Instance[];
  served: string[]; // which instance answered each request, in order
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitUntilServing(instance: Instance, timeoutMs = 90_000) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (instance.process.exitCode !== null) throw new Error(`instance ${instance.name} exited:\n${instance.log.join("")}`);
    try {
      const res = await fetch(`http://127.0.0.1:${instance.port}/contact`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance ${instance.name} did not start:\n${instance.log.join("")}`);
}

export function startInstance(name: Instance["name"], port: number, env: Record<string, string | undefined>): Instance {
  const child = spawn(process.execPath, ["scripts/serve.mjs", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  return { name, port, process: child, log };
}

// Round robin over the instances that are up; `x-test-upstream: A|B` pins a request to one (the test
// uses it to say "log in on A, use the session on B"). Answers 502 when the chosen instance is down, as
// nginx does for a request it already sent; the caller retries.
function loadBalancer(instances: Instance[], served: string[]): http.Server {
  let next = 0;
  return http.createServer((req, res) => {
    const pinned = req.headers["x-test-upstream"];
    const target = typeof pinned === "string" ? instances.find((i) => i.name === pinned)! : instances[next++ % instances.length];
    served.push(target.name);
    const upstream = http.request(
      { host: "127.0.0.1", port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-upstream": target.name });
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "x-upstream": target.name });
      res.end();
    });
    req.pipe(upstream);
  });
}

const SERVER_ACTIONS_KEY = randomBytes(32).toString("base64");

// What every instance of the test runs with.
export function clusterEnv(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    NODE_ENV: "production",
    DEMO_MODE: "1",
    // One key for the server actions of both instances (docs/deployment.md).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: SERVER_ACTIONS_KEY,
    // A quick human check (the test solves it like the browser widget does).
    ALTCHA_COST: "100",
    ALTCHA_MAX_COUNTER: "40",
    ...env,
  };
}

export async function stopInstance(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.signalCode !== null) return;
  const exited = new Promise((resolve) => instance.process.once("exit", resolve));
  instance.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (instance.process.exitCode === null && instance.process.signalCode === null) instance.process.kill("SIGKILL");
}

export async function startCluster(env: Record<string, string | undefined>): Promise<Cluster> {
  const shared = clusterEnv(env);
  const instances = [startInstance("A", await freePort(), shared), startInstance("B", await freePort(), shared)];
  await Promise.all(instances.map((i) => waitUntilServing(i)));
  const served: string[] = [];
  const balancer = loadBalancer(instances, served);
  const port = await freePort();
  await new Promise<void>((resolve) => balancer.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    instances,
    served,
    async stop() {
      balancer.closeAllConnections();
      await new Promise((resolve) => balancer.close(resolve));
      for (const instance of instances) await stopInstance(instance);
    },
  };
}
