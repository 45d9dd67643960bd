"""The dashboard in a real browser (Selenium, Debian's headless Chromium) and as a real process.

Drives the filters and the pager, opens a call, clicks a transcript turn and a check's quote
and reads the audio element's ``currentTime``; takes screenshots (non-blank PNGs); runs axe
(npm ``axe-core``, installed into a temporary folder when npm can fetch it) on the main pages.
The process tests run ``mysterycall serve`` itself: served pages, Range, Ctrl-C, the token.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from robot.dashboard.server import build_server
from tests.dashboard.dashstore import OFFSET, SHOWCASE, TURNS, DashStore

pytestmark = pytest.mark.calls  # a browser, a server thread and server processes

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
REPO = Path(__file__).resolve().parents[2]
AXE_DIR = Path(tempfile.gettempdir()) / "mysterycall-axe"
needs_browser = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None, reason="chromium and chromium-driver are not installed"
)


@pytest.fixture(scope="module")
def base_url(dash_store: DashStore) -> Iterator[str]:
    server = build_server(dash_store.db, dash_store.recordings, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.port}"
    server.shutdown()
    server.server_close()
    thread.join(5)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1400",
                "--autoplay-policy=no-user-gesture-required",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):  # fmt: skip
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver: object, condition: object, timeout: float = 10.0) -> object:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)  # type: ignore[arg-type]


@needs_browser
def test_filters_and_pager_in_the_browser(browser, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    driver.get(f"{base_url}/calls")
    Select(driver.find_element(By.ID, "f-client")).select_by_visible_text("Bulk Client")
    Select(driver.find_element(By.ID, "f-outcome")).select_by_value("busy")
    driver.find_element(By.ID, "apply").click()
    _wait(driver, lambda d: "outcome=busy" in d.current_url)
    assert "client=Bulk+Client" in driver.current_url
    badges = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "table.calls td .badge")]
    assert badges == ["busy"] * 20
    assert driver.find_element(By.ID, "count").text.startswith("20 calls matching the filters")
    # the form keeps the filters; clearing the outcome and paging
    assert Select(driver.find_element(By.ID, "f-outcome")).first_selected_option.text == "busy"
    Select(driver.find_element(By.ID, "f-outcome")).select_by_value("")
    driver.find_element(By.ID, "f-score-max").send_keys("70")
    driver.find_element(By.ID, "apply").click()
    _wait(driver, lambda d: "score_max=70" in d.current_url)
    scores = [td.text for td in driver.find_elements(By.CSS_SELECTOR, "table.calls tbody td:nth-child(6)")]
    assert scores and all(int(s.rstrip("%")) <= 70 for s in scores)
    driver.get(f"{base_url}/calls?client=Bulk+Client")
    driver.find_element(By.CSS_SELECTOR, 'a[rel="next"]').click()
    _wait(driver, lambda d: "page=2" in d.current_url)
    assert len(driver.find_elements(By.CSS_SELECTOR, "a.call-link")) == 10


@needs_browser
def test_clicking_a_turn_or_a_quote_seeks_the_player(browser, base_url):
    from selenium.webdriver.common.by import By

    driver = browser
    driver.get(f"{base_url}/calls?client=Acme+Tiles")
    driver.find_element(By.CSS_SELECTOR, f'a.call-link[href="/calls/{SHOWCASE}"]').click()
    _wait(driver, lambda d: d.current_url.endswith(f"/calls/{SHOWCASE}"))
    _wait(driver, lambda d: d.execute_script("return document.getElementById('player').readyState") >= 1)
    assert driver.execute_script("return document.getElementById('player').duration") == pytest.approx(12.0, abs=0.1)

    def seeks_to(element: object, expected: float) -> None:
        driver.execute_script("document.getElementById('player').pause()")
        element.click()  # type: ignore[attr-defined]
        _wait(driver, lambda d: d.execute_script("return document.getElementById('player').currentTime") >= expected)
        now = driver.execute_script("return document.getElementById('player').currentTime")
        assert expected <= now < expected + 1.0

    turns = driver.find_elements(By.CSS_SELECTOR, "ol.transcript button.seek")
    assert len(turns) == len(TURNS)
    seeks_to(turns[2], TURNS[2][1] + OFFSET)
    seeks_to(turns[1], TURNS[1][1] + OFFSET)  # backwards too
    quote = driver.find_element(By.CSS_SELECTOR, "tr.check.fail button.seek.quote")
    assert TURNS[2][3][:30] in quote.text
    seeks_to(quote, TURNS[2][1] + OFFSET)


def _not_blank(png: bytes) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size[0] >= 800
    colours = image.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 20  # text, badges, chart lines: not a blank page


@needs_browser
def test_screenshots_are_not_blank(browser, base_url):
    for path in ("/", f"/calls/{SHOWCASE}"):
        browser.get(base_url + path)
        _not_blank(browser.get_screenshot_as_png())


def _axe_source() -> str | None:
    """axe-core's script: ``$MYSTERYCALL_AXE_JS``, or npm's ``axe-core`` in a temporary folder."""
    given = os.environ.get("MYSTERYCALL_AXE_JS")
    script = Path(given) if given else AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file() and not given and shutil.which("npm"):
        subprocess.run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(AXE_DIR), "axe-core"],
                       capture_output=True, timeout=120, check=False)  # fmt: skip
    return script.read_text(encoding="utf-8") if script.is_file() else None


@needs_browser
def test_axe_finds_no_accessibility_violations(browser, base_url):
    source = _axe_source()
    if source is None:
        pytest.skip("axe-core could not be installed with npm")
    found = {}
    for path in ("/", "/calls", "/calls?client=Bulk+Client&outcome=answered", f"/calls/{SHOWCASE}", "/calls/nope"):
        browser.get(base_url + path)
        browser.execute_script(source)
        violations = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map(v => [v.id, v.impact, "
            "v.nodes.slice(0, 3).map(n => n.target.join(' '))])));"
        )
        if violations:
            found[path] = violations
    assert found == {}


# -- the real process ------------------------------------------------------------------------------


def _start(dash_store: DashStore, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    """``mysterycall serve`` in its own process (cwd: the store's folder, so ``recordings/`` is served)."""
    environ = {k: v for k, v in os.environ.items() if k != "MYSTERYCALL_SERVE_TOKEN"} | (env or {})
    environ["PYTHONPATH"] = str(REPO)
    proc = subprocess.Popen(
        [sys.executable, "-m", "robot.cli", "serve", "--db", str(dash_store.db), "--port", "0", *args],
        cwd=dash_store.root, env=environ, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.startswith("dashboard on http://"), line
    return proc, line.split()[2].rstrip("/")


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=15)
    assert proc.returncode == 0, err
    return err


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def test_serve_process_serves_pages_and_ranges_and_stops_on_ctrl_c(dash_store):
    proc, url = _start(dash_store)
    try:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(f"{url}/calls/{SHOWCASE}", timeout=10) as page:
            assert SHOWCASE in page.read().decode()
        request = urllib.request.Request(f"{url}/recordings/{SHOWCASE}.wav", headers={"Range": "bytes=0-3"})
        with urllib.request.urlopen(request, timeout=10) as audio:
            assert audio.status == 206 and audio.read() == b"RIFF"
    finally:
        err = _stop(proc)
    assert f"GET /calls/{SHOWCASE} 200" in err


def test_serve_process_with_a_token_on_another_loopback_address(dash_store):
    token = "process-token-1234567890"
    proc, url = _start(dash_store, "--host", "127.0.0.2", env={"MYSTERYCALL_SERVE_TOKEN": token})
    try:
        assert url.startswith("http://127.0.0.2:")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{url}/", timeout=10)
        assert refused.value.code == 401
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirected:
            opener.open(f"{url}/calls?token={token}", timeout=10)
        assert redirected.value.code == 303 and "HttpOnly" in redirected.value.headers["Set-Cookie"]
        request = urllib.request.Request(f"{url}/api/calls/{SHOWCASE}", headers={"Authorization": f"Bearer {token}"})
        with urllib.request.urlopen(request, timeout=10) as api:
            assert SHOWCASE in api.read().decode()
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as raw:  # a malformed request line
            raw.sendall(f"GET /calls?token={token} extra HTTP/1.1\r\n\r\n".encode())
            raw.recv(100)  # the server logs it and closes the connection
    finally:
        err = _stop(proc)
    assert "GET /calls 303" in err and "code 400, message Bad request syntax ('GET /calls " in err, err
    assert "Traceback" not in err
    assert token not in err, err  # logged without the query string


# -- a store filled by a real sweep ----------------------------------------------------------------

SWEEP_CONFIG = """\
limits: {max_ring_s: 3, max_call_s: 12, media_timeout_s: 2, stay_s: 1}
recordings_dir: recordings
results_dir: results
store: {path: results/mysterycall.db}
"""
SWEEP_SCENARIO = """\
name: Greeting check
language: en
max_call_s: 10
steps:
  - id: greeting
    listen: {max_s: 2}
  - say: "Thank you, goodbye"
  - hangup
checks:
  - id: greeted
    title: "Greeted the caller"
    phrase: ["hello", "good afternoon", "afternoon", "thank you", "calling"]
  - id: quick
    title: "Answered within 2 seconds of ringing"
    metric: ring_to_answer_s
    max: 2
"""


@pytest.fixture(scope="module")
def swept(phone: object, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store written by ``mysterycall sweep``: one talking line (recorded, transcribed, scored; the robot's
    prompt is always a turn, whatever the recogniser makes of the line), one busy."""
    from tests.process_group import reap_group

    folder = tmp_path_factory.mktemp("real-sweep")
    (folder / "config.yaml").write_text(SWEEP_CONFIG, encoding="utf-8")
    (folder / "greeting.yaml").write_text(SWEEP_SCENARIO, encoding="utf-8")
    talk, busy = phone.uri("ring0.3-talk-dash"), phone.uri("busy-dash")  # type: ignore[attr-defined]
    (folder / "campaign.yaml").write_text(
        "name: dashboard-real\nscenario: greeting.yaml\nconfig: config.yaml\nconcurrency: 2\n"
        "attempts: {max: 1}\n"
        'window: {days: [mon, tue, wed, thu, fri, sat, sun], from: "00:00", to: "24:00", tz: UTC}\n'
        f'targets:\n  - client: Real Client\n    numbers: ["{talk}", "{busy}"]\n',
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, "-m", "robot.cli", "sweep", "campaign.yaml"], cwd=folder,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True)  # fmt: skip
    try:
        out, err = proc.communicate(timeout=120)
    finally:
        reap_group(proc.pid, 10)
    assert proc.returncode == 0, out + err
    return folder


@pytest.mark.slow  # a real sweep: about 12 s on a loaded machine
@needs_browser
def test_a_real_sweep_reads_back_and_its_recording_seeks(swept, browser):
    from selenium.webdriver.common.by import By

    server = build_server(swept / "results" / "mysterycall.db", swept / "recordings", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        with urllib.request.urlopen(f"{base}/api/calls?client=Real+Client", timeout=10) as response:
            listed = json.loads(response.read())
        outcomes = sorted(c["result"]["outcome"] for c in listed["calls"])
        assert outcomes == ["answered", "busy"] and listed["total"] == 2
        talked = next(c["result"] for c in listed["calls"] if c["result"]["outcome"] == "answered")
        assert talked["recording"] and Path(talked["recording"]).is_relative_to(swept / "recordings")
        assert any(t["speaker"] == "robot" for t in talked["transcript"]) and len(talked["checks"]) == 2
        browser.get(f"{base}/calls?client=Real+Client&outcome=answered")
        browser.find_element(By.CSS_SELECTOR, "a.call-link").click()
        _wait(browser, lambda d: d.execute_script("return document.getElementById('player').readyState") >= 1)
        turn = browser.find_elements(By.CSS_SELECTOR, "ol.transcript button.seek")[-1]
        expected = float(turn.get_attribute("data-seek"))
        browser.execute_script("document.getElementById('player').pause()")
        turn.click()
        _wait(browser, lambda d: d.execute_script("return document.getElementById('player').currentTime") >= expected)
        assert browser.execute_script("return document.getElementById('player').currentTime") < expected + 1.0
        assert len(browser.find_elements(By.CSS_SELECTOR, "table.checks tr.check")) == 2
    finally:
        server.shutdown()
        server.server_close()
