"""What the checks read from HTML: URL-valued attributes, visible text, a password field.

The stdlib parser is lenient enough for broken real-world pages; no DOM, no JavaScript.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from leadflow.domain.wrappers import unwrap

# Attributes whose value is a URL. `action`: embedded portal login forms post to the portal;
# `xlink:href`: an SVG button's link.
LINK_ATTRIBUTES = frozenset({"href", "xlink:href", "src", "action", "formaction", "data-href", "data-url", "data-link"})
# Tags whose URL is a file the page embeds (image, SVG image or sprite, script, style, font, media), not a place a
# visitor goes: kept apart as `assets`, which never prove an account.
ASSET_TAGS = frozenset(
    {"img", "image", "use", "script", "link", "source", "video", "audio", "track", "embed", "object", "picture"}
)
# Script in attributes that sends the visitor somewhere: onclick="window.location='https://...'".
_SCRIPT_ATTRIBUTES = frozenset({"onclick", "onmousedown", "onsubmit"})
_SCRIPT_URL = re.compile(r"""(?:location(?:\.href)?\s*=|location\.(?:assign|replace)\(|window\.open\()\s*['"]([^'"]+)['"]""")
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "#")
_REFRESH = re.compile(r"^\s*[\d.]*\s*[;,]\s*url\s*=\s*(.+?)\s*$", re.I | re.S)
_INVISIBLE = frozenset({"script", "style", "template", "noscript"})


@dataclass(frozen=True)
class Markup:
    links: list[str]  # absolute http(s) URLs a visitor goes to (a, area, form, iframe, refresh, onclick)
    text: str  # visible text and the title, whitespace collapsed
    has_password_field: bool
    assets: tuple[str, ...] = ()  # absolute http(s) URLs of embedded files (img, script, link, ...)
    refresh: str | None = None  # where a meta refresh sends the visitor (also in `links`)
    title: str = ""  # the <title>, whitespace collapsed
    logo: str = ""  # the alt text of the first image that is a logo (src, alt or class says so)
    heading: str = ""  # the first <h1>'s text, whitespace collapsed
    base: str = ""  # the URL relative links resolve against
    chunks: tuple[str, ...] = ()  # the visible text nodes, in page order
    # Where each link stands in `chunks`: (raw link, its block's first chunk, the link's own, the
    # block's end; -1 while the block was left open), read by `context` for the links asked about.
    spans: tuple[tuple[str, int, int, int], ...] = ()

    def context(self, url: str) -> str:
        """What the page says around `url` where it first links it: the text of its innermost block
        (a list item, a paragraph, a footer line) nearest the link, at most CONTEXT characters;
        for a link in no block, the nearest text ("Lometa Leasing: see their portal")."""
        for raw, start, at, end in self.spans:
            if absolute(raw, self.base) == url:
                end = len(self.chunks) if end < 0 else end
                near = self.chunks[max(start, at - NEAR) : min(end, at + NEAR + 1)]
                return " ".join(" ".join(near).split())[:CONTEXT]
        return ""


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.assets: list[str] = []
        self.base: str | None = None
        self.text: list[str] = []
        self.password = False
        self.refresh: str | None = None
        self.title: list[str] = []
        self.logo = ""
        self.heading: list[str] | None = None  # the first <h1>'s text, once one opens
        # (raw link, its block's first text chunk, the link's first chunk, the block's end; -1: open)
        self.spans: list[tuple[str, int, int, int]] = []
        self._blocks: list[tuple[str, list[int]]] = []  # open block elements: (tag, spans waiting for its end)
        self._block_starts: list[int] = []  # the text chunk each open block starts at
        self._in_h1 = False
        self._in_title = False
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in_title = tag == "title"
        self._open(tag)
        self._note(tag, values)
        href = values.get("href")
        if tag == "base" and self.base is None and href:
            self.base = href.strip()
            return
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            target = refresh_url(values.get("content") or "")
            if target:
                self.links.append(target)
                self.refresh = self.refresh or target
            return
        option = (values.get("value") or "").strip()
        if tag == "option" and option.lower().startswith(("http://", "https://")):
            self.links.append(option)  # a "Portal Login" picker: <select onchange=...><option value=URL>
            self._span(option)
        into = self.assets if tag in ASSET_TAGS else self.links
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value:
                into.append(value.strip())
                if into is self.links:
                    self._span(value.strip())
            elif name in _SCRIPT_ATTRIBUTES and value:
                self.links += _SCRIPT_URL.findall(value)

    def _open(self, tag: str) -> None:
        """Where the text of a block, the first <h1> or an invisible element starts."""
        if tag in BLOCK_TAGS:
            self._blocks.append((tag, []))
            self._block_starts.append(len(self.text))
        if tag == "h1" and self.heading is None:
            self.heading, self._in_h1 = [], True
        if tag in _INVISIBLE:
            self._hidden += 1

    def _span(self, raw: str) -> None:
        """A link's context: the text of its innermost block element (a list item, a paragraph, a
        footer) nearest the link, known once that block ends; a link in no block: the nearest text."""
        start = self._block_starts[-1] if self._blocks else 0
        self.spans.append((raw, start, len(self.text), -1))
        if self._blocks:
            self._blocks[-1][1].append(len(self.spans) - 1)

    def _note(self, tag: str, values: dict[str, str | None]) -> None:
        """What a tag says about the page, not where it links: a logo's name, a password field."""
        if tag == "img" and not self.logo and "logo" in " ".join(v or "" for v in values.values()).lower():
            self.logo = " ".join((values.get("alt") or "").split())
        if tag == "input" and (values.get("type") or "").lower() == "password":
            self.password = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _INVISIBLE:
            self._hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        self._in_title = self._in_title and tag != "title"
        self._in_h1 = self._in_h1 and tag != "h1"
        if tag in BLOCK_TAGS and any(t == tag for t, _ in self._blocks):
            while self._blocks:  # close up to the matching block (unclosed inner ones end with it)
                open_tag, waiting = self._blocks.pop()
                self._block_starts.pop()
                for i in waiting:
                    raw, start, at, _ = self.spans[i]
                    self.spans[i] = (raw, start, at, len(self.text))
                if open_tag == tag:
                    break
        if tag in _INVISIBLE and self._hidden > 0:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        if not self._hidden:
            self.text.append(data)
            if self._in_h1 and self.heading is not None:
                self.heading.append(data)


def parse(html: str, page_url: str) -> Markup:
    parser = _Parser()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - a half-parsed page still has its earlier links
        pass
    base = page_url
    if parser.base:
        try:
            base = urljoin(page_url, parser.base)
        except ValueError:
            pass
    return Markup(
        links=_absolute(parser.links, base),
        text=" ".join(" ".join(parser.text).split()),
        has_password_field=parser.password,
        assets=tuple(_absolute(parser.assets, base)),
        refresh=absolute(parser.refresh, base) if parser.refresh else None,
        title=" ".join("".join(parser.title).split()),
        logo=parser.logo,
        heading=" ".join(" ".join(parser.heading or []).split()),
        base=base,
        chunks=tuple(parser.text),
        spans=tuple(parser.spans),
    )


CONTEXT = 300  # characters of a link's context kept
NEAR = 2  # text nodes either side of a link's own that can be its context
# Elements whose text is a link's context: the innermost one around it (not body or main: a page
# of bare links has none).
BLOCK_TAGS = frozenset(
    {
        "p",
        "li",
        "td",
        "th",
        "dd",
        "dt",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "nav",
        "aside",
        "blockquote",
        "figure",
        "figcaption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "form",
        "table",
        "tr",
        "ul",
        "ol",
        "label",
        "select",
    }
)


def _absolute(raws: list[str], base: str) -> list[str]:
    links: list[str] = []
    for raw in raws:
        if not raw or raw.lower().startswith(_SKIP_SCHEMES):
            continue
        try:
            url = urljoin(base, raw)
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            continue
        if scheme in ("http", "https"):
            links.append(unwrap(_without_root_dot(url)))
    return links


def _without_root_dot(url: str) -> str:
    """`url` with its host's trailing dot dropped: `x.managebuilding.com.` is the fully qualified
    spelling of the host a browser opens, and names the same account."""
    parts = urlsplit(url)
    userinfo, at, hostport = parts.netloc.rpartition("@")
    host, colon, port = hostport.rpartition(":") if hostport.rfind(":") > hostport.rfind("]") else (hostport, "", "")
    if not host.endswith("."):
        return url
    return parts._replace(netloc=f"{userinfo}{at}{host.rstrip('.')}{colon}{port}").geturl()


def refresh_url(content: str) -> str | None:
    """Where a refresh sends the visitor, as written: a `<meta http-equiv=refresh>`'s content or
    the `Refresh` header a server sends instead (`0; url=https://www.example.com/`)."""
    found = _REFRESH.match(content)
    target = found.group(1).strip().strip("'\"").strip() if found else ""
    return target or None


def absolute(raw: str, base: str) -> str | None:
    """`raw` as an absolute http(s) URL against `base`, read as `links` are; None when it is none."""
    return next(iter(_absolute([raw], base)), None)


def extract_links(html: str, page_url: str) -> list[str]:
    """Absolute http(s) URLs of every link, iframe, form, refresh and onclick target in `html`, in
    document order (embedded files are `parse(...).assets`)."""
    return parse(html, page_url).links
