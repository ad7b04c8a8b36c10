"""Printed documents: fonts, one stylesheet, shared flowables and one module per document.

Documents take plain dataclasses (never ORM objects) and return PDF bytes built with ReportLab.
"""
