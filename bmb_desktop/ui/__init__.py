"""The PySide6 window: the only package that imports Qt.

PySide6 6.12 on Python 3.11 releases one reference to ``None`` (and sometimes ``True``/``False``)
too many each time a void Qt method or a Python slot returns; after some thousands of calls the
interpreter aborts ("deallocating None"). Python 3.12 made these objects immortal, which hides the
bug; on older Pythons we give them the same effectively endless reference count before Qt runs.
"""

import sys


def _make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 60


_make_singletons_immortal()
