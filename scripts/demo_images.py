#!/usr/bin/env python3
"""Draw the pictures of the Wuhai site addon with Pillow (no fetched images, no fonts).

Writes into ``addons/edu_supervision_wuhai/static/img/``:

- ``company_logo.png``: a neutral emblem (a blue disc, an open book, a rising sun)
  used as the company logo of the Wuhai office on PDFs and the public results page;
- ``avatar_01.png`` … ``avatar_12.png``: neutral head-and-shoulders silhouettes in
  different colours and hair styles, the pictures of the demo users and inspectors.

Run ``python3 scripts/demo_images.py`` after changing it; the output is deterministic.
"""

import pathlib

from PIL import Image, ImageDraw

OUT = pathlib.Path(__file__).resolve().parent.parent / "addons/edu_supervision_wuhai/static/img"
SCALE = 4  # draw large, then downsample: smooth edges without anti-aliasing support

# (background, clothes, skin, hair, hair style)
AVATARS = [
    ("#dbe7f3", "#2f4f75", "#f1d3b5", "#2b2b2b", "short"),
    ("#f3e3d8", "#8a3b3b", "#efcfae", "#3a2a20", "long"),
    ("#e2efe2", "#3d6b4a", "#e9c6a2", "#1f1f1f", "short"),
    ("#efe6f5", "#5a4a7a", "#f3d7bd", "#2a2a2a", "bun"),
    ("#f5efd9", "#6b5a2e", "#e6c29c", "#4a4a4a", "short"),
    ("#dcefee", "#2e6b6b", "#f0d0b0", "#222222", "long"),
    ("#e8e8e8", "#444d56", "#ecc9a6", "#9a9a9a", "short"),
    ("#f6e0e6", "#7a3b55", "#f2d4ba", "#2b2020", "bun"),
    ("#e0e8f6", "#34477a", "#e8c4a0", "#1c1c1c", "short"),
    ("#eef3dc", "#55703a", "#f1d2b3", "#3b2f25", "long"),
    ("#f3e8dc", "#7a5533", "#e4bf98", "#6b6b6b", "short"),
    ("#e4ecf0", "#3a5866", "#f0d6bf", "#252525", "bun"),
]


def _box(cx, cy, rx, ry):
    return [(cx - rx) * SCALE, (cy - ry) * SCALE, (cx + rx) * SCALE, (cy + ry) * SCALE]


def _save(image, name, size):
    image = image.resize((size, size), Image.LANCZOS)
    image = image.convert("P", palette=Image.ADAPTIVE, colors=32)
    image.save(OUT / name, optimize=True)


def draw_avatar(background, clothes, skin, hair, style):
    size = 256
    image = Image.new("RGB", (size * SCALE, size * SCALE), background)
    draw = ImageDraw.Draw(image)
    if style == "long":  # hair behind the shoulders
        draw.rounded_rectangle(_box(128, 150, 62, 60), radius=40 * SCALE, fill=hair)
    draw.ellipse(_box(128, 262, 98, 78), fill=clothes)  # shoulders
    draw.rectangle(_box(128, 178, 18, 16), fill=skin)  # neck
    draw.polygon(  # collar
        [(108 * SCALE, 186 * SCALE), (128 * SCALE, 214 * SCALE), (148 * SCALE, 186 * SCALE)],
        fill="#ffffff",
    )
    draw.ellipse(_box(128, 118, 50, 60), fill=skin)  # face
    draw.chord(_box(128, 104, 54, 52), 180, 360, fill=hair)  # hair
    if style == "short":
        draw.ellipse(_box(88, 104, 12, 20), fill=hair)
        draw.ellipse(_box(168, 104, 12, 20), fill=hair)
    elif style == "bun":
        draw.ellipse(_box(128, 50, 24, 20), fill=hair)
    return image


def draw_logo():
    size = 512
    image = Image.new("RGBA", (size * SCALE, size * SCALE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    blue, gold, white = "#1f4e8c", "#e0a526", "#ffffff"
    draw.ellipse(_box(256, 256, 250, 250), fill=blue)
    draw.ellipse(_box(256, 256, 222, 222), outline=white, width=10 * SCALE)
    draw.pieslice(_box(256, 250, 70, 70), 180, 360, fill=gold)  # rising sun
    for angle in range(195, 360, 30):  # its rays
        draw.pieslice(_box(256, 250, 110, 110), angle - 4, angle + 4, fill=gold)
    draw.ellipse(_box(256, 250, 80, 80), outline=blue, width=10 * SCALE)
    draw.rectangle(_box(256, 296, 140, 46), fill=blue)  # below the horizon
    # open book: two pages meeting at the spine
    left = [(116, 270), (248, 296), (248, 392), (116, 366)]
    right = [(396, 270), (264, 296), (264, 392), (396, 366)]
    for page in (left, right):
        draw.polygon([(x * SCALE, y * SCALE) for x, y in page], fill=white)
    for offset in (20, 40, 60):  # lines of text
        draw.line(
            [(134 * SCALE, (288 + offset) * SCALE), (234 * SCALE, (308 + offset) * SCALE)],
            fill=blue,
            width=4 * SCALE,
        )
        draw.line(
            [(378 * SCALE, (288 + offset) * SCALE), (278 * SCALE, (308 + offset) * SCALE)],
            fill=blue,
            width=4 * SCALE,
        )
    image = image.resize((size, size), Image.LANCZOS)
    image = image.quantize(colors=32, method=Image.Quantize.FASTOCTREE)
    image.save(OUT / "company_logo.png", optimize=True)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for number, colours in enumerate(AVATARS, start=1):
        _save(draw_avatar(*colours), f"avatar_{number:02d}.png", 256)
    draw_logo()


if __name__ == "__main__":
    main()
