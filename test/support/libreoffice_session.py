"""A LibreOffice started headless for one script, with a workbook opened in it: the start-up and clean-up that the
scripts beside this one share. The office runs with its own profile and is killed, with its children, at the end."""
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
def opened(path, profile):
    """Yields (service manager, component context, document) for the workbook at `path`."""
    pipe = "cashbook-office-%d" % time.time_ns()
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
        try:
            yield smgr, ctx, doc
        finally:
            doc.close(True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass
        os.killpg(office.pid, signal.SIGKILL)
        office.wait()
