from journal_app.cli import main

raise SystemExit(main())
