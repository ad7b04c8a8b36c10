"""Qt item models over service results, testable without a window."""
