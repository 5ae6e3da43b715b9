"""Data files shipped inside the treatykg package (see README.md here)."""
