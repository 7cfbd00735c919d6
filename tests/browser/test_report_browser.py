"""The report in a real browser: headless Chromium from the system packages.

Asserts that the overview charts are drawn (SVG built by the report's script), that the
per-page view shows a highlighted change, and that the page fetched nothing: Chromium's
net log must hold no request initiated by the page (Chromium's own background requests
carry the initiator "not an origin"; a control page that loads an image proves the check
sees page requests).  All host names resolve to nothing, so the test never touches the
network.  The overview screenshot is kept in ``reports/ci-artifacts/`` (not in git).

Skipped cleanly when Chromium is absent (``.ci/run`` installs it when run as root).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from cleaner.report.render import render_report
from cleaner.runner import run
from tests.conftest import ROOT, SAMPLES

ARTIFACTS = ROOT / "reports" / "ci-artifacts"


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "/usr/bin/chromium"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Chromium is not installed (apt-get install -y chromium)")


def browse(page: Path, tmp: Path, *extra: str) -> tuple[str, list[dict]]:
    """Open ``page`` headless; return the DOM after scripts ran and the URL requests."""
    netlog = tmp / f"net-{page.stem}.json"
    cmd = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tmp / 'profile'}",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--log-net-log={netlog}",
        "--window-size=1400,1000",
        *extra,
        page.as_uri(),
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=180, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("Chromium did not finish within 180 s")
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")[-2000:]
    log = json.loads(netlog.read_text("utf-8"))
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    requests = [
        e["params"]
        for e in log["events"]
        if names.get(e["type"]) == "URL_REQUEST_START_JOB" and "url" in e.get("params", {})
    ]
    return proc.stdout.decode("utf-8"), requests


def page_requests(requests: list[dict]) -> list[str]:
    return [r["url"] for r in requests if r.get("initiator") != "not an origin"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    run([SAMPLES], tmp / "out")
    return render_report(tmp / "out", tmp / "sample.html")


def test_report_renders_offline(report: Path, tmp_path: Path) -> None:
    dom, requests = browse(report, tmp_path, "--dump-dom")
    doc = lxml_html.fromstring(dom)
    assert doc.xpath("//body/@data-ready") == ["1"]  # the script ran to the end
    charts = doc.xpath('//section[@id="overview"]//div[@data-chart]')
    assert len(charts) >= 6
    for chart in charts:
        assert chart.xpath(".//*[local-name()='svg']//*[local-name()='rect']"), chart.get(
            "data-chart"
        )
    # the page list was filled in and one page's side-by-side view is open
    assert len(doc.xpath('//table[@id="page-list"]/tbody/tr')) == 13
    (opened,) = doc.xpath('//section[contains(@class,"page-detail") and contains(@class,"open")]')
    assert opened.xpath('.//del[contains(@class,"c ")]') and opened.xpath(".//ins[@class]")
    assert page_requests(requests) == []


def test_net_log_check_sees_page_requests(tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text('<img src="http://cleaner-test.invalid/x.png">', encoding="utf-8")
    _, requests = browse(control, tmp_path, "--dump-dom")
    assert page_requests(requests) == ["http://cleaner-test.invalid/x.png"]


def test_overview_screenshot(report: Path, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shot = ARTIFACTS / "report-overview.png"
    shot.unlink(missing_ok=True)
    _, requests = browse(report, tmp_path, f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    assert page_requests(requests) == []
