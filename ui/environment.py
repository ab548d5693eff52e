"""Can a window open here? Checked before Qt loads, so the user gets a sentence, not an abort."""

from __future__ import annotations

import os
import sys

# Libraries Qt's xcb platform plugin loads on Linux, and the Debian package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libEGL.so.1": "libegl1",
}

APT_LINE = "sudo apt-get install " + " ".join(XCB_LIBRARIES.values())


def missing_xcb_packages() -> list[str]:
    import ctypes  # only on X11: other platforms start without it (~2 ms)

    missing = []
    for library, package in XCB_LIBRARIES.items():
        try:
            ctypes.CDLL(library)
        except OSError:
            missing.append(package)
    return missing


def gui_blocker() -> str | None:
    """Why no window can open here, or None when one can."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return "no display: neither DISPLAY nor WAYLAND_DISPLAY is set"
    missing = missing_xcb_packages()
    if missing:
        return (
            "Qt's X11 support needs libraries that are not installed; run: "
            f"sudo apt-get install {' '.join(missing)}"
        )
    return None
