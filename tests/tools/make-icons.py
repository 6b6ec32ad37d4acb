#!/usr/bin/env python3
"""Draws Vigie's icon (a calm eye on a rounded teal square) as PNGs in public/icon/, with the
standard library only: `python3 tests/tools/make-icons.py`. Supersampled 4x for smooth edges."""
import math, struct, zlib, pathlib

TEAL = (31, 111, 120)
WHITE = (255, 255, 255)
DEEP = (16, 64, 72)

def colour_at(x, y):
    """x, y in [0, 1]; returns (r, g, b, a)."""
    # Rounded square, corner radius 0.22.
    r = 0.22
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    # The eye: intersection of two circles (an almond), a pupil, a highlight.
    d = 0.62
    in_almond = (x - 0.5) ** 2 + (y - 0.5 + d - 0.22) ** 2 < d * d and (x - 0.5) ** 2 + (y - 0.5 - d + 0.22) ** 2 < d * d
    if in_almond:
        dist = math.hypot(x - 0.5, y - 0.5)
        if dist < 0.07:
            return (*WHITE, 255) if math.hypot(x - 0.47, y - 0.47) < 0.035 else (*DEEP, 255)
        if dist < 0.16:
            return (*DEEP, 255) if dist < 0.075 else (*TEAL, 255)
        return (*WHITE, 255)
    return (*TEAL, 255)

def png(size):
    s = 4
    rows = []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(s):
                for sx in range(s):
                    c = colour_at((px + (sx + 0.5) / s) / size, (py + (sy + 0.5) / s) / size)
                    a = c[3]
                    for i in range(3):
                        acc[i] += c[i] * a
                    acc[3] += a
            alpha = acc[3] / (s * s)
            rgb = [round(acc[i] / acc[3]) if acc[3] else 0 for i in range(3)]
            row += bytes([*rgb, round(alpha)])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(b''.join(rows), 9)) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parents[2] / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f'{size}.png').write_bytes(png(size))
    print(f'public/icon/{size}.png')
