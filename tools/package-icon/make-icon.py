#!/usr/bin/env python3
"""Draws the package icon (docs/images/package-icon.png, 128x128): a white page with a red letterhead band,
lines of text and a gold seal, on a red rounded square. Pure Python (zlib only), so anyone can redraw it."""
import struct
import sys
import zlib

SIZE = 128
RED = (183, 28, 28)
GOLD = (255, 213, 79)
WHITE = (255, 255, 255)
INK = (66, 66, 66)


def pixel(x, y):
    # Rounded-corner background.
    r = 18
    cx = min(max(x, r), SIZE - 1 - r)
    cy = min(max(y, r), SIZE - 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    # The page.
    if 30 <= x < 98 and 18 <= y < 110:
        # Letterhead band and lines of text.
        if 26 <= y < 34 and 40 <= x < 88:
            return RED + (255,)
        if 40 <= y < 43 and 52 <= x < 76:
            return INK + (255,)
        for top in (54, 64, 74, 84):
            if top <= y < top + 4 and 38 <= x < (90 if top != 84 else 70):
                return INK + (255,)
        if 94 <= y < 102 and 70 <= x < 90:
            return GOLD + (255,)
        return WHITE + (255,)
    return RED + (255,)


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def main(path):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(SIZE)) for y in range(SIZE))
    png = (b"\x89PNG\r\n\x1a\n"
           + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(rows, 9))
           + chunk(b"IEND", b""))
    with open(path, "wb") as f:
        f.write(png)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images/package-icon.png")
