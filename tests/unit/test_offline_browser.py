"""The managed install's Neo4j Browser is rewritten so that it fetches nothing from the
internet: checked on a jar shaped like Browser 5.24's (tests/test_neo4j_browser.py checks
the real one in Chromium)."""

import zipfile

from server import offline_browser

UI_LIBS = (b'push([e.i,"@import url(https://fonts.googleapis.com/css2?family=Fira+Code:wght@500'
           b'&family=Nunito+Sans:wght@300;400&display=swap);",""]),t.push([e.i,"body{}"])')
APP = (b'n.src="https://cdn.segment.com/analytics.js/v1/"+e+"/analytics.min.js";'
       b'i.src="https://canny.io/sdk.js";'
       b'c.init({dsn:"https://1ea9f7ebd51441cc95906afb2d31d841@o110884.ingest.sentry.io/1232865"})')


def _jar(lib, entries):
    jar = lib / "neo4j-browser-5.24.0.jar"
    with zipfile.ZipFile(jar, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return jar


def _read(jar):
    with zipfile.ZipFile(jar) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def test_rewrite_removes_every_address_beyond_the_machine(tmp_path):
    """Fonts, Segment, Canny and Sentry are gone; the scripts point at the stub that the jar
    now carries; everything else is byte for byte the same."""
    jar = _jar(tmp_path, {"browser/ui-libs-1.bundle.js": UI_LIBS, "browser/app-1.js": APP,
                          "browser/index.html": b"<html></html>",
                          "browser/assets/fonts/FiraCode.woff2": b"\x00font"})

    rewritten = offline_browser.make_offline(tmp_path)

    files = _read(jar)
    assert rewritten == [jar]
    assert b"googleapis" not in files["browser/ui-libs-1.bundle.js"]
    assert b"body{}" in files["browser/ui-libs-1.bundle.js"]
    app = files["browser/app-1.js"]
    assert b"https://" not in app
    assert b'n.src="offline-stub.js?"+e+"/analytics.min.js"' in app
    assert b'i.src="offline-stub.js"' in app
    assert b'c.init({dsn:""})' in app
    assert files[f"browser/{offline_browser.STUB}"] == offline_browser.STUB_TEXT
    assert files["browser/index.html"] == b"<html></html>"
    assert files["browser/assets/fonts/FiraCode.woff2"] == b"\x00font"
    assert not list(tmp_path.glob("*.partial"))


def test_a_rewritten_jar_is_left_alone(tmp_path):
    """A second start finds nothing to rewrite and does not touch the jar."""
    jar = _jar(tmp_path, {"browser/app-1.js": APP})
    offline_browser.make_offline(tmp_path)
    modified = jar.stat().st_mtime_ns

    assert offline_browser.make_offline(tmp_path) == []
    assert jar.stat().st_mtime_ns == modified
