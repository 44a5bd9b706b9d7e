"""Proxy and certificate settings, read from an explicit environment mapping.

Why not httpx's `trust_env`: it reads `os.environ` only, ignores `*.x.example` in NO_PROXY,
and a proxied request must take a different path through the guard (no local DNS). Reading
the variables here keeps one parser for the fetcher and lets tests pass them in.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]  # undocumented: not in typeshed

import certifi


@dataclass(frozen=True)
class NetworkEnv:
    proxies: dict[str, str] = field(default_factory=dict)  # 'http' | 'https' | 'all' -> proxy URL
    no_proxy: str = ""
    ca_file: str | None = None
    ca_dir: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> NetworkEnv:
        """`*_PROXY` (lower case wins, as in urllib; HTTP_PROXY ignored under CGI),
        `NO_PROXY`, `SSL_CERT_FILE` (used if it is a file), else `SSL_CERT_DIR` (if a dir)."""
        env = os.environ if env is None else env
        proxies: dict[str, str] = {}
        for lower_only in (False, True):
            for name, value in env.items():
                if not name.lower().endswith("_proxy") or (lower_only and name != name.lower()):
                    continue
                key = name.lower()[:-6]
                if value:
                    proxies[key] = value
                elif lower_only:
                    proxies.pop(key, None)
            if not lower_only and "REQUEST_METHOD" in env:
                proxies.pop("http", None)  # CVE-2016-1000110 (httpoxy)
        no_proxy = proxies.pop("no", "")
        ca_file = env.get("SSL_CERT_FILE") or None
        ca_dir = env.get("SSL_CERT_DIR") or None
        if ca_file and os.path.isfile(ca_file):
            ca_dir = None
        else:
            ca_file = None
            ca_dir = ca_dir if ca_dir and os.path.isdir(ca_dir) else None
        return cls(proxies=proxies, no_proxy=no_proxy, ca_file=ca_file, ca_dir=ca_dir)

    def proxy_for(self, scheme: str, host: str, port: int | None = None) -> str | None:
        """The proxy URL for a request, or None to connect directly (NO_PROXY or no proxy)."""
        proxy = self.proxies.get(scheme) or self.proxies.get("all")
        if not proxy or self.bypass(host, port):
            return None
        return proxy if "://" in proxy else f"http://{proxy}"

    def bypass(self, host: str, port: int | None = None) -> bool:
        """NO_PROXY: `*`, `example.com` (and its subdomains), `.example.com`, `*.example.com`,
        `host:port`. Matching is urllib's; CIDR ranges are not supported."""
        entries = [e.strip() for e in self.no_proxy.split(",") if e.strip()]
        if "*" in entries:
            return True
        cleaned = ",".join(e[1:] if e.startswith("*.") else e for e in entries)
        if not cleaned:
            return False
        target = host.strip("[]").lower()
        if port is not None:
            target = f"{target}:{port}"
        return bool(proxy_bypass_environment(target, {"no": cleaned}))

    def ssl_context(self) -> ssl.SSLContext:
        """Certificate verification against SSL_CERT_FILE / SSL_CERT_DIR, else certifi."""
        if self.ca_file or self.ca_dir:
            return ssl.create_default_context(cafile=self.ca_file, capath=self.ca_dir)
        return ssl.create_default_context(cafile=certifi.where())
