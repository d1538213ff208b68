"""Start-up probe: open BizCare's main window the way ``bizcare`` does and time it.

Run as ``python bench/_startup_probe.py DB_PATH``. The clock starts on the first line, before
any import; it stops when the main window is exposed (shown on screen, offscreen here). The
elapsed seconds are printed on stdout and the process ends at once, so the bench reads the
line and the wall time of the whole subprocess as a cross-check. A second number is the
process's CPU time (all threads) at that moment: on a busy machine it varies far less than
the clocks, so the bench reports it too.

The steps are those of ``bizcare`` with no subcommand (``bizcare.cli.base.run`` →
``cmd_gui`` → ``bizcare.ui.app.run_gui``): parse the command line (which loads every CLI
module), set up logging, open and check the database, create the QApplication, build and
show the main window, start the loyalty start-up jobs, then process events until exposed.
"""

import time

T0 = time.perf_counter()

import os  # noqa: E402 - after the clock starts, on purpose
import sys  # noqa: E402


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bizcare.cli.base import CliContext, build_parser
    from bizcare.logs import setup_logging

    args = build_parser().parse_args(["--db", sys.argv[1]])
    setup_logging()
    ctx = CliContext(args)
    db = ctx.db

    from PySide6.QtCore import QEventLoop

    from bizcare.ui.app import build_main_window, create_app, resolve_language
    from bizcare.ui.common.errors import install_excepthook

    language = resolve_language(db, None)
    app = create_app(language)
    install_excepthook()
    window = build_main_window(db, language)
    window.show()
    from bizcare.ui.loyalty.startup import start_daily_jobs

    start_daily_jobs(window.ctx, window)
    handle = window.windowHandle()
    deadline = time.perf_counter() + 30
    while not (handle is not None and handle.isExposed()) and time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        handle = window.windowHandle()
    elapsed = time.perf_counter() - T0
    sys.stdout.write(f"{elapsed:.6f} {time.process_time():.6f}\n")
    sys.stdout.flush()
    os._exit(0 if handle is not None and handle.isExposed() else 1)


if __name__ == "__main__":
    main()
