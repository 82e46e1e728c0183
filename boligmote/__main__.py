from boligmote.cli import main

raise SystemExit(main())
