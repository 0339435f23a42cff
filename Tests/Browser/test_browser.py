"""Real-browser test of Formant's figures.

Headless Chromium renders
  (a) every golden figure (Tests/FormantPlotsTests/Golden/*.svg), each both inlined into the page
      (as nbconvert's HTML export does) and as an <img> (as JupyterLab, Notebook 7 and GitHub do), and
  (b) the executed tour notebook's nbconvert HTML export, whose path comes from FORMANT_NOTEBOOK_HTML
      (the Makefile sets it to build/tour.html; part (b) is skipped when it is unset).
The screenshots are checked for figures that actually rendered (enough non-white, multi-coloured pixels
inside each figure's box; inline and <img> renderings agreeing) and the page for console errors.

Run from the repository: `.venv/bin/python -m pytest Tests/Browser` (needs Debian's chromium and pillow).
Set FORMANT_BROWSER_SHOTS=<dir> to keep the screenshots for a look.
"""

import base64
import html
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "Tests" / "FormantPlotsTests" / "Golden"
MARGIN = 20
CONSOLE_MARK = "FORMANT-CONSOLE-ERROR:"
RESOURCE_MARK = "FORMANT-RESOURCE-ERROR:"

# Injected first into a notebook page: console.error calls, uncaught exceptions and failed resource
# loads are logged with a mark, since Chromium's log does not tell console levels apart.
ERROR_HOOKS = f"""<script>
(function () {{
  var log = console.log.bind(console);
  var original = console.error.bind(console);
  console.error = function () {{
    log("{CONSOLE_MARK} " + Array.prototype.map.call(arguments, String).join(" "));
    original.apply(null, arguments);
  }};
  window.addEventListener("error", function (event) {{
    var target = event.target;
    if (target && target !== window && (target.src || target.href)) {{
      log("{RESOURCE_MARK} " + (target.src || target.href));
    }}
  }}, true);
}})();
</script>"""

# Injected last into a notebook page: after load, records the page size and the box of every figure
# (top-level <svg> or <img> in an output) on the root element, where --dump-dom can read it.
BOX_PROBE = """<script>
window.addEventListener("load", function () {
  var figures = Array.prototype.filter.call(
    document.querySelectorAll("svg, img"),
    function (element) { return !element.parentElement.closest("svg"); });
  var boxes = figures.map(function (element) {
    var r = element.getBoundingClientRect();
    return {tag: element.tagName.toLowerCase(), x: r.left + window.scrollX, y: r.top + window.scrollY,
            width: r.width, height: r.height};
  }).filter(function (box) { return box.width >= 40 && box.height >= 40; });
  document.documentElement.setAttribute("data-formant-boxes", JSON.stringify({
    width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, boxes: boxes}));
});
</script>"""


def chromium_binary():
    for candidate in (os.environ.get("FORMANT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    pytest.fail("no Chromium found: install Debian's chromium (scripts/install-deps.sh) or set FORMANT_CHROMIUM")


def run_chromium(url, width, height, workdir, *mode):
    """Runs headless Chromium on `url` at a fixed window size without network; returns (stdout, stderr)."""
    command = [
        chromium_binary(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--force-device-scale-factor=1", f"--window-size={width},{height}",
        f"--user-data-dir={workdir / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000", *mode, url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, f"chromium failed ({result.returncode}): {result.stderr[-2000:]}"
    return result.stdout, result.stderr


def screenshot(url, width, height, workdir, name):
    path = workdir / f"{name}.png"
    _, log = run_chromium(url, width, height, workdir, f"--screenshot={path}")
    assert path.exists(), f"chromium wrote no screenshot: {log[-2000:]}"
    keep = os.environ.get("FORMANT_BROWSER_SHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(keep) / path.name)
    return Image.open(path).convert("RGB"), log


def console_messages(log):
    """The console messages Chromium logged: (message, source) pairs."""
    pattern = re.compile(r'CONSOLE\(?\d*\)?:?\d*\]? "(.*)", source: (.*)$')
    return [match.groups() for match in map(pattern.search, log.splitlines()) if match]


def page_errors(log):
    """Uncaught exceptions and console.error calls (marked by ERROR_HOOKS) from the log."""
    errors = []
    for message, source in console_messages(log):
        if message.startswith("Uncaught") or message.startswith(CONSOLE_MARK):
            errors.append(f"{message} ({source})")
    return errors


def missing_local_resources(log):
    """Resources of the page itself (not on the network, which the test cuts off) that failed to load."""
    failed = [message[len(RESOURCE_MARK):].strip() for message, _ in console_messages(log) if message.startswith(RESOURCE_MARK)]
    return [url for url in failed if not url.startswith(("http://", "https://"))]


def channels(image, box):
    """The red, green and blue bytes of the pixels inside `box` (left, top, width, height)."""
    x, y, width, height = (int(round(v)) for v in box)
    data = image.crop((x, y, x + width, y + height)).tobytes()
    return data[0::3], data[1::3], data[2::3]


def ink(image, box):
    """(fraction of clearly non-white pixels, number of distinct coarse colours) inside `box`."""
    red, green, blue = channels(image, box)
    inked = sum(1 for r, g, b in zip(red, green, blue) if min(r, g, b) < 225)
    colours = {(r >> 4, g >> 4, b >> 4) for r, g, b in zip(red, green, blue)}
    return inked / max(1, len(red)), len(colours)


def difference(image, box_a, box_b):
    """The fraction of pixels that differ clearly between two equally sized boxes."""
    a, b = channels(image, box_a), channels(image, box_b)
    differing = sum(
        1 for ra, ga, ba, rb, gb, bb in zip(*a, *b) if max(abs(ra - rb), abs(ga - gb), abs(ba - bb)) > 80)
    return differing / max(1, len(a[0]))


def svg_size(path):
    root = ElementTree.parse(path).getroot()
    return float(root.get("width")), float(root.get("height"))


def golden_figures():
    figures = sorted(GOLDEN.glob("*.svg"))
    assert figures, f"no golden SVGs in {GOLDEN}"
    return figures


def test_golden_figures_render_inline_and_as_images(tmp_path):
    """Every figure kind draws, identically inlined together in one page and as a standalone <img>."""
    rows, top, page_width = [], MARGIN, 0
    for path in golden_figures():
        width, height = svg_size(path)
        svg = path.read_text(encoding="utf-8")
        inline = svg[svg.index("<svg"):]  # without the XML declaration, as nbconvert inlines it
        data_uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
        image_left = MARGIN * 2 + width
        rows.append((path.stem, (MARGIN, top, width, height), (image_left, top, width, height), inline, data_uri))
        page_width = max(page_width, image_left + width + MARGIN)
        top += height + MARGIN
    page_height = top
    body = "".join(
        f'<div style="position:absolute;left:{a[0]}px;top:{a[1]}px;width:{a[2]}px;height:{a[3]}px">{inline}</div>'
        f'<img alt="{name}" src="{uri}" style="position:absolute;left:{b[0]}px;top:{b[1]}px;'
        f'width:{b[2]}px;height:{b[3]}px">'
        for name, a, b, inline, uri in rows)
    page = tmp_path / "figures.html"
    page.write_text(
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{ERROR_HOOKS}</head>'
        f'<body style="margin:0;background:#ffffff">{body}</body></html>', encoding="utf-8")

    image, log = screenshot(page.as_uri(), int(page_width), int(page_height), tmp_path, "golden-figures")

    assert page_errors(log) == []
    assert image.size == (int(page_width), int(page_height))
    for name, inline_box, image_box, _, _ in rows:
        for kind, box in (("inline", inline_box), ("img", image_box)):
            covered, colours = ink(image, box)
            assert covered > 0.01, f"{name} ({kind}): only {covered:.2%} of the figure is drawn"
            assert colours >= 4, f"{name} ({kind}): only {colours} colours, the figure looks blank"
        assert difference(image, inline_box, image_box) < 0.02, f"{name}: inline and <img> renderings differ"


def test_blank_figure_is_detected(tmp_path):
    """The pixel check can fail: an empty SVG of the same size is reported as not drawn."""
    page = tmp_path / "blank.html"
    page.write_text('<!DOCTYPE html><html><body style="margin:0">'
                    '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg></body></html>')
    image, _ = screenshot(page.as_uri(), 340, 240, tmp_path, "blank")
    covered, colours = ink(image, (0, 0, 300, 200))
    assert covered < 0.01 and colours < 4


def test_console_errors_are_detected(tmp_path):
    """The console check can fail: an uncaught exception and console.error are both reported."""
    page = tmp_path / "broken.html"
    page.write_text(f"<!DOCTYPE html><html><head>{ERROR_HOOKS}</head><body>"
                    "<script>console.error('drawn wrong'); missingFunction();</script></body></html>")
    _, log = screenshot(page.as_uri(), 200, 100, tmp_path, "broken")
    errors = page_errors(log)
    assert any("drawn wrong" in error for error in errors), errors
    assert any(error.startswith("Uncaught ReferenceError") for error in errors), errors


def notebook_boxes(html_path, tmp_path):
    """The notebook page with the hooks injected, and the page size and figure boxes it reports."""
    text = Path(html_path).read_text(encoding="utf-8")
    head = text.find("<head>")
    text = text[:head + 6] + ERROR_HOOKS + text[head + 6:] if head >= 0 else ERROR_HOOKS + text
    end = text.rfind("</body>")
    text = text[:end] + BOX_PROBE + text[end:] if end >= 0 else text + BOX_PROBE
    page = Path(html_path).resolve().parent / f".formant-browser-test-{os.getpid()}.html"
    page.write_text(text, encoding="utf-8")
    try:
        dom, log = run_chromium(page.as_uri(), 1280, 1024, tmp_path, "--dump-dom")
        match = re.search(r'data-formant-boxes="([^"]*)"', dom)
        assert match, "the notebook page never finished loading (no figure boxes reported)"
        layout = json.loads(html.unescape(match.group(1)))
        height = int(min(layout["height"], 16000))
        image, screenshot_log = screenshot(page.as_uri(), 1280, height, tmp_path, "notebook")
        return layout, image, log + screenshot_log
    finally:
        page.unlink(missing_ok=True)


def test_notebook_html_export_shows_its_figures(tmp_path):
    """Every figure of the executed tour notebook's HTML export renders, without console errors."""
    html_path = os.environ.get("FORMANT_NOTEBOOK_HTML")
    if not html_path:
        pytest.skip("FORMANT_NOTEBOOK_HTML is not set (the Makefile sets it to build/tour.html after `make demo`)")
    assert Path(html_path).is_file(), f"FORMANT_NOTEBOOK_HTML={html_path} does not exist"

    layout, image, log = notebook_boxes(html_path, tmp_path)

    assert page_errors(log) == []
    assert missing_local_resources(log) == []
    figures = [box for box in layout["boxes"] if box["y"] + box["height"] <= image.size[1]]
    assert figures, "the notebook export shows no figures"
    for box in figures:
        covered, colours = ink(image, (box["x"], box["y"], box["width"], box["height"]))
        where = f"{box['tag']} at ({box['x']:.0f}, {box['y']:.0f}) {box['width']:.0f}×{box['height']:.0f}"
        assert covered > 0.01 and colours >= 4, f"figure {where} looks blank ({covered:.2%} drawn, {colours} colours)"
