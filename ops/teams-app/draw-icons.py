#!/usr/bin/env python3
"""Draws the Teams app's two icons (no image library needed): four connected dots, the four levels of government.
color.png: 192x192, white on the forum's blue. outline.png: 32x32, white on transparent, as Teams requires."""
import struct, zlib, math, os

def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))

def emblem(size):
    """Coverage (0..1) of the emblem at a pixel: four dots on a diamond, joined by lines, sampled 4x4 for smooth edges."""
    c, r, dot, line = size / 2, size * 0.30, size * 0.11, size * 0.035
    points = [(c, c - r), (c + r, c), (c, c + r), (c - r, c)]
    def inside(x, y):
        if any(math.hypot(x - px, y - py) <= dot for px, py in points): return True
        for (ax, ay), (bx, by) in zip(points, points[1:] + points[:1]):
            t = max(0, min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
            if math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= line: return True
        return False
    return lambda x, y: sum(inside(x + (i + .5) / 4, y + (j + .5) / 4) for i in range(4) for j in range(4)) / 16

here = os.path.dirname(os.path.abspath(__file__))
blue = (0x1F, 0x4E, 0x79)
color = emblem(192)
png(os.path.join(here, "color.png"), 192, lambda x, y: [round(b + (255 - b) * color(x, y)) for b in blue] + [255])
outline = emblem(32)
png(os.path.join(here, "outline.png"), 32, lambda x, y: [255, 255, 255, round(255 * outline(x, y))])
