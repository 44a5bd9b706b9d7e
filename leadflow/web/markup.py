"""What the checks read from HTML: URL-valued attributes, visible text, a password field.

The stdlib parser is lenient enough for broken real-world pages; no DOM, no JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

# Attributes whose value is a URL. `action`: embedded portal login forms post to the portal.
LINK_ATTRIBUTES = frozenset({"href", "src", "action"})
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "#")
_INVISIBLE = frozenset({"script", "style", "template", "noscript"})


@dataclass(frozen=True)
class Markup:
    links: list[str]  # absolute http(s) URLs, document order, duplicates kept
    text: str  # visible text and the title, whitespace collapsed
    has_password_field: bool


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.base: str | None = None
        self.text: list[str] = []
        self.password = False
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in _INVISIBLE:
            self._hidden += 1
        if tag == "input" and (values.get("type") or "").lower() == "password":
            self.password = True
        if tag == "base" and self.base is None and values.get("href"):
            self.base = values["href"].strip()
            return
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            content = values.get("content") or ""
            _, sep, rest = content.partition(";")
            rest = rest.strip()
            if sep and rest.lower().startswith("url="):
                self.links.append(rest[4:].strip().strip("'\""))
            return
        for name, value in attrs:
            if name in LINK_ATTRIBUTES and value:
                self.links.append(value.strip())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _INVISIBLE:
            self._hidden -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE and self._hidden > 0:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


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
    links: list[str] = []
    for raw in parser.links:
        if not raw or raw.lower().startswith(_SKIP_SCHEMES):
            continue
        try:
            url = urljoin(base, raw)
            scheme = urlsplit(url).scheme.lower()
        except ValueError:
            continue
        if scheme in ("http", "https"):
            links.append(url)
    return Markup(links=links, text=" ".join(" ".join(parser.text).split()), has_password_field=parser.password)


def extract_links(html: str, page_url: str) -> list[str]:
    """Absolute http(s) URLs of every link, script, iframe, form, ... in `html`, in document order."""
    return parse(html, page_url).links
