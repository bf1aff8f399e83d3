"""Edits cells of a workbook as a person would in LibreOffice Calc: each cell's content, as the input line shows it,
is entered again (F2, then Enter) through the dispatcher's .uno:EnterString, which goes through Calc's input path, the
one that turns typed text into numbers, dates and formulas. Prints, for each cell, what it holds afterwards, as JSON.

Usage: /usr/bin/python3 libreoffice-edit.py WORKBOOK.xlsx PROFILE_DIR SHEET_INDEX CELL [CELL ...]
"""
import json
import sys

from libreoffice_session import open_workbook, prop

TEXT_FORMAT = 256  # com.sun.star.util.NumberFormat.TEXT


def main(path, profile, sheet_index, cells):
    with open_workbook(path, profile) as (smgr, ctx, doc):
        controller = doc.getCurrentController()
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        sheet = doc.Sheets.getByIndex(int(sheet_index))
        results = []
        for address in cells:
            cell = sheet.getCellRangeByName(address)
            controller.select(cell)
            text_format = doc.NumberFormats.getByKey(cell.NumberFormat).Type & TEXT_FORMAT
            # The input line shows a Text-formatted cell's text as it is, and marks other text that would not stay
            # text with an apostrophe, as getFormula gives it.
            shown = cell.getString() if text_format else cell.getFormula()
            dispatcher.executeDispatch(controller.getFrame(), ".uno:EnterString", "", 0, (prop("StringName", shown),))
            edited = sheet.getCellRangeByName(address)
            results.append({"cell": address, "type": edited.getType().value, "text": edited.getString()})
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
