"""nnck.py - the .nnck reader and writer for the PyTorch tests.

The format code lives in scripts/nnck.py, the users' converter; this
module loads it from there under its own name so that `import nnck`
in tests/torch keeps working (encode, decode, read, write,
CheckpointError, MAGIC, VERSION).
"""
import importlib.util
import os

_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "nnck.py")
_spec = importlib.util.spec_from_file_location("nnck_scripts", _path)
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

MAGIC, VERSION, CheckpointError = _mod.MAGIC, _mod.VERSION, _mod.CheckpointError
encode, decode, read, write = _mod.encode, _mod.decode, _mod.read, _mod.write
