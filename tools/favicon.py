#!/usr/bin/env python3
# Writes src/main/resources/META-INF/resources/favicon.ico: a blue square with three white bars (a bar chart, the
# follow-up SUS is about), 16 and 32 px, PNG images inside an ICO file. Standard library only.
import struct, zlib, pathlib

BLA = (0x1A, 0x4F, 0x8B, 255)   # dark blue, white on it has a contrast of about 8:1
VIT = (255, 255, 255, 255)
TOM = (0, 0, 0, 0)

def bild(n):
    r = max(1, n // 8)           # corner radius
    staplar = [(0.25, 0.55), (0.45, 0.85), (0.65, 0.40)]   # (top of the bar as a share, length as a share)
    px = []
    for y in range(n):
        rad = []
        for x in range(n):
            hörn = (x < r and y < r and (r - x) ** 2 + (r - y) ** 2 > r * r) or \
                   (x >= n - r and y < r and (x - (n - r - 1)) ** 2 + (r - y) ** 2 > r * r) or \
                   (x < r and y >= n - r and (r - x) ** 2 + (y - (n - r - 1)) ** 2 > r * r) or \
                   (x >= n - r and y >= n - r and (x - (n - r - 1)) ** 2 + (y - (n - r - 1)) ** 2 > r * r)
            färg = TOM if hörn else BLA
            for topp, langd in staplar:
                y0 = int(topp * n); h = max(2, n // 7)
                x0 = int(0.18 * n); x1 = x0 + int(langd * n * 0.8)
                if y0 <= y < y0 + h and x0 <= x < x1:
                    färg = VIT
            rad.append(färg)
        px.append(rad)
    return px

def png(px):
    n = len(px)
    raw = b''.join(b'\x00' + bytes(c for p in rad for c in p) for rad in px)
    def chunk(typ, data):
        return struct.pack('>I', len(data)) + typ + data + struct.pack('>I', zlib.crc32(typ + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', n, n, 8, 6, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

bilder = [png(bild(n)) for n in (16, 32)]
huvud = struct.pack('<HHH', 0, 1, len(bilder))
offset = 6 + 16 * len(bilder)
poster = b''
for n, data in zip((16, 32), bilder):
    poster += struct.pack('<BBBBHHII', n, n, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
ut = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources/META-INF/resources/favicon.ico'
ut.write_bytes(huvud + poster + b''.join(bilder))
print(ut, ut.stat().st_size, 'bytes')
