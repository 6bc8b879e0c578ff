import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  bundleIdentity,
  main,
  makePrivateDir,
  onMessages,
  readPatchStream,
  socketDir,
  socketPath
} from "./claimlint-chunk-VGXS3COD.mjs";
import {
  clearConfigCache,
  detachKeys,
  packageRoot
} from "./claimlint-chunk-M2JGVB2W.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";

// src/cli/resident.ts
import { spawn } from "node:child_process";
import { chmodSync, existsSync, lstatSync, unlinkSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { join } from "node:path";
import { Readable } from "node:stream";
var USAGE = "usage: claimlint server start|stop|status|run";
var bundle = () => join(packageRoot(), "dist", "claimlint.mjs");
async function serverCommand(args, io) {
  switch (args.length === 1 ? args[0] : void 0) {
    case "run": {
      const code = await runServer(io);
      setImmediate(() => process.exit(code));
      return code;
    }
    case "start":
      return start(io);
    case "stop":
      return control("stop", io);
    case "status":
      return control("status", io);
    default:
      io.err(`claimlint: ${USAGE}
`);
      return 2;
  }
}
function answering(path) {
  return new Promise((resolve) => {
    const s = createConnection(path);
    s.on("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.on("error", () => resolve(false));
  });
}
function ask(path, request, io) {
  return new Promise((resolve) => {
    const s = createConnection(path);
    let code;
    s.on("connect", () => s.write(`${JSON.stringify(request)}
`));
    onMessages(s, (reply) => {
      if ("out" in reply) io.out(reply.out);
      if ("err" in reply) io.err(reply.err);
      if ("exit" in reply) code = reply.exit;
      if ("stale" in reply) code = 0;
    });
    s.on("error", () => resolve(void 0));
    s.on("close", () => resolve(code));
  });
}
async function control(what, io) {
  const path = socketPath();
  const code = existsSync(path) ? await ask(path, { id: bundleIdentity(bundle()), control: what }, io) : void 0;
  if (code === void 0) {
    io.out(`claimlint server: not running (${path})
`);
    return what === "status" ? 3 : 0;
  }
  return code;
}
async function start(io) {
  const path = socketPath();
  if (await answering(path)) {
    io.out(`claimlint server: already running on ${path}
`);
    return 0;
  }
  const child = spawn(process.execPath, [join(packageRoot(), "bin", "claimlint.js"), "server", "run"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, CLAIMLINT_NO_SERVER: "1" }
  });
  child.unref();
  for (let waited = 0; waited < 1e4; waited += 50) {
    if (await answering(path)) {
      io.out(`claimlint server: listening on ${path} (pid ${child.pid})
`);
      return 0;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  io.err(`claimlint: server did not start (run 'claimlint server run' to see why)
`);
  return 2;
}
async function runServer(io) {
  detachKeys();
  const dir = socketDir();
  const problem = makePrivateDir(dir);
  if (problem) {
    io.err(`claimlint: ${problem}
`);
    return 2;
  }
  const path = socketPath();
  if (existsSync(path)) {
    if (await answering(path)) {
      io.err(`claimlint: a server already listens on ${path}
`);
      return 2;
    }
    if (!lstatSync(path).isSocket()) {
      io.err(`claimlint: ${path} is not a socket; not removing it
`);
      return 2;
    }
    unlinkSync(path);
  }
  const id = bundleIdentity(bundle());
  const idleMs = 1e3 * (Number(process.env["CLAIMLINT_SERVER_IDLE"]) || 900);
  const started = Date.now();
  let runs = 0;
  let queue = Promise.resolve();
  let idle;
  let open = 0;
  return new Promise((resolve) => {
    const server = createServer((socket) => {
      clearTimeout(idle);
      open++;
      socket.on("close", () => {
        if (--open === 0) armIdle();
      });
      let stdinWaiter;
      onMessages(socket, (request) => {
        if (request.stdin !== void 0 && stdinWaiter) {
          stdinWaiter(request.stdin);
          stdinWaiter = void 0;
          return;
        }
        queue = queue.then(() => serve(request, socket, (w) => {
          stdinWaiter = w;
        }));
      });
      socket.on("error", () => void 0);
    });
    const stop = () => {
      clearTimeout(idle);
      server.close();
      try {
        unlinkSync(path);
      } catch {
      }
      resolve(0);
    };
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(stop, idleMs);
      idle.unref?.();
    };
    async function serve(request, socket, onStdin) {
      const send = (r) => {
        if (!socket.destroyed) socket.write(`${JSON.stringify(r)}
`);
      };
      if (request.id !== id) {
        send({ stale: true });
        socket.end();
        stop();
        return;
      }
      if (request.control === "stop") {
        send({ out: "claimlint server: stopped\n" });
        send({ exit: 0 });
        socket.end();
        stop();
        return;
      }
      if (request.control === "status") {
        send({ out: `claimlint server: running on ${path} (pid ${process.pid}, up ${Math.round((Date.now() - started) / 1e3)} s, ${runs} runs)
` });
        send({ exit: 0 });
        socket.end();
        return;
      }
      runs++;
      send({ exit: await runFor(request, send, onStdin) });
      socket.end();
    }
    server.on("error", (err) => {
      io.err(`claimlint: server: ${err.message}
`);
      resolve(2);
    });
    server.listen(path, () => {
      chmodSync(path, 384);
      armIdle();
    });
  });
}
async function runFor(request, send, onStdin) {
  const home = process.cwd();
  const env = { ...process.env };
  try {
    process.chdir(request.cwd ?? home);
  } catch (err) {
    send({ err: `claimlint: ${request.cwd}: ${err.message}
` });
    return 2;
  }
  for (const k of Object.keys(process.env)) delete process.env[k];
  Object.assign(process.env, request.env ?? {});
  clearConfigCache();
  const io = {
    out: (s) => send({ out: s }),
    err: (s) => send({ err: s }),
    errIsTTY: request.tty?.err === true,
    outIsTTY: request.tty?.out === true,
    inIsTTY: request.tty?.in === true,
    // The client's standard input, read there only when a patch is to come from it.
    readStdin: () => new Promise((resolve) => {
      onStdin(resolve);
      send({ needStdin: true });
    }).then((b64) => readPatchStream(Readable.from([Buffer.from(b64, "base64")])))
  };
  try {
    return await main(request.argv ?? [], io);
  } finally {
    for (const k of Object.keys(process.env)) delete process.env[k];
    Object.assign(process.env, env);
    process.chdir(home);
  }
}
export {
  runServer,
  serverCommand
};
