"""Content decoding that never produces more than a fixed number of bytes.

httpx 0.28 inflates each raw chunk in one call, so 50 KB of gzip becomes one 50 MB chunk.
The fetcher therefore reads raw bytes and inflates them here with `max_length`, looping on
`unconsumed_tail`, so a decompression bomb stops at the cap. Only identity, gzip and deflate
are accepted (and only these are advertised); anything else is unreadable.
"""

from __future__ import annotations

import zlib

ACCEPT_ENCODING = "gzip, deflate"
_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


class Unreadable(Exception):
    """A content encoding we do not decode (br, zstd, stacked encodings, ...)."""


class CappedDecoder:
    """Feed raw body bytes, get at most `limit` decoded bytes in all; `full` once reached."""

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        if len(codings) > 1 or (codings and codings[0] not in _WBITS):
            raise Unreadable(",".join(codings))
        self.coding = codings[0] if codings else None
        self.limit = limit
        self.size = 0
        self.broken = False  # the compressed stream was corrupt; what came before is kept
        self._inflater = zlib.decompressobj(_WBITS[self.coding]) if self.coding else None

    @property
    def full(self) -> bool:
        return self.size >= self.limit

    def feed(self, data: bytes) -> bytes:
        room = self.limit - self.size
        if room <= 0 or self.broken or not data:
            return b""
        if self._inflater is None:
            out = data[:room]
        else:
            out = self._inflate(self._inflater, data, room)
        self.size += len(out)
        return out

    def _inflate(self, inflater: zlib._Decompress, data: bytes, room: int) -> bytes:
        pieces: list[bytes] = []
        while data and room > 0:
            try:
                piece = inflater.decompress(data, room)
            except zlib.error:
                if self.coding == "deflate" and self.size == 0 and not pieces:
                    # 'deflate' is often sent without the zlib header (as httpx also allows)
                    self.coding = "raw deflate"
                    self._inflater = inflater = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                self.broken = True
                break
            pieces.append(piece)
            room -= len(piece)
            tail = inflater.unconsumed_tail
            if not piece and len(tail) == len(data):
                break  # no progress: never spin
            data = tail
            if inflater.eof:
                break  # trailing garbage or a second gzip member: ignored
        return b"".join(pieces)


def decode_text(body: bytes, charset: str | None) -> str:
    """Bytes to text with the declared charset (else UTF-8); undecodable bytes replaced."""
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
