import sys

from charting.cli import main

sys.exit(main())
