"""Reads back, through LibreOffice Calc, the charts of every sheet of a workbook: for each, the sheet, the cell its
top-left corner is anchored to, its title, its chart type (chart2's, such as com.sun.star.chart2.LineChartType), and
each series' name, the ranges its name, values and categories point at, and the values Calc computed for it. Prints
them as JSON.

Usage: /usr/bin/python3 libreoffice-charts.py WORKBOOK.xlsx PROFILE_DIR
"""
import json
import sys

from libreoffice_session import opened


def source(sequence):
    return sequence.getSourceRangeRepresentation() if sequence is not None else None


def main(path, profile):
    charts = []
    with opened(path, profile) as (_smgr, _ctx, doc):
        for index in range(doc.Sheets.getCount()):
            sheet = doc.Sheets.getByIndex(index)
            anchors = {}
            for s in range(sheet.DrawPage.getCount()):
                shape = sheet.DrawPage.getByIndex(s)
                if shape.supportsService("com.sun.star.drawing.OLE2Shape"):
                    anchors[shape.PersistName] = shape.Anchor.getCellAddress()
            table_charts = sheet.getCharts()
            for name in table_charts.getElementNames():
                document = table_charts.getByName(name).getEmbeddedObject()
                title = document.getTitleObject()
                diagram = document.getFirstDiagram()
                for system in diagram.getCoordinateSystems():
                    categories = system.getAxisByDimension(0, 0).getScaleData().Categories
                    for chart_type in system.getChartTypes():
                        series = []
                        for data_series in chart_type.getDataSeries():
                            for labelled in data_series.getDataSequences():
                                values = labelled.getValues()
                                series.append({
                                    "name": labelled.getLabel().getData()[0] if labelled.getLabel() else None,
                                    "nameRange": source(labelled.getLabel()),
                                    "values": source(values),
                                    "computed": list(values.getData()),
                                })
                        anchor = anchors.get(name)
                        charts.append({
                            "sheet": sheet.getName(),
                            "at": {"row": anchor.Row, "column": anchor.Column} if anchor else None,
                            "title": "".join(part.getString() for part in title.getText()) if title else None,
                            "type": chart_type.getChartType(),
                            "categories": source(categories.getValues()) if categories else None,
                            "series": series,
                        })
    print(json.dumps(charts, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
