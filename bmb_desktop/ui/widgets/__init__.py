"""Widgets shared by pages: panels that show findings and lists beside a table."""
