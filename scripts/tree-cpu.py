# Measures a command's CPU with every descendant counted (Chromium's zygote and renderers too): runs it as a child subreaper, reaps all, prints RUSAGE_CHILDREN.
# Usage: python3 scripts/tree-cpu.py npx jest test/e2e --maxWorkers=2
import ctypes, os, resource, sys, time
libc = ctypes.CDLL(None, use_errno=True)
PR_SET_CHILD_SUBREAPER = 36
assert libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
t0 = time.time()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
rc = None
while True:
    try:
        p, status = os.wait()
    except ChildProcessError:
        break
    if p == pid:
        rc = os.waitstatus_to_exitcode(status)
wall = time.time() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
sys.stderr.write(f"CPU-ALL wall={wall:.1f}s user={ru.ru_utime:.1f}s sys={ru.ru_stime:.1f}s total={ru.ru_utime+ru.ru_stime:.1f}s rc={rc}\n")
sys.exit(rc or 0)
