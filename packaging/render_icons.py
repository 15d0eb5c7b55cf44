"""Renders Carnet's icon (resources/icons/carnet.svg) in every size and format the installers
need, with Qt alone (no image library to install):

- packaging/linux/icons/hicolor/<N>x<N>/apps/be.carnet.Carnet.png for N in 16..512, and the
  scalable SVG beside them (the freedesktop icon theme layout, for the .desktop file);
- packaging/windows/carnet.ico (16..256, for the .exe and the installer);
- packaging/macos/carnet.icns (16..1024, for the .app bundle).

The rendered files are committed, so building an installer needs no rendering step. Run this
again after changing the SVG:  python packaging/render_icons.py
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts: no display needed

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

PACKAGING = Path(__file__).resolve().parent
SOURCE = PACKAGING.parent / "resources" / "icons" / "carnet.svg"
APP_ID = "be.carnet.Carnet"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOWS_SIZES = (16, 24, 32, 48, 64, 128, 256)
MACOS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_file(images: dict[int, bytes]) -> bytes:
    """A Windows .ico with PNG-compressed entries (read by Windows Vista and later). Qt's own
    ico writer stores one image per file, and the installer wants every size in one."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory, payload = b"", b""
    offset = len(header) + 16 * len(images)
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


# The icns element types holding PNG data, by size (Apple's "Icon Services" types).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def icns_file(images: dict[int, bytes]) -> bytes:
    """A macOS .icns with PNG elements (read by macOS 10.7 and later)."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {SOURCE}")
    hicolor = PACKAGING / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    (PACKAGING / "windows" / "carnet.ico").write_bytes(
        ico_file({size: png_bytes(render(renderer, size)) for size in WINDOWS_SIZES}))
    (PACKAGING / "macos" / "carnet.icns").write_bytes(
        icns_file({size: png_bytes(render(renderer, size)) for size in MACOS_SIZES}))
    print(f"icons written under {PACKAGING}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
