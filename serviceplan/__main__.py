"""`python -m serviceplan`: the same program as `serviceplan` and `python main.py`."""

import sys

from main import main

if __name__ == "__main__":
    sys.exit(main())
