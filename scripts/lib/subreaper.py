#!/usr/bin/env python3
# Runs a command as a child subreaper (Linux prctl PR_SET_CHILD_SUBREAPER): processes the command orphans
# (Chromium's helpers) are handed to this process and reaped here, so that their CPU time reaches the parent's
# RUSAGE_CHILDREN (cutime/cstime) exactly. Same idea as ../shared/bench/lib/reaper.py.
#   python3 subreaper.py STATUS_FILE -- command args...
# STATUS_FILE receives {"exit": code, "cmdWallS": seconds until the command itself exited}.
import ctypes, json, os, subprocess, sys, time

PR_SET_CHILD_SUBREAPER = 36
status_file, cmd = sys.argv[1], sys.argv[sys.argv.index('--') + 1:]
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
t0 = time.monotonic()
child = subprocess.Popen(cmd)
status, deadline = None, None
while True:
    try:
        pid, wait_status, _ = os.wait3(0 if status is None else os.WNOHANG)
    except ChildProcessError:
        break  # nothing left to reap
    if pid == child.pid:
        status = os.waitstatus_to_exitcode(wait_status)
        with open(status_file, 'w') as f:
            json.dump({'exit': status, 'cmdWallS': round(time.monotonic() - t0, 3)}, f)
        deadline = time.monotonic() + 10
    elif pid == 0:  # the command is done but orphans still run: 10 s of grace, then they are killed
        if time.monotonic() > deadline:
            for name in os.listdir('/proc'):
                try:
                    with open(f'/proc/{name}/stat') as f:
                        if int(f.read().rsplit(')', 1)[1].split()[1]) == os.getpid():
                            os.kill(int(name), 9)
                except (OSError, ValueError, IndexError):
                    pass
        time.sleep(0.05)
sys.exit(status if status is not None and status >= 0 else 1)
