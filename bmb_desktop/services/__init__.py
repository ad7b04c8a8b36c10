"""Use cases over a session: each enforces the rules and returns what changed or what was asked."""
