"""``python -m treatykg``: the command line (the guard keeps worker processes from re-running it)."""

from treatykg.cli import main

if __name__ == "__main__":
    main()
