"""Run ``python -m cleaner run`` of the tree on PYTHONPATH with THIS tree's
:mod:`cleaner.stages.title_head` grafted after its split stage (first-sight replay).

``title_loss_audit.py --graft`` runs pages through this; the module is read from this
tree (standard library only), the rest of the pipeline is the other tree's.  A tree whose
split stage calls title_head itself (the end of ``SplitStage.__call__``) records its flags
there; the graft then finds nothing left to retitle.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    spec = importlib.util.spec_from_file_location(
        "title_head_graft", HERE / "cleaner" / "stages" / "title_head.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["title_head_graft"] = mod
    spec.loader.exec_module(mod)
    from cleaner.cli import main as cli
    from cleaner.stages import split

    call = split.SplitStage.__call__

    def grafted(self: Any, *a: Any, **kw: Any) -> Any:
        return mod.retitle(call(self, *a, **kw))

    split.SplitStage.__call__ = grafted  # type: ignore[method-assign]
    sys.argv = ["cleaner", *argv]
    cli()


if __name__ == "__main__":
    main(sys.argv[1:])
