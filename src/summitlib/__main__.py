"""``python -m summitlib``: the ``summitlib`` command."""

from summitlib.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
