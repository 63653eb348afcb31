#!/usr/bin/python3
"""tests/mpi/run.py - data-parallel training under mpirun (issue 22,
docs/distributed.md).

    run.py comm          the communicator's collectives, broadcast, drift
                         check (test_mpi_comm.c on 1 and 3 processes)
    run.py determinism   N = 1..4, deterministic: the same bits as one
                         process (no MPI); default: within 1e-5 + 1e-4|ref|
                         of one process, and the same bits twice
    run.py resume        checkpointed at N = 2, resumed at N = 3: the
                         uninterrupted one-process run's bits
    run.py kill          a rank killed mid-epoch: the job ends non-zero
                         within 30 s, the checkpoint holds, a restart on
                         another N finishes with the uninterrupted bits
    run.py damaged       one rank's data damaged: every rank stops, with
                         that rank's message; no checkpoint is touched
    run.py fashion       Fashion-MNIST on 2 processes: the one-process
                         test accuracy (deterministic: the same bits)

Each case builds `nnc MODEL --main --mpi` against libnnrt_mpi (NNRT_MPI_LIB,
set by CMake when it found MPI) and the same model's plain trainer, and
exits 77 (skipped) with a message when Open MPI or libnnrt_mpi is missing
(scripts/deps.sh installs it).
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(TOP, "scripts"))
import nnck  # noqa: E402

sys.path.insert(0, HERE)
from compare import close, same_bits  # noqa: E402

SKIP = 77
BUILD = os.environ.get("NNC_BINARY_DIR", os.path.join(TOP, "build"))
NNC = os.environ.get("NNC", os.path.join(BUILD, "nnc"))
NNRT_LIB = os.environ.get("NNRT_LIB", os.path.join(BUILD, "libnnrt.a"))
MPI_LIB = os.environ.get("NNRT_MPI_LIB", "")
MODELS = os.path.join(HERE, "models")

passed = failed = 0


def ok(what):
    global passed
    passed += 1
    print(f"[PASS] {what}", flush=True)


def bad(what, detail=""):
    global failed
    failed += 1
    print(f"[FAIL] {what}", flush=True)
    if detail:
        print("    " + detail.strip().replace("\n", "\n    ")[-3000:], flush=True)


def check(cond, what, detail=""):
    (ok if cond else bad)(what, *([] if cond else [detail]))
    return cond


def mpirun_cmd(n):
    """mpirun for a small shared machine: oversubscribed (more processes
    than cores), shared memory without the single-copy mechanism (no
    CMA/ptrace in containers), root allowed (CI runs as root)."""
    cmd = ["mpirun", "--oversubscribe", "--mca", "btl_vader_single_copy_mechanism", "none"]
    if os.geteuid() == 0:
        cmd.append("--allow-run-as-root")
    return cmd + ["-np", str(n)]


def mpi_ready():
    if not MPI_LIB or not os.path.exists(MPI_LIB):
        return "libnnrt_mpi was not built (CMake found no MPI; scripts/deps.sh installs Open MPI)"
    if not shutil.which("mpirun") or not shutil.which("mpicc"):
        return "no mpirun/mpicc (Open MPI: apt-get install openmpi-bin libopenmpi-dev; scripts/deps.sh)"
    return None


def run(cmd, timeout=120, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


class Work:
    def __init__(self, tmp):
        self.tmp = tmp
        self.link = run(["mpicc", "--showme:link"]).stdout.split()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def build(self, model, mpi):
        """nnc MODEL --main [--mpi], compiled and linked: the program's path"""
        name = os.path.splitext(os.path.basename(model))[0] + ("_mpi" if mpi else "")
        src, exe = self.path(name + ".c"), self.path(name)
        r = run([NNC, model, "--main", *(["--mpi"] if mpi else []), "-o", src])
        if r.returncode:
            raise RuntimeError(f"nnc {model}: {r.stderr}")
        libs = [MPI_LIB, NNRT_LIB, *self.link] if mpi else [NNRT_LIB]
        cc = ["cc", "-O2", "-I", os.path.join(TOP, "runtime"), "-I", os.path.join(TOP, "runtime", "mpi"),
              src, "-o", exe, *libs, "-lz", "-lm", "-lpthread"]
        r = run(cc, timeout=300)
        if r.returncode:
            raise RuntimeError(f"{' '.join(cc)}: {r.stderr}")
        return exe

    def train(self, exe, args, n=None, timeout=120):
        """the plain trainer (n None) or the MPI one under mpirun -np n"""
        cmd = ([] if n is None else mpirun_cmd(n)) + [exe, *args]
        return run(cmd, timeout=timeout)


def write_data(path, rows, seed, features=8, classes=3):
    """a seeded classification CSV: label first, then the features"""
    rng = np.random.default_rng(seed)
    centres = rng.normal(0, 1.5, (classes, features))
    y = rng.integers(0, classes, rows)
    x = centres[y] + rng.normal(0, 1.0, (rows, features))
    with open(path, "w") as f:
        f.write("label," + ",".join(f"x{i}" for i in range(features)) + "\n")
        for i in range(rows):
            f.write(f"{y[i]}," + ",".join(f"{v:.6f}" for v in x[i]) + "\n")


def ran(r, what):
    if r.returncode != 0:
        bad(what, f"exit {r.returncode}\n{r.stdout}\n{r.stderr}")
        return False
    return True


# ---- the cases ------------------------------------------------------------------


def case_determinism(w):
    """done-when 1: 240 rows in batches of 12, one epoch: 20 steps"""
    data = w.path("d.csv")
    write_data(data, 240, 1)
    for model in ("plain.nn", "dropout.nn"):
        src = os.path.join(MODELS, model)
        plain, par = w.build(src, False), w.build(src, True)
        ref_det, ref_def = w.path(model + ".ref_det.nnck"), w.path(model + ".ref_def.nnck")
        if not (ran(w.train(plain, ["--train", data, "--quiet", "--deterministic", "--save", ref_det]),
                    f"{model}: one process, deterministic") and
                ran(w.train(plain, ["--train", data, "--quiet", "--save", ref_def]), f"{model}: one process")):
            continue
        for n in (1, 2, 3, 4):
            det, dflt = w.path(f"{model}.det{n}.nnck"), w.path(f"{model}.def{n}.nnck")
            if ran(w.train(par, ["--train", data, "--quiet", "--deterministic", "--save", det], n),
                   f"{model}: mpirun -np {n} --deterministic"):
                diff = same_bits(det, ref_det)
                check(not diff, f"{model}: deterministic on {n} processes = one process, bit for bit", diff)
            if ran(w.train(par, ["--train", data, "--quiet", "--save", dflt], n), f"{model}: mpirun -np {n}"):
                near, diff = close(dflt, ref_def)
                check(near, f"{model}: default mode on {n} processes within 1e-5 + 1e-4|ref| of one process "
                      f"({diff})", diff)
        again = w.path(f"{model}.def3b.nnck")
        if ran(w.train(par, ["--train", data, "--quiet", "--save", again], 3), f"{model}: mpirun -np 3 again"):
            diff = same_bits(again, w.path(f"{model}.def3.nnck"))
            check(not diff, f"{model}: default mode, 3 processes twice: the same bits", diff)


def case_resume(w):
    """done-when 2: 2 epochs straight on one process, or epoch 1 on 2
    processes and epoch 2 resumed on 3"""
    data = w.path("d.csv")
    write_data(data, 240, 2)
    src = os.path.join(MODELS, "dropout.nn")
    plain, par = w.build(src, False), w.build(src, True)
    ref, ck = w.path("ref.nnck"), w.path("ck.nnck")
    common = ["--train", data, "--quiet", "--deterministic"]
    if not ran(w.train(plain, common + ["--epochs", "2", "--save", ref]), "two epochs on one process"):
        return
    if not ran(w.train(par, common + ["--epochs", "1", "--save", ck], 2), "epoch 1 on 2 processes"):
        return
    procs = dict(nnck.read(ck)).get("train.processes")
    check(procs is not None and float(procs[0]) == 2.0, "the checkpoint records 2 processes",
          f"train.processes = {procs}")
    if not ran(w.train(par, common + ["--epochs", "2", "--resume", ck, "--save", ck], 3),
               "epoch 2 resumed on 3 processes"):
        return
    diff = same_bits(ck, ref)
    check(not diff, "resumed at N = 3 from N = 2: the uninterrupted one-process run's bits", diff)


def children(pid):
    r = run(["ps", "-o", "pid=", "--ppid", str(pid)])
    return [int(p) for p in r.stdout.split()]


def alive(pid):
    """running or sleeping: not gone, not a zombie nobody reaped"""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def case_kill(w):
    """done-when 3, first half: kill rank 1 of 3 in the middle of an epoch"""
    data = w.path("k.csv")
    write_data(data, 6000, 3)
    src = os.path.join(MODELS, "slow.nn")
    plain, par = w.build(src, False), w.build(src, True)
    ck, ref = w.path("k.nnck"), w.path("kref.nnck")
    common = ["--train", data, "--quiet", "--deterministic"]
    proc = subprocess.Popen(mpirun_cmd(3) + [par, *common, "--save", ck], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    # the time an epoch takes, from two saves; then half of it into the next
    deadline, saves = time.time() + 120, []
    while len(saves) < 2 and time.time() < deadline and proc.poll() is None:
        t = os.stat(ck).st_mtime_ns if os.path.exists(ck) else None
        if t is not None and (not saves or t != saves[-1][0]):
            saves.append((t, time.time()))
        time.sleep(0.01)
    if len(saves) == 2:
        time.sleep((saves[1][1] - saves[0][1]) / 2)
    ranks = sorted(children(proc.pid))
    if proc.poll() is not None or len(ranks) != 3 or not os.path.exists(ck):
        proc.kill()
        out = proc.communicate()[0]
        bad("a run on 3 processes that saves after its first epoch", f"ranks {ranks}\n{out}")
        return
    victim = ranks[1]
    t0 = time.time()
    os.kill(victim, signal.SIGKILL)
    try:
        out = proc.communicate(timeout=60)[0]
    except subprocess.TimeoutExpired:
        proc.kill()
        out = proc.communicate()[0]
    took = time.time() - t0
    check(proc.returncode != 0 and took < 30,
          f"a rank killed mid-epoch: the job ends with status {proc.returncode} after {took:.1f} s (< 30 s)", out)
    time.sleep(0.5)
    left = [p for p in ranks if alive(p)]
    check(not left, "no rank is left running", f"still running: {left}")
    try:
        t = dict(nnck.read(ck))   # reading checks the CRC
        epoch = int(t["train.epoch"][0])
        check(2 <= epoch < 4, f"the checkpoint on disk loads and its CRC holds (after epoch {epoch})")
    except Exception as e:  # noqa: BLE001 - any failure to read is the failure
        bad("the checkpoint on disk loads and its CRC holds", repr(e))
        return
    # a restart on another N finishes, with the weights of a run never killed
    if not ran(w.train(par, common + ["--epochs", "4", "--resume", ck, "--save", ck], 2, timeout=300),
               "the restart on 2 processes"):
        return
    ok("the restart on 2 processes completes")
    if ran(w.train(plain, common + ["--epochs", "4", "--save", ref], timeout=300), "the uninterrupted run"):
        diff = same_bits(ck, ref)
        check(not diff, "killed, restarted on 2: the weights of the uninterrupted one-process run", diff)


def case_damaged(w):
    """done-when 3, second half: rank 1's file has a bad number"""
    good, dmg = w.path("good.csv"), w.path("bad.csv")
    write_data(good, 120, 4)
    lines = open(good).read().splitlines(True)
    fields = lines[17].split(",")   # line 18 of the file, its third column
    fields[2] = "abc"
    lines[17] = ",".join(fields)
    open(dmg, "w").writelines(lines)
    src = os.path.join(MODELS, "plain.nn")
    par = w.build(src, True)
    ck = w.path("dmg.nnck")
    if not ran(w.train(par, ["--train", good, "--quiet", "--save", ck], 2), "a first run saves a checkpoint"):
        return
    before = open(ck, "rb").read()
    mtime = os.stat(ck).st_mtime_ns
    mp = mpirun_cmd(1)[:-2]
    args = ["--quiet", "--epochs", "4", "--resume", ck, "--save", ck]
    t0 = time.time()
    r = run(mp + ["-np", "1", par, "--train", good, *args, ":", "-np", "1", par, "--train", dmg, *args],
            timeout=120)
    took = time.time() - t0
    out = r.stdout + r.stderr
    check(r.returncode != 0 and took < 30, f"rank 1 given damaged data: the job ends with status {r.returncode}",
          out)
    check("rank 1: error: " in out and "bad.csv:18:" in out and "'abc' is not a number" in out,
          "the job says rank 1's message (bad.csv:18: ... 'abc' is not a number)", out)
    check("process 1 of 2 failed" in out, "rank 0 says which process failed", out)
    check(open(ck, "rb").read() == before and os.stat(ck).st_mtime_ns == mtime,
          "the checkpoint is not overwritten")
    # and the same on rank 0
    r = run(mp + ["-np", "1", par, "--train", dmg, *args, ":", "-np", "1", par, "--train", good, *args], timeout=120)
    out = r.stdout + r.stderr
    check(r.returncode != 0 and "bad.csv:18:" in out and open(ck, "rb").read() == before,
          "rank 0 given damaged data: the job stops with its message, the checkpoint untouched", out)
    # rank 0 cannot write its checkpoint: every rank stops, none waits forever
    nowhere = w.path("no/such/folder/x.nnck")
    t0 = time.time()
    r = w.train(par, ["--train", good, "--quiet", "--save", nowhere], 3, timeout=60)
    out = r.stdout + r.stderr
    check(r.returncode == 1 and "no/such/folder" in out and time.time() - t0 < 30,
          "rank 0 failing to write its checkpoint ends all 3 processes with its message", out)


def case_fashion(w):
    """done-when 4's accuracy half: fashion_mlp, 1 epoch"""
    data = "/usr/share/datasets/fashion-mnist"
    if not os.path.exists(os.path.join(data, "train-images-idx3-ubyte.gz")):
        print("skipped: no Fashion-MNIST (apt-get install dataset-fashion-mnist)")
        return
    src = os.path.join(TOP, "examples", "fashion_mlp.nn")
    plain, par = w.build(src, False), w.build(src, True)
    files = ["--train", f"{data}/train-images-idx3-ubyte.gz", f"{data}/train-labels-idx1-ubyte.gz",
             "--test", f"{data}/t10k-images-idx3-ubyte.gz", f"{data}/t10k-labels-idx1-ubyte.gz",
             "--epochs", "1", "--quiet"]
    results = {}
    for mode in ("det", "def"):
        flags = ["--deterministic"] if mode == "det" else []
        for n in (None, 2):
            ck = w.path(f"f_{mode}_{n}.nnck")
            r = w.train(plain if n is None else par, files + flags + ["--save", ck], n, timeout=900)
            if not ran(r, f"fashion_mlp {mode} on {n or 1} process(es)"):
                return
            line = [ln for ln in r.stdout.splitlines() if ln.startswith("test loss")]
            results[(mode, n)] = (line[-1] if line else r.stdout, ck)
    (a, ca), (b, cb) = results[("det", None)], results[("det", 2)]
    check(a == b and not same_bits(ca, cb), f"deterministic, 2 processes: the same test result and bits ({b})",
          f"{a} vs {b}\n{same_bits(ca, cb)}")
    (a, _), (b, _) = results[("def", None)], results[("def", 2)]

    def acc(s):
        return float(s.split("accuracy")[1].split("%")[0])
    check(abs(acc(a) - acc(b)) <= 0.5, f"default mode, 2 processes: test accuracy {acc(b)}% vs {acc(a)}%",
          f"{a} vs {b}")


def case_comm(w):
    """the seam's collectives, the model broadcast, the drift check, a
    failure agreed on: test_mpi_comm.c on 1 and 3 processes"""
    exe = os.environ.get("NNC_MPI_COMM_TEST", "")
    if not os.path.exists(exe):
        bad("no test_mpi_comm program (NNC_MPI_COMM_TEST)")
        return
    for n in (1, 3):
        r = run(mpirun_cmd(n) + [exe], timeout=60)
        check(r.returncode == 0 and "PASS" in r.stdout, f"test_mpi_comm on {n} process(es): {r.stdout.strip()}",
              r.stdout + r.stderr)


CASES = {"comm": case_comm, "determinism": case_determinism, "resume": case_resume, "kill": case_kill,
         "damaged": case_damaged, "fashion": case_fashion}


def main(argv):
    if len(argv) != 2 or argv[1] not in CASES:
        print(__doc__, file=sys.stderr)
        return 2
    why = mpi_ready()
    if why:
        print(f"skipped: {why}")
        return SKIP
    tmp = tempfile.mkdtemp(prefix="nnc-mpi-")
    try:
        CASES[argv[1]](Work(tmp))
    except (RuntimeError, subprocess.TimeoutExpired) as e:
        bad(argv[1], str(e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
