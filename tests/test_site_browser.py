"""The documentation site as a person sees it: built, served on this machine, and opened in
headless Chromium at a phone's width.

Chromium is driven through its DevTools protocol over a pipe (``--remote-debugging-pipe``), so
the test needs nothing beyond Debian's ``chromium`` package: no driver, no port. Locally the
test skips when Chromium is absent; under CI (``CI`` set) it fails instead, since ``.ci/run``
installs it. Screenshots land in ``site-screenshots/`` for review.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest

import fitcerts
from tests.test_site import ROOT, build_site

pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="docs build on Python 3.11+")

PHONE_WIDTH = 375
PHONE_HEIGHT = 812
SCREENSHOTS = ROOT / "site-screenshots"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}
TIMEOUT = 60.0


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


class DevToolsError(RuntimeError):
    """Chromium answered a command with an error, or did not answer in time."""


# Puts the pipe's ends where Chromium looks for them (fds 3 and 4), then becomes Chromium.
_TRAMPOLINE = """
import os, sys
read, write = int(sys.argv[1]), int(sys.argv[2])
os.dup2(read, 3)
os.dup2(write, 4)
os.close(read)
os.close(write)
os.execv(sys.argv[3], sys.argv[3:])
"""


class Chromium:
    """A headless Chromium spoken to over the DevTools protocol on a pipe: commands are JSON
    messages ending in a NUL byte, written to its fd 3; answers and events come back on fd 4."""

    def __init__(self, executable: str, profile: Path, log: Path) -> None:
        commands_read, commands_write = os.pipe()
        answers_read, answers_write = os.pipe()
        # move the child's ends above 9, so putting one on fd 3 never clobbers the other
        child_read = fcntl.fcntl(commands_read, fcntl.F_DUPFD, 10)
        child_write = fcntl.fcntl(answers_write, fcntl.F_DUPFD, 10)
        os.close(commands_read)
        os.close(answers_write)
        flags = [
            "--headless",
            "--remote-debugging-pipe",
            f"--user-data-dir={profile}",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-default-apps",
            "--disable-extensions",
            "--disable-sync",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--mute-audio",
            # anything not on this machine fails to resolve, so it shows as an error too
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
            "about:blank",
        ]
        if os.geteuid() == 0:  # CI runs as root, where Chromium's sandbox will not start
            flags.insert(0, "--no-sandbox")
        with log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    _TRAMPOLINE,
                    str(child_read),
                    str(child_write),
                    executable,
                    *flags,
                ],
                pass_fds=(child_read, child_write),
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=stderr,
            )
        os.close(child_read)
        os.close(child_write)
        self.log = log
        self.commands = commands_write
        self.answers = answers_read
        self.buffer = b""
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        self.children: set[str] = set()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> int:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.commands, json.dumps(message).encode() + b"\0")
        return self.next_id

    def call(self, method: str, params: dict[str, Any] | None = None, session: str = "") -> Any:
        """Send a command and wait for its answer, keeping the events that arrive meanwhile."""
        wanted = self.send(method, params, session)
        deadline = time.monotonic() + TIMEOUT
        while True:
            for message in self._read(deadline):
                if message.get("id") == wanted:
                    if "error" in message:
                        raise DevToolsError(f"{method}: {message['error']}")
                    return message.get("result", {})

    def wait(self, seconds: float) -> None:
        """Collect events for ``seconds``."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            list(self._read(deadline, quiet=True))

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            list(self._read(deadline))

    def _read(self, deadline: float, *, quiet: bool = False) -> Iterator[dict[str, Any]]:
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                if quiet:
                    return
                raise DevToolsError(f"no answer from Chromium; its log: {self._log_tail()}")
            ready, _, _ = select.select([self.answers], [], [], left)
            if ready:
                chunk = os.read(self.answers, 1 << 20)
                if not chunk:
                    raise DevToolsError(f"Chromium closed the pipe; its log: {self._log_tail()}")
                self.buffer += chunk
        while b"\0" in self.buffer:
            raw, self.buffer = self.buffer.split(b"\0", 1)
            message: dict[str, Any] = json.loads(raw)
            if "method" in message:
                self._attach_child(message)
                self.events.append(message)
            yield message

    def _attach_child(self, event: dict[str, Any]) -> None:
        """A worker or frame the page starts: watch its requests and console too, then let it
        run (it waits for us, so nothing it does goes unseen)."""
        if event["method"] != "Target.attachedToTarget":
            return
        child = event["params"]["sessionId"]
        self.children.add(child)
        for method in ("Network.enable", "Runtime.enable", "Log.enable"):
            self.send(method, session=child)
        self.send("Runtime.runIfWaitingForDebugger", session=child)

    def _log_tail(self) -> str:
        return self.log.read_text(errors="replace")[-2000:]

    def close(self) -> None:
        with contextlib.suppress(OSError):  # it may be gone already
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self.commands)
        os.close(self.answers)


class Visit(NamedTuple):
    """What opening one page showed: the page's own answers and everything it asked for."""

    requests: list[str]
    errors: list[str]
    facts: dict[str, Any]


# Measured in the page once it has loaded: what a person would see.
MEASURE = """(() => {
  const visible = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
      && style.display !== 'none' && box.left >= 0 && box.right <= window.innerWidth + 1;
  };
  const card = document.querySelector('.admonition.summary-card');
  const charts = [...document.querySelectorAll('article img[src$=".svg"]')];
  return {
    width: window.innerWidth,
    scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
    card: visible(card),
    cardText: card ? card.innerText : '',
    charts: charts.length,
    chartsShown: charts.filter((img) => img.complete && img.naturalWidth > 0 && visible(img)).length,
    chartAlts: charts.map((img) => img.alt),
    height: document.documentElement.scrollHeight,
  };
})()"""


def visit(
    browser: Chromium,
    url: str,
    screenshot: Path,
    then: str | None = None,
    width: int | None = None,
) -> Visit:
    """Open ``url`` and measure it, at a phone's width unless ``width`` says otherwise;
    ``then``, an expression (a promise is awaited), is evaluated in the page afterwards, and its
    value kept as ``facts["then"]``."""
    width = width or PHONE_WIDTH
    mobile = width < 800
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})[
        "sessionId"
    ]
    for method in ("Page.enable", "Network.enable", "Runtime.enable", "Log.enable"):
        browser.call(method, session=session)
    browser.call(
        "Target.setAutoAttach",
        {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True},
        session=session,
    )
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": PHONE_HEIGHT, "deviceScaleFactor": 1, "mobile": mobile},
        session=session,
    )
    browser.events.clear()
    browser.call("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    browser.wait(1.5)  # the search worker and late requests
    facts = browser.call(
        "Runtime.evaluate", {"expression": MEASURE, "returnByValue": True}, session=session
    )["result"]["value"]
    if then is not None:
        facts["then"] = browser.call(
            "Runtime.evaluate",
            {"expression": then, "returnByValue": True, "awaitPromise": True},
            session=session,
        )["result"]["value"]
    height = min(int(facts["height"]), 6000)
    shot = browser.call(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1},
        },
        session=session,
    )
    screenshot.parent.mkdir(parents=True, exist_ok=True)
    screenshot.write_bytes(base64.b64decode(shot["data"]))
    sessions = {session, *browser.children}
    requests, errors = [], []
    for event in browser.events:
        if event.get("sessionId") not in sessions:
            continue
        params = event.get("params", {})
        method = event["method"]
        if method == "Network.requestWillBeSent":
            requests.append(params["request"]["url"])
        elif method == "Runtime.consoleAPICalled" and params["type"] in ("error", "assert"):
            errors.append(
                " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif method == "Runtime.exceptionThrown":
            errors.append(json.dumps(params["exceptionDetails"])[:500])
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            errors.append(f"{params['entry'].get('url', '')}: {params['entry']['text']}")
        elif method == "Network.loadingFailed" and not params.get("canceled"):
            errors.append(f"request failed: {params.get('errorText')}")
    browser.call("Target.closeTarget", {"targetId": target})
    return Visit(requests, errors, facts)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    executable = chromium_path()
    if executable is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed; .ci/run installs Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    folder = tmp_path_factory.mktemp("chromium")
    chromium = Chromium(executable, folder / "profile", folder / "chromium.log")
    try:
        chromium.call("Browser.getVersion")
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The built site served on the loopback address by a separate process (the suite itself
    may not open sockets)."""
    site = build_site(tmp_path_factory.mktemp("site"))
    server = subprocess.Popen(
        [sys.executable, "-u", "-m", "http.server", "0", "--bind", "127.0.0.1"],
        cwd=site,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()  # "Serving HTTP on 127.0.0.1 port 8000 (...) ..."
        port = int(line.split(" port ")[1].split()[0])
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stdout is not None:
            server.stdout.close()


class Expect(NamedTuple):
    path: str
    card: bool
    chart: bool


PAGES = {
    "cscs": Expect("catalog/credentials/CSCS/", card=True, chart=True),
    "compare-strength-and-conditioning": Expect(
        "compare/strength-and-conditioning/", card=False, chart=True
    ),
    "catalog-index": Expect("catalog/", card=False, chart=False),
    "without-python": Expect("without-python/", card=False, chart=False),
}


# Each chart's text as a phone shows it: its smallest font size (SVG user units), the width of
# its viewBox, and the width the page gives the picture, in CSS pixels.
CHART_TEXT = """(async () => {
  const found = [];
  for (const img of document.querySelectorAll('article img[src$=".svg"]')) {
    const text = await (await fetch(img.src)).text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const sizes = [...text.matchAll(/font-size:\\s*([\\d.]+)px/g)].map((m) => Number(m[1]));
    found.push({
      src: img.src, shown: img.clientWidth, viewBox: svg.viewBox.baseVal.width,
      smallest: Math.min(...sizes),
    });
  }
  return found;
})()"""
# The smallest text a chart may show a phone reader, in CSS pixels.
SMALLEST_CHART_TEXT = 11


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_reads_well_on_a_phone_in_chromium(
    name: str, browser: Chromium, served: str
) -> None:
    expect = PAGES[name]
    then = CHART_TEXT if expect.chart else None
    seen = visit(browser, served + expect.path, SCREENSHOTS / f"{name}.png", then)
    assert seen.requests, "the page asked for nothing: it did not load"
    leaving = [url for url in seen.requests if not _local(url)]
    assert not leaving, f"requests that leave the machine: {leaving}"
    assert not seen.errors, f"console errors: {seen.errors}"
    facts = seen.facts
    assert facts["scrollWidth"] <= facts["width"], (
        f"the page is {facts['scrollWidth']} px wide on a {facts['width']} px phone screen"
    )
    if expect.card:
        assert facts["card"], "the summary card is not visible"
        for heading in ("costs to earn", "costs to keep", "Who may sit", "How fresh"):
            assert heading in facts["cardText"], heading
    if expect.chart:
        assert facts["charts"] >= 1 and facts["chartsShown"] == facts["charts"], facts
        assert all(len(alt) > 40 for alt in facts["chartAlts"]), facts["chartAlts"]
        for chart in facts["then"]:
            rendered = chart["smallest"] * chart["shown"] / chart["viewBox"]
            assert rendered >= SMALLEST_CHART_TEXT, (chart["src"], round(rendered, 1))


@pytest.mark.parametrize("name", ["cscs", "compare-strength-and-conditioning"])
@pytest.mark.parametrize("width", [390, 1280])
def test_a_page_reads_well_at_390_and_1280_px_in_chromium(
    name: str, width: int, browser: Chromium, served: str
) -> None:
    expect = PAGES[name]
    seen = visit(
        browser, served + expect.path, SCREENSHOTS / f"{name}-{width}.png", CHART_TEXT, width=width
    )
    assert not seen.errors, f"console errors: {seen.errors}"
    assert seen.facts["scrollWidth"] <= seen.facts["width"]
    assert seen.facts["charts"] >= 1 and seen.facts["chartsShown"] == seen.facts["charts"]
    for chart in seen.facts["then"]:
        rendered = chart["smallest"] * chart["shown"] / chart["viewBox"]
        assert rendered >= SMALLEST_CHART_TEXT, (chart["src"], round(rendered, 1))


# The first release table of the Downloads page as a reader sees it, and each of its files
# fetched by its link, with the SHA-256 the browser computes of what arrives.
DOWNLOADS = """(async () => {
  const table = document.querySelector('article table');
  // the table's heading: the last h2 before it (material wraps tables in scrolling divs)
  const before = (node) => table && node.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING;
  const heading = [...document.querySelectorAll('article h2')].filter(before).pop();
  const box = table ? table.getBoundingClientRect() : {width: 0, height: 0};
  const rows = [];
  for (const tr of table ? table.querySelectorAll('tbody tr') : []) {
    const cells = tr.querySelectorAll('td');
    const link = cells[0].querySelector('a');
    const answer = await fetch(link.href);
    const data = await answer.arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
    rows.push({
      name: link.textContent,
      status: answer.status,
      size: Number((cells[2].textContent.match(/\\(([\\d,]+) bytes\\)/) || ['', '-1'])[1]
        .replaceAll(',', '')),
      sha256: cells[3].textContent.trim(),
      fetched: data.byteLength,
      digest: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
    });
  }
  return {
    heading: heading ? heading.textContent : '',
    shown: box.width > 0 && box.height > 0,
    rows,
  };
})()"""


def test_the_downloads_page_shows_the_newest_release_and_its_files_download(
    browser: Chromium, served: str
) -> None:
    seen = visit(browser, served + "downloads/", SCREENSHOTS / "downloads.png", DOWNLOADS)
    assert not [url for url in seen.requests if not _local(url)]
    assert not seen.errors, f"console errors: {seen.errors}"
    assert seen.facts["scrollWidth"] <= seen.facts["width"], "wider than a phone's screen"
    newest = fitcerts.data_versions()[-1]
    table = seen.facts["then"]
    assert table["heading"].startswith(f"Release {newest} (newest)"), table["heading"]
    assert table["shown"], "the newest release's table is not visible"
    assert [row["name"] for row in table["rows"]] == [
        f"fitcerts-{newest}-datapackage.zip",
        f"fitcerts-{newest}.db",
        f"fitcerts-{newest}.metadata.json",
        f"fitcerts-{newest}.json",
        f"fitcerts-{newest}.csv",
    ]
    for row in table["rows"]:
        assert row["status"] == 200, row["name"]
        assert row["fetched"] == row["size"], row
        assert row["digest"] == row["sha256"], row


def _local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about"):
        return True
    return parts.hostname in LOCAL_HOSTS


# Choose on the chooser page as a reader would (set each field, press the button), then read
# what it lists: each credential's group, and the cost to earn it.
CHOOSE = """(async () => {
  const form = document.getElementById('chooser');
  for (let i = 0; i < 100 && form.dataset.ready !== 'true'; i++) {
    await new Promise((done) => setTimeout(done, 50));
  }
  const choice = %s;
  for (const [name, value] of Object.entries(choice)) form.elements[name].value = value;
  document.getElementById('chooser-show').click();
  const data = await (await fetch('data.json')).json();
  const shown = [...document.querySelectorAll('#chooser-results section > ul > li[data-id]')];
  return {
    day: data.day,
    groups: [...document.querySelectorAll('#chooser-results section')].map((s) => s.dataset.status),
    items: shown.map((li) => ({
      id: li.dataset.id,
      status: li.dataset.status,
      group: li.closest('section').dataset.status,
      earn: li.dataset.earn,
      currency: li.dataset.currency,
      budget: (li.querySelector('[data-budget]') || {dataset: {}}).dataset.budget || null,
    })),
  };
})()"""

CHOOSERS = {
    "us-student": (
        {
            "country": "US",
            "age": "18-or-older",
            "education": "high-school",
            "senior": "yes",
            "cpr": "yes",
            "goal": "",
            "budget": "",
        },
        fitcerts.Profile(
            age=18, education="high-school", college_senior=True, cpr_aed=True, country="US"
        ),
    ),
    "uk-coach": (
        {
            "country": "GB",
            "age": "18-or-older",
            "education": "bachelor",
            "senior": "no",
            "cpr": "yes",
            "goal": "",
            "budget": "600",
        },
        fitcerts.Profile(
            age=18, education="bachelor", college_senior=False, cpr_aed=True, country="GB"
        ),
    ),
    "japan-trainer": (
        {
            "country": "JP",
            "age": "18-or-older",
            "education": "high-school",
            "senior": "no",
            "cpr": "no",
            "goal": "personal-training",
            "budget": "",
        },
        fitcerts.Profile(
            age=18, education="high-school", college_senior=False, cpr_aed=False, country="JP"
        ),
    ),
}


@pytest.mark.parametrize("name", list(CHOOSERS))
@pytest.mark.parametrize("width", [PHONE_WIDTH, 390, 1280])
def test_the_chooser_answers_as_the_library_does(
    name: str, width: int, browser: Chromium, served: str
) -> None:
    from datetime import date
    from decimal import Decimal

    choice, profile = CHOOSERS[name]
    seen = visit(
        browser,
        served + "chooser/",
        SCREENSHOTS / f"chooser-{name}-{width}.png",
        CHOOSE % json.dumps(choice),
        width=width,
    )
    assert not [url for url in seen.requests if not _local(url)], "a request left the machine"
    assert not seen.errors, f"console errors: {seen.errors}"
    assert seen.facts["scrollWidth"] <= seen.facts["width"]
    answer = seen.facts["then"]
    assert answer["groups"] == ["eligible", "unknown", "not-eligible"]
    day = date.fromisoformat(answer["day"])
    goal = choice["goal"]
    wanted = [
        c for c in fitcerts.credentials() if not goal or goal in {s.value for s in c.settings}
    ]
    assert [item["id"] for item in answer["items"]] != []
    assert sorted(item["id"] for item in answer["items"]) == sorted(c.id for c in wanted)
    for item in answer["items"]:
        report = fitcerts.eligibility(profile, item["id"], on=day)
        assert item["status"] == item["group"] == report.status.value, item
        cost = fitcerts.total_cost(item["id"], jurisdiction=choice["country"], on=day)
        assert item["earn"] == ("" if cost.total is None else str(cost.total)), item
        if cost.total is not None:
            assert item["currency"] == cost.currency.value
        if choice["budget"]:
            if cost.total is None:
                assert item["budget"] == "its cost to earn is not reported"
            elif cost.total > Decimal(choice["budget"]):
                assert item["budget"] == "over your budget"
            else:
                assert item["budget"].startswith("within your budget")
    statuses = {item["status"] for item in answer["items"]}
    assert len(statuses) >= 2, statuses  # the profiles are chosen to land in several groups
