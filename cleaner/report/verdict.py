"""The gate's verdict: checks of metrics against limits, and their outcome.

:class:`Check` and :class:`Verdict` are what ``cleaner validate`` produces
(:mod:`cleaner.report.gate`), what a baseline compares (:mod:`cleaner.report.baseline`) and
what CI formats print (:mod:`cleaner.report.ci`).

>>> Check("max_quarantined_share", "quarantined_share", "threshold", "<=", 0.05, 0.0).status
'pass'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cleaner import __version__

SCHEMA = "cleaner.validate/1"

EXIT_PASS, EXIT_FAIL = 0, 1


@dataclass(frozen=True, slots=True)
class Check:
    """One check: a metric against a limit.  ``status`` is derived from the numbers."""

    name: str
    metric: str
    kind: str  # "threshold" | "baseline"
    op: str  # "<=" | ">="
    limit: float | None
    value: float | None
    skipped: bool = False
    note: str = ""

    @property
    def status(self) -> str:
        if self.skipped:
            return "skipped"
        if self.value is None or self.limit is None:
            return "not_measured"
        ok = self.value <= self.limit if self.op == "<=" else self.value >= self.limit
        return "pass" if ok else "fail"

    @property
    def message(self) -> str:
        if self.status == "skipped":
            return f"{self.name}: skipped ([validate] skip)"
        if self.status == "not_measured":
            return f"{self.name}: {self.metric} not measured{': ' + self.note if self.note else ''}"
        verb = "ok" if self.status == "pass" else "FAILED"
        extra = f" ({self.note})" if self.note else ""
        cmp = f"{fmt(self.value)} {self.op} {fmt(self.limit)}"
        return f"{self.name}: {self.metric} = {cmp} {verb}{extra}"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "metric": self.metric,
            "value": self.value,
            "op": self.op,
            "limit": self.limit,
            "status": self.status,
            "message": self.message,
        }


def fmt(v: float | None) -> str:
    if v is None:
        return "—"
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.4g}"


@dataclass(frozen=True, slots=True)
class Verdict:
    """Everything ``cleaner validate`` found; ``exit_code`` 0 when no check failed."""

    inputs: tuple[str, ...]
    metrics: dict[str, Any]
    checks: tuple[Check, ...]
    digest: dict[str, str]
    baseline: str | None = None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0
    #: the pages that lost most, worst first (:func:`~cleaner.report.summary.worst_losses`)
    losses: tuple[dict[str, Any], ...] = ()

    @property
    def failed(self) -> list[Check]:
        return [c for c in self.checks if c.status == "fail"]

    @property
    def exit_code(self) -> int:
        return EXIT_FAIL if self.failed else EXIT_PASS

    def to_json(self) -> dict[str, Any]:
        """Stable keys (schema ``cleaner.validate/1``); metrics ``None`` = not measured."""
        counts = {s: 0 for s in ("pass", "fail", "not_measured", "skipped")}
        for c in self.checks:
            counts[c.status] += 1
        return {
            "schema": SCHEMA,
            "cleaner_version": __version__,
            "verdict": "fail" if self.failed else "pass",
            "exit_code": self.exit_code,
            "inputs": list(self.inputs),
            "digest": dict(self.digest),
            "baseline": self.baseline,
            "counts": counts,
            "failed": [c.name for c in self.failed],
            "checks": [c.to_json() for c in self.checks],
            "metrics": dict(self.metrics),
            "losses": [dict(r) for r in self.losses],
            "notes": list(self.notes),
            "seconds": self.seconds,
        }


__all__ = ["EXIT_FAIL", "EXIT_PASS", "SCHEMA", "Check", "Verdict", "fmt"]
