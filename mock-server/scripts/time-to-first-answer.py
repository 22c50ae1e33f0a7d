#!/usr/bin/env python3
"""Time from `java -jar mock-server.jar` to the first answer of its admin API's /health endpoint.

Usage: time-to-first-answer.py JAR [RUNS] [-- extra server arguments]
Prints each run's wall-clock figure in milliseconds, and on Linux the CPU time the server process had
used by then (less sensitive to other load on the machine), then the medians. Standard library only.
"""
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_ms(pid):
    """User plus system CPU time of a process so far, from /proc; None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


def first_answer_ms(jar, extra):
    port = free_port()
    url = f"http://127.0.0.1:{port}/health"
    started = time.perf_counter()
    server = subprocess.Popen(["java", "-jar", jar, "--admin-port", str(port), *extra],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            if server.poll() is not None:
                raise SystemExit(f"the server exited with {server.returncode} before answering")
            try:
                with urllib.request.urlopen(url, timeout=1) as response:
                    if response.status == 200:
                        return (time.perf_counter() - started) * 1000, cpu_ms(server.pid)
            except OSError:
                time.sleep(0.002)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        extra = args[args.index("--") + 1:]
        args = args[:args.index("--")]
    if not args:
        raise SystemExit(__doc__)
    jar = args[0]
    runs = int(args[1]) if len(args) > 1 else 5
    walls, cpus = [], []
    for run in range(runs):
        wall, cpu = first_answer_ms(jar, extra)
        walls.append(wall)
        if cpu is not None:
            cpus.append(cpu)
        print(f"run {run + 1}: {wall:.0f} ms" + ("" if cpu is None else f" (server CPU {cpu:.0f} ms)"))
    print(f"median: {statistics.median(walls):.0f} ms over {runs} runs"
          + (f", server CPU {statistics.median(cpus):.0f} ms" if cpus else ""))


if __name__ == "__main__":
    main()
