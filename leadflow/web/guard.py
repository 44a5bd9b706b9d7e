"""Where leadflow may connect: the private-address and local-name policy for untrusted URLs.

Evidence URLs come from an LLM and from web pages, so any of them may point at the cloud
metadata service, the office router or a database on localhost. The fetcher asks this
module about every hop, before connecting.
"""

from __future__ import annotations

import ipaddress

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Names that only mean something inside a network (RFC 6761, 6762, 8375, ICANN .internal).
LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".lan", ".home.arpa", ".localdomain", ".intranet")
LOOPBACK_NAMES = ("localhost", ".localhost")


def parse_ip(host: str) -> IPAddress | None:
    """The address when `host` is an IP literal ('10.0.0.1', '[fec0::1]', 'fe80::1%eth0')."""
    text = host.strip().strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


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
