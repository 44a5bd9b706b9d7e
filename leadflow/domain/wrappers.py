"""URLs that stand for another URL, read through to the one they name.

An agent that cannot open a vendor portal itself often gives what it could open instead: a
pasted redirect (`google.com/url?q=<portal>`), a Wayback Machine or archive.today copy
(`web.archive.org/web/2021.../<portal>`), the retired Google cache (`webcache.googleusercontent.com/
search?q=cache:<portal>`) or Google Translate's proxy (`acme-managebuilding-com.translate.goog/...`).
A copy is never evidence: it shows what a page was, or what Google fetched, not what leadflow
sees. The URL it names is what the checks then fetch live and judge, like any evidence URL.
A wrapper that does not spell out the URL (`archive.ph/Ab12x`, Bing's `cc.bingj.com/cache.aspx?d=...`)
names nothing and stands as given.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, parse_qsl, urlencode, urlsplit

# Link wrappers that send the visitor on to the URL in one query parameter: Google's (Google
# Sites, pasted search results), Facebook's, Outlook's Safe Links.
_REDIRECTS = {
    ("www.google.com", "/url"): ("q", "url"),
    ("google.com", "/url"): ("q", "url"),
    ("l.facebook.com", "/l.php"): ("u",),
}
_OUTLOOK = ".safelinks.protection.outlook.com"

# Archives whose path ends with the original URL: Wayback `/web/<timestamp>[<mode>_]/<url>`;
# archive.today `/<yyyy.mm.dd-hhmmss>/<url>`, `/newest/<url>`, `/oldest/<url>`, `/o/<id>/<url>`
# and `/<url>` (its list of a page's or host's copies).
_WAYBACK = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(?P<url>.+)$", re.I)
_ARCHIVE_TODAY_HOSTS = {f"archive.{tld}" for tld in ("today", "ph", "is", "li", "vn", "fo", "md")}
_ARCHIVE_TODAY = re.compile(r"^/(?:\d{4}\.\d\d\.\d\d-\d{6}/|newest/|oldest/|o/[A-Za-z0-9]+/)?(?P<url>.+)$")
_GOOGLE_CACHE = re.compile(r"^cache:(?:[A-Za-z0-9_-]{12}:)?(?P<url>.+)$")
_HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(/|$)", re.I)


def unwrap(url: str) -> str:
    """The URL a known wrapper, archive, cache or proxy names, else `url`."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return url
    if host == "web.archive.org" or host in _ARCHIVE_TODAY_HOSTS:
        shape = _WAYBACK if host == "web.archive.org" else _ARCHIVE_TODAY
        found = shape.match(parts.path)
        named = found.group("url") + (f"?{parts.query}" if parts.query else "") if found else ""
        return _named(named, url)
    if host == "webcache.googleusercontent.com":
        cache = _GOOGLE_CACHE.match((parse_qs(parts.query).get("q") or [""])[0].strip())
        return _named(cache.group("url"), url) if cache else url
    if host.endswith(".translate.goog") and host != "translate.goog":
        return _translated(parts.path, parts.query, host.removesuffix(".translate.goog"), url)
    names = _REDIRECTS.get((host, parts.path)) or (("url",) if host.endswith(_OUTLOOK) else ())
    query = parse_qs(parts.query) if names else {}
    for name in names:
        target = _named((query.get(name) or [""])[0].strip(), "", bare=False)
        if target:
            return target
    return url


def _named(target: str, otherwise: str, *, bare: bool = True) -> str:
    """`target` if it is an http(s) URL (or, `bare`, a host and path without a scheme), else `otherwise`."""
    if bare and "://" not in target.split("/", 1)[0] and _HOST.match(target):
        target = f"https://{target}"
    try:
        split = urlsplit(target)
        if split.scheme.lower() in ("http", "https") and split.hostname:
            return target
    except ValueError:  # "http://[oops": a broken target, the wrapper itself stands
        pass
    return otherwise


def _translated(path: str, query: str, label: str, otherwise: str) -> str:
    """Google Translate's proxy host spells the original host with '-' for '.' and '--' for '-'."""
    host = ".".join(part.replace("\0", "-") for part in label.replace("--", "\0").split("-"))
    kept = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not k.startswith("_x_tr_")])
    return _named(f"https://{host}{path or '/'}" + (f"?{kept}" if kept else ""), otherwise)
