"""A headless LibreOffice of its own, reached through the Python bridge (Debian's python3-uno, run by the system
Python), with one workbook open in it: what the scripts beside this file that look into a workbook as Calc has it
share. The office runs in a process group of its own, which is ended whatever happens.
"""
import contextlib
import os
import signal
import subprocess
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


@contextlib.contextmanager
def open_workbook(path, profile):
    """Yields (service manager, component context, document) for the workbook at `path`, opened hidden."""
    pipe = "cashbook-%d" % time.time_ns()
    office = subprocess.Popen(
        ["soffice", "--headless", "--norestore", "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(240):
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.25)
        else:
            raise SystemExit("LibreOffice did not start")
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
        yield smgr, ctx, doc
        doc.close(True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        os.killpg(office.pid, signal.SIGKILL)
        office.wait()
