"""Carnet's command line against jrnl's (4.x), same machine, same entries, same run.

    .venv/bin/python benchmarks/bench_jrnl.py [--entries 10000] [--runs 5]

Installs nothing: jrnl must be on PATH (``pip install jrnl``), else the script says so and stops.
Both journals hold the same synthetic entries (``synthetic.generate``), both encrypted: Carnet
with Argon2id at its creation minimum (64 MiB, 3 passes), jrnl with ``encrypt: true`` (its
password from ``jrnl_env_keyring``, an environment-variable keyring: no prompt). Whole processes
are timed, alternating Carnet and jrnl, median of ``--runs``; peak memory is the child's maximum
resident set (``resource.getrusage(RUSAGE_CHILDREN)``, taken once per command with a fresh
interpreter chain); CPU seconds (user + system) are printed beside the wall clock, being less moved
by other work on a shared machine. Prints the ratio Carnet / jrnl per command (issue 17's goals: export <= 0.2,
add <= 0.2, search <= 1).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synthetic  # noqa: E402
from as_installed import compile_package  # noqa: E402

from journal_app.core import crypto  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402

PASSWORD = "benchmark passphrase"
SEARCH_WORD = "logement"


def jrnl_text(count: int) -> str:
    lines = []
    for entry in synthetic.generate(count):
        fields = entry.fields
        title = " ".join(fields.title.split()) or "Note"
        lines.append(f"[{fields.occurred_at:%Y-%m-%d %H:%M}] {title.rstrip('.?!')}.\n{fields.body.strip()}\n")
    return "\n".join(lines)


def build_jrnl(folder: Path, count: int) -> tuple[Path, dict[str, str]]:
    from jrnl.encryption.Jrnlv3Encryption import Jrnlv3Encryption  # jrnl's own writer: the format it reads

    journal = folder / "jrnl.txt"
    config = folder / "jrnl.yaml"
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: true\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default:\n    journal: {journal}\n    encrypt: true\n"
        "linewrap: 79\ntagsymbols: '#@'\ntemplate: false\ntimeformat: '%F %r'\nversion: v4.6\n")
    encryption = Jrnlv3Encryption("default", {"encrypt": True, "journal": str(journal)})
    encryption.password = PASSWORD
    journal.write_bytes(encryption.encrypt(jrnl_text(count)))
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="jrnl_env_keyring.EnvKeyring", BENCH_JRNL_PASSWORD=PASSWORD,
               PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH", "")])))
    return config, env


def build_carnet(folder: Path, count: int) -> Path:
    kdf = crypto.KdfParams(memory_kib=crypto.DEFAULT_MEMORY_KIB, iterations=crypto.MIN_ITERATIONS)
    path = synthetic.build(folder / "journal.carnet", count, kdf=kdf, passphrase=PASSWORD)
    Journal.open(path, PASSWORD).close()  # what a first open writes is not timed
    return path


def timed(argv: list[str], env: dict[str, str] | None = None, stdin: str = "") -> tuple[float, float]:
    """Wall-clock seconds, and the child's CPU seconds (user + system): steadier than the wall
    clock when other work shares the cores."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, input=stdin.encode(), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def peak_mib(argv: list[str], env: dict[str, str] | None = None, stdin: str = "") -> float:
    """Peak resident memory of one run, in a fresh child (getrusage's children maximum is per process)."""
    probe = ("import resource, subprocess, sys;"
             "subprocess.run(sys.argv[2:], input=sys.argv[1].encode(), stdout=subprocess.DEVNULL,"
             " stderr=subprocess.DEVNULL, check=True);"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", probe, stdin, *argv], env=env, capture_output=True, check=True)
    return int(out.stdout.split()[-1]) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    jrnl = shutil.which("jrnl") or (str(Path(sys.executable).with_name("jrnl"))
                                    if Path(sys.executable).with_name("jrnl").exists() else None)
    if jrnl is None:
        print("jrnl is not installed (pip install jrnl): nothing to compare")
        return 1
    compile_package()  # jrnl's bytecode was compiled when pip installed it; so is Carnet's
    carnet = [sys.executable, "-m", "journal_app.cli"]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        path = build_carnet(folder, args.entries)
        config, env = build_jrnl(folder, args.entries)
        subprocess.run([jrnl, "--config-file", str(config), "-n", "1"], env=env, capture_output=True,
                       check=True)  # jrnl's first run rewrites its configuration: not timed
        secret = PASSWORD + "\n"
        export_file = folder / "export.json"
        commands = {
            "export": ([*carnet, "export", str(path), str(export_file), "--passphrase-stdin"],
                       [jrnl, "--config-file", str(config), "--export", "json"]),
            "add": ([*carnet, "add", str(path), "--title", "Benchmark", "--body", "one line", "--passphrase-stdin"],
                    [jrnl, "--config-file", str(config), "Benchmark. one line"]),
            "search": ([*carnet, "search", str(path), SEARCH_WORD, "--passphrase-stdin"],
                       [jrnl, "--config-file", str(config), "-contains", SEARCH_WORD]),
        }
        print(f"{args.entries:,} entries, median of {args.runs} alternating runs (whole processes)")
        print(f"{'command':<8} {'Carnet s':>9} {'jrnl s':>8} {'ratio':>6} {'Carnet MiB':>11} {'jrnl MiB':>9}"
              f" {'Carnet CPU s':>13} {'jrnl CPU s':>11} {'CPU ratio':>10}")
        for name, (ours, theirs) in commands.items():
            mine, others = [], []
            for _ in range(args.runs):
                export_file.unlink(missing_ok=True)
                mine.append(timed(ours, stdin=secret))
                others.append(timed(theirs, env=env))
            export_file.unlink(missing_ok=True)
            ours_mib, theirs_mib = peak_mib(ours, stdin=secret), peak_mib(theirs, env=env)
            a, b = statistics.median(run[0] for run in mine), statistics.median(run[0] for run in others)
            a_cpu, b_cpu = statistics.median(run[1] for run in mine), statistics.median(run[1] for run in others)
            print(f"{name:<8} {a:>9.2f} {b:>8.2f} {a / b:>6.2f} {ours_mib:>11.0f} {theirs_mib:>9.0f}"
                  f" {a_cpu:>13.2f} {b_cpu:>11.2f} {a_cpu / b_cpu:>10.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
