// Runs one command and measures its whole process tree from /proc (Linux only): wall time, CPU seconds of
// every descendant (Chromium's processes included), peak summed RSS and PSS, and the CPU that processes
// outside the tree used meanwhile, so that a run disturbed by other users of the machine can be told apart.

import { execFileSync, spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const getconf = (name, fallback) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const HZ = getconf('CLK_TCK', 100);
const PAGE_BYTES = getconf('PAGESIZE', 4096);

/** Fields of /proc/PID/stat after the command name: index = field number (man 5 proc) minus 3. */
function statFields(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // the process is gone
  }
}

/** utime+stime, ppid, start time and RSS of every live process. */
function procTable() {
  const table = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(name);
    if (!f) continue;
    table.set(Number(name), {
      ppid: Number(f[1]),
      cpuTicks: Number(f[11]) + Number(f[12]),
      start: f[19],
      rssBytes: Number(f[21]) * PAGE_BYTES,
    });
  }
  return table;
}

function descendantsOf(root, table) {
  const children = new Map();
  for (const [pid, p] of table) {
    if (!children.has(p.ppid)) children.set(p.ppid, []);
    children.get(p.ppid).push(pid);
  }
  const found = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (table.has(pid)) found.push(pid);
    for (const child of children.get(pid) ?? []) stack.push(child);
  }
  return found;
}

function pssBytes(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Whole-machine busy ticks (user nice system irq softirq steal) from /proc/stat. */
function machineBusyTicks() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return f[0] + f[1] + f[2] + f[5] + f[6] + (f[7] ?? 0);
}
function machineTotalTicks() {
  return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
}

/** CPU ticks of the children this process has waited for (cutime + cstime of /proc/self/stat). */
function reapedChildTicks() {
  const f = statFields('self');
  return Number(f[13]) + Number(f[14]);
}

const SUBREAPER = join(import.meta.dirname, 'subreaper.py');
let python = null;
function pythonAvailable() {
  if (python === null) {
    try {
      execFileSync('python3', ['-c', 'import ctypes'], { stdio: 'ignore' });
      python = true;
    } catch {
      python = false;
    }
  }
  return python;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the machine is quiet: less than `thresholdPct` % of all cores busy over 2 s, or `maxMs` ran out.
 * Returns the milliseconds waited and the last busy share seen.
 */
export async function waitQuiet({ thresholdPct = 15, maxMs = 60_000 } = {}) {
  const t0 = Date.now();
  for (;;) {
    const a = machineTotalTicks();
    await sleep(2000);
    const b = machineTotalTicks();
    const total = b.reduce((x, y) => x + y, 0) - a.reduce((x, y) => x + y, 0);
    const idle = b[3] + b[4] - (a[3] + a[4]);
    const busyPct = total > 0 ? 100 * (1 - idle / total) : 0;
    if (busyPct < thresholdPct || Date.now() - t0 > maxMs) return { waitedMs: Date.now() - t0, busyPct };
  }
}

/**
 * Spawns `command args` and samples its process tree every `intervalMs`. CPU time is the best of two lower
 * bounds: the sum over processes of the last utime+stime seen (misses what a process used after the last
 * sample), and the CPU of the reaped children of this process (misses processes orphaned to init). When
 * python3 is there, the command runs under subreaper.py, which reaps the orphans too: the second figure is
 * then exact. `wallS` runs until the command exits; `treeWallS` until its last process is gone.
 */
export function runMeasured({
  command,
  args,
  env = process.env,
  cwd,
  stdoutFile,
  stderrFile,
  intervalMs = 200,
  pssEvery = 5, // smaps_rollup walks page tables: the costly read, once a second
  serverPid,
  onSample, // ({ t, rssBytes, pssBytes|null, procs }) after each sample: memory over time
}) {
  return new Promise((resolve, reject) => {
    const out = stdoutFile ? openSync(stdoutFile, 'w') : 'ignore';
    const err = stderrFile ? openSync(stderrFile, 'w') : 'ignore';
    const busy0 = machineBusyTicks();
    const reaped0 = reapedChildTicks();
    const self0 = process.cpuUsage();
    const server0 = serverPid
      ? Number(statFields(serverPid)?.[11] ?? 0) + Number(statFields(serverPid)?.[12] ?? 0)
      : 0;
    const t0 = performance.now();
    const statusFile = join(tmpdir(), `vigie-bench-status-${process.pid}-${Date.now()}.json`);
    const reaped = pythonAvailable();
    const [file, argv] = reaped
      ? ['python3', [SUBREAPER, statusFile, '--', command, ...args]]
      : [command, args];
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', out, err] });
    const treeCpu = new Map(); // "pid:start" -> last utime+stime seen
    const foreign = new Map(); // "pid:start" -> { first, last, comm } for processes outside the tree
    const skip = new Set([process.pid, serverPid, 1, 2].filter(Boolean));
    let peakRss = 0;
    let peakPss = 0;
    let maxProcs = 0;
    let samples = 0;
    let firstSample = true;
    const sample = () => {
      const table = procTable();
      const tree = descendantsOf(child.pid, table);
      const inTree = new Set(tree);
      let rss = 0;
      let pss = 0;
      const withPss = samples % pssEvery === 0;
      for (const pid of tree) {
        const p = table.get(pid);
        rss += p.rssBytes;
        if (withPss) pss += pssBytes(pid);
        treeCpu.set(`${pid}:${p.start}`, p.cpuTicks);
      }
      for (const [pid, p] of table) {
        if (inTree.has(pid) || skip.has(pid) || p.ppid === 2) continue; // kernel threads are children of 2
        const key = `${pid}:${p.start}`;
        const seen = foreign.get(key);
        if (seen) seen.last = p.cpuTicks;
        else {
          let comm = '?';
          try {
            comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
          } catch {}
          // A process that existed before the run counts from its first sample; a new one from zero.
          foreign.set(key, { first: firstSample ? p.cpuTicks : 0, last: p.cpuTicks, comm });
        }
      }
      firstSample = false;
      peakRss = Math.max(peakRss, rss);
      if (withPss) peakPss = Math.max(peakPss, pss);
      maxProcs = Math.max(maxProcs, tree.length);
      samples++;
      onSample?.({
        t: (performance.now() - t0) / 1000,
        rssBytes: rss,
        pssBytes: withPss ? pss : null,
        procs: tree.length,
      });
    };
    sample();
    const timer = setInterval(sample, intervalMs);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      const treeWallS = (performance.now() - t0) / 1000;
      let status = { exit: code, cmdWallS: treeWallS };
      if (reaped) {
        try {
          status = JSON.parse(readFileSync(statusFile, 'utf8'));
          rmSync(statusFile);
        } catch {}
      }
      for (const fd of [out, err]) if (typeof fd === 'number') closeSync(fd);
      // 'exit' fires after the wait: the child's rusage (and its reaped descendants') is in cutime now.
      const cpuReapedS = (reapedChildTicks() - reaped0) / HZ;
      let cpuSampledTicks = 0;
      for (const ticks of treeCpu.values()) cpuSampledTicks += ticks;
      const cpuSampledS = cpuSampledTicks / HZ;
      let foreignTicks = 0;
      const top = [];
      for (const f of foreign.values()) {
        const ticks = f.last - f.first;
        foreignTicks += ticks;
        if (ticks / HZ >= 1) top.push([f.comm, ticks / HZ]);
      }
      top.sort((a, b) => b[1] - a[1]);
      const selfUsage = process.cpuUsage(self0);
      const serverTicks = serverPid
        ? Number(statFields(serverPid)?.[11] ?? 0) + Number(statFields(serverPid)?.[12] ?? 0) - server0
        : 0;
      resolve({
        exitCode: status.exit,
        signal,
        wallS: status.cmdWallS,
        treeWallS,
        subreaper: reaped,
        cpuS: Math.max(cpuSampledS, cpuReapedS),
        cpuSampledS,
        cpuReapedS,
        peakRssMb: peakRss / 1048576,
        peakPssMb: peakPss / 1048576,
        maxProcs,
        samples,
        machineBusyS: (machineBusyTicks() - busy0) / HZ,
        serverCpuS: serverTicks / HZ,
        benchCpuS: (selfUsage.user + selfUsage.system) / 1e6,
        foreignCpuS: foreignTicks / HZ,
        foreignTop: top.slice(0, 5).map(([comm, s]) => `${comm}:${s.toFixed(1)}`),
      });
    });
  });
}

/** CPU ticks of `rootPid` and its live descendants ("pid:start" -> ticks), leaving out the `exclude` subtrees. */
export function treeCpuSnapshot(rootPid, exclude = []) {
  const table = procTable();
  const skipped = new Set(exclude.flatMap((pid) => descendantsOf(pid, table)));
  const snapshot = new Map();
  for (const pid of descendantsOf(rootPid, table)) {
    if (!skipped.has(pid)) snapshot.set(`${pid}:${table.get(pid).start}`, table.get(pid).cpuTicks);
  }
  return snapshot;
}

/** CPU seconds between two snapshots (a process that ended in between loses its last interval). */
export function cpuSecondsBetween(before, after) {
  let ticks = 0;
  for (const [key, value] of after) ticks += value - (before.get(key) ?? 0);
  return ticks / HZ;
}
