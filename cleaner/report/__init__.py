"""Reports from a run's ledger: the CI gate (``cleaner validate``) and the curator HTML.

``render_report(results_dir, out_file)`` writes the HTML report; ``validate_inputs`` runs
the gate.  Modules: ledger (outputs read back), summary (metrics, aggregations), gate
(thresholds, baseline, verdict), losses (what each page lost), ci (JSON, JUnit, Markdown,
annotations), pageview (changes mapped onto texts), render (HTML), assets (inline CSS/JS).
"""

from __future__ import annotations

from cleaner.report.gate import Verdict, validate_inputs
from cleaner.report.render import ReportOptions, render_report

__all__ = ["ReportOptions", "Verdict", "render_report", "validate_inputs"]
