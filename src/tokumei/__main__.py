import sys

from tokumei.cli import main

sys.exit(main())
