"""``python -m treatykg`` runs the command line."""

from treatykg.cli import main

main()
