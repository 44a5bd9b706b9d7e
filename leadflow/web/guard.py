"""Where leadflow may connect: the private-address and local-name policy for untrusted URLs.

Evidence URLs come from an LLM and from web pages, so any of them may point at the cloud
metadata service, the office router or a database on localhost. The fetcher asks this
module about every hop, before connecting.
"""

from __future__ import annotations

import ipaddress
import re

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Names that only mean something inside a network (RFC 6761, 6762, 8375, ICANN .internal).
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain", ".intranet")


def parse_ip(host: str) -> IPAddress | None:
    """The address when `host` is an IP literal ('10.0.0.1', '[fec0::1]', 'fe80::1%eth0'), in
    any form a resolver accepts too (`inet_aton` rules: '127.1', '0x7f.0.0.1', '0177.0.0.1',
    '2130706433'): a proxy that resolves names itself would connect to the same address."""
    text = host.strip().strip("[]").split("%", 1)[0].rstrip(".")
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return _inet_aton(text)


_PART = re.compile(r"0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*")


def _inet_aton(text: str) -> ipaddress.IPv4Address | None:
    """IPv4 in the classic forms: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x); the
    last part fills the bytes left (a.b.c.d, a.b.c16, a.b24, a32)."""
    parts = text.split(".")
    if not 1 <= len(parts) <= 4 or not all(_PART.fullmatch(p) for p in parts):
        return None
    values = [
        int(p, 16)
        if p[:2].lower() == "0x" and len(p) > 2
        else 0
        if p.lower() == "0x"
        else int(p, 8)
        if p.startswith("0")
        else int(p)
        for p in parts
    ]
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(parts)):
        return None
    number = 0
    for v in head:
        number = number * 256 + v
    return ipaddress.IPv4Address(number * 256 ** (5 - len(parts)) + last)


def blocked_reason(ip: IPAddress) -> str | None:
    """Why `ip` is refused, or None for a public (global unicast) address.

    IPv4 inside IPv6 (mapped `::ffff:a.b.c.d`, 6to4 `2002::/16`) is judged by the IPv4 address;
    IPv6 site-local `fec0::/10` is named explicitly because Python 3.11 calls it global.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is not None:
            return blocked_reason(embedded)
        if ip.is_site_local:
            return "site-local"
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    if not ip.is_global:  # e.g. 100.64.0.0/10 (carrier-grade NAT)
        return "not global"
    return None


def refuse_address(ip: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """The `Page.error` for connecting to `ip`, or None when allowed."""
    reason = blocked_reason(ip)
    if reason is None or (allow_loopback and reason == "loopback"):
        return None
    return f"blocked: private address ({ip} {reason})"


def refuse_name(host: str, *, allow_loopback: bool = False) -> str | None:
    """The `Page.error` for a host name that can only be local, or None.

    Used for every URL; it is the whole guard when a proxy does the DNS lookup.
    """
    name = host.strip().rstrip(".").lower()
    if allow_loopback and (name == "localhost" or name.endswith(".localhost")):
        return None
    if name == "localhost" or name.endswith(LOCAL_SUFFIXES) or "." not in name:
        return f"blocked: local name ({name or 'empty'})"
    return None
