#!/usr/bin/env python3
"""Time from `java -jar mock-server.jar` to the first answer of its admin API's /health endpoint.

Usage: time-to-first-answer.py JAR [RUNS] [-- extra server arguments]
Prints each run's figure in milliseconds, then the median. Standard library only.
"""
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
                        return (time.perf_counter() - started) * 1000
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
    figures = []
    for run in range(runs):
        figures.append(first_answer_ms(jar, extra))
        print(f"run {run + 1}: {figures[-1]:.0f} ms")
    print(f"median: {statistics.median(figures):.0f} ms over {runs} runs")


if __name__ == "__main__":
    main()
