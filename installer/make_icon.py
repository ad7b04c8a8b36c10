"""Writes the app's own icon (drawn in code by bmb_desktop.ui.icons) as a Windows .ico for the build.

    python installer/make_icon.py build/bmb-desktop.ico
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(png_images: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(png_images))
    offset = len(header) + 16 * len(png_images)
    directory, payload = b"", b""
    for size, png in sorted(png_images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


def render_pngs() -> dict[int, bytes]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtWidgets import QApplication

    from bmb_desktop.ui.icons import app_icon

    _app = QApplication.instance() or QApplication([])  # QPixmap needs a GUI application, kept alive
    icon = app_icon()
    pngs = {}
    for size in ICO_SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        pixmap = icon.pixmap(QSize(size, size), 1.0)  # 1.0: exact pixels, whatever the screen scaling
        if pixmap.width() != size or not pixmap.save(buffer, "PNG"):
            raise RuntimeError(f"could not render the {size}px icon")
        buffer.close()
        pngs[size] = bytes(data)
    return pngs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    target = Path(argv[0])
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(ico_bytes(render_pngs()))
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
