"""Says how LibreOffice Calc has the diagonal borders of cells of a workbook: for each cell, the merged area it heads
(or its own address), and the width and colour of its line from top-left to bottom-right (DiagonalTLBR) and from
bottom-left to top-right (DiagonalBLTR), as JSON. A merged area's diagonal is the one Calc draws across the area.

Usage: /usr/bin/python3 libreoffice-borders.py WORKBOOK.xlsx PROFILE_DIR SHEET_INDEX CELL [CELL ...]
"""
import json
import sys

from libreoffice_session import opened


def line(border):
    return {"width": border.OuterLineWidth + border.InnerLineWidth + border.LineDistance, "color": border.Color}


def main(path, profile, sheet_index, cells):
    with opened(path, profile) as (_smgr, _ctx, doc):
        sheet = doc.Sheets.getByIndex(int(sheet_index))
        results = []
        for address in cells:
            cell = sheet.getCellRangeByName(address)
            cursor = sheet.createCursorByRange(cell)
            cursor.collapseToMergedArea()
            results.append({
                "cell": address,
                "area": cursor.AbsoluteName.split(".")[-1].replace("$", ""),
                "down": line(cell.DiagonalTLBR),
                "up": line(cell.DiagonalBLTR),
            })
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
