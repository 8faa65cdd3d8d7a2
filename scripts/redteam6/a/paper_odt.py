"""Papers 3 and 7: LibreOffice Writer documents written with odfpy (3 -> PDF, 7 -> DOCX via soffice)."""
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties,
                       TableCellProperties, TableProperties, PageLayout, PageLayoutProperties,
                       MasterPage, Header, Footer, TableRowProperties)
from odf.text import P, H, Span, PageNumber, List, ListItem
from odf.table import Table, TableColumn, TableRow, TableCell, TableHeaderRows, CoveredTableCell

from common import *  # noqa
from paper_docx import soffice_convert


class Odt:
    def __init__(self, landscape=False, header="", footer=""):
        self.doc = OpenDocumentText()
        self._n = 0
        self._cell_styles = {}
        pl = PageLayout(name="PL1")
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm", printorientation="landscape",
                                               margin="1.5cm"))
        else:
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margin="2cm"))
        self.doc.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        if header:
            h = Header()
            h.addElement(P(text=header, stylename=self.pstyle(size=8)))
            mp.addElement(h)
        f = Footer()
        fp = P(stylename=self.pstyle(size=8, align="center"))
        fp.addText(footer + "Page ")
        fp.addElement(PageNumber(selectpage="current"))
        f.addElement(fp)
        mp.addElement(f)
        self.doc.masterstyles.addElement(mp)
        self._ps = {}

    def _name(self, pre):
        self._n += 1
        return f"{pre}{self._n}"

    def pstyle(self, size=10, bold=False, italic=False, align=None, color=None, strike=False, bg=None):
        key = (size, bold, italic, align, color, strike, bg)
        if not hasattr(self, "_ps"):
            self._ps = {}
        if key in self._ps:
            return self._ps[key]
        st = Style(name=self._name("P"), family="paragraph")
        tp = dict(fontsize=f"{size}pt", fontname="Liberation Sans", fontfamily="Liberation Sans")
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        if color:
            tp["color"] = color
        if strike:
            tp["textlinethroughstyle"] = "solid"
        if bg:
            tp["backgroundcolor"] = bg
        st.addElement(TextProperties(**tp))
        pp = {"margintop": "0.05cm", "marginbottom": "0.1cm"}
        if align:
            pp["textalign"] = align
        st.addElement(ParagraphProperties(**pp))
        self.doc.automaticstyles.addElement(st)
        self._ps[key] = st
        return st

    def p(self, text="", **kw):
        el = P(text=text, stylename=self.pstyle(**kw))
        self.doc.text.addElement(el)
        return el

    def h(self, text, size=13):
        return self.p(text, size=size, bold=True)

    def cstyle(self, bg=None, border="0.5pt solid #000000"):
        key = (bg, border)
        if key in self._cell_styles:
            return self._cell_styles[key]
        st = Style(name=self._name("C"), family="table-cell")
        props = dict(border=border, padding="0.08cm")
        if bg:
            props["backgroundcolor"] = bg
        st.addElement(TableCellProperties(**props))
        self.doc.automaticstyles.addElement(st)
        self._cell_styles[key] = st
        return st

    def table(self, widths_cm, rows, header_rows=1, parent=None):
        """rows: list of lists of cell specs: str | dict(text, bold, size, bg, span, rowspan, align, italic)
        | None (covered)."""
        tname = self._name("T")
        ts = Style(name=tname, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm)}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=tname, stylename=ts)
        for w in widths_cm:
            cs = Style(name=self._name("Col"), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        container = t
        if header_rows:
            hr = TableHeaderRows()
            t.addElement(hr)
        for i, row in enumerate(rows):
            tr = TableRow()
            for spec in row:
                if spec is None:
                    tr.addElement(CoveredTableCell())
                    continue
                if isinstance(spec, str):
                    spec = {"text": spec}
                attrs = {"stylename": self.cstyle(spec.get("bg")), "valuetype": "string"}
                if spec.get("span", 1) > 1:
                    attrs["numbercolumnsspanned"] = spec["span"]
                if spec.get("rowspan", 1) > 1:
                    attrs["numberrowsspanned"] = spec["rowspan"]
                tc = TableCell(**attrs)
                for line in str(spec.get("text", "")).split("\n"):
                    tc.addElement(P(text=line, stylename=self.pstyle(
                        size=spec.get("size", 9), bold=spec.get("bold", False), italic=spec.get("italic", False),
                        align=spec.get("align"), color=spec.get("color"), strike=spec.get("strike", False))))
                tr.addElement(tc)
            if header_rows and i < header_rows:
                hr.addElement(tr)
            else:
                t.addElement(tr)
        (parent or self.doc.text).addElement(t)
        self.p("", size=4)
        return t

    def _span_bold(self):
        if not hasattr(self, "_sb"):
            self._sb = Style(name="SB", family="text")
            self._sb.addElement(TextProperties(fontweight="bold"))
            self.doc.automaticstyles.addElement(self._sb)
        return self._sb

    def page_break(self):
        if not hasattr(self, "_pb"):
            self._pb = Style(name="PB", family="paragraph")
            self._pb.addElement(ParagraphProperties(breakbefore="page"))
            self.doc.automaticstyles.addElement(self._pb)
        self.doc.text.addElement(P(text="", stylename=self._pb))

    def save(self, path):
        self.doc.save(str(path))


# ---------------------------------------------------------------- paper 3
def paper3():
    stem = "r6a-3-calderdale-odt-shaded-cells"
    ret = make_return("Calderdale", "2010-03", 303, pct="NHS Calderdale", n_not=0,
                      like_weights=(4, 5, 2, 1), blank_answers=2)
    o = Odt(landscape=True, header="Calderdale Metropolitan Borough Council \u2013 Health and Social Care Scrutiny Panel",
            footer="Agenda item 9      ")
    o.p("CALDERDALE MBC", size=16, bold=True)
    o.p("WARDS AFFECTED: All", size=10)
    o.table([6, 18], [
        [{"text": "Subject:", "bold": True}, "Transforming Adult Social Care \u2013 end of year position 2009/10 and "
                                           "Putting People First milestones self-assessment"],
        [{"text": "Report of:", "bold": True}, "Director, Adults, Health and Social Care"],
        [{"text": "Meeting:", "bold": True}, "Health and Social Care Scrutiny Panel, 8 June 2010"],
        [{"text": "Status:", "bold": True}, "For information"],
    ], header_rows=0)
    o.h("1. Purpose of report", 11)
    o.p("1.1 To present the council's self-assessment against the Putting People First milestones as at the end "
        "of March 2010, submitted to the Department of Health through the Yorkshire and Humber Joint Improvement "
        "Partnership, and to update Members on the wider transformation programme.")
    o.h("2. Background", 11)
    o.p("2.1 At the end of March 2010, 640 people in Calderdale held a personal budget or direct payment, which is "
        "9% of the 7,100 people receiving community based services from the Council.")
    o.p("2.2 The Council's efficiency plan expects the reablement service to release cashable savings of 4% of the "
        "adult social care budget by March 2011. Nationally, councils are expected to show at least 3% cashable savings.")
    o.p("2.3 The self-assessment uses the Department of Health template. The option chosen for each deadline is "
        "shown by the shaded cell; requirement ratings are shown by the coloured cell.")
    o.h("3. Other programme milestones", 11)
    o.p("3.1 For completeness the table below shows progress on the local Dementia Strategy, which is monitored by the "
        "Dementia Partnership Board rather than the Department of Health.")
    G = "#92D050"
    o.table([9, 4, 4, 4, 3], [
        [{"text": t, "bold": True, "bg": "#D9D9D9"} for t in ["Dementia strategy milestone", "Due", "Complete", "In progress", "Not started"]],
        ["Memory assessment service commissioned", "April 2010", {"text": "", "bg": G}, "", ""],
        ["Dementia adviser in post", "October 2010", "", {"text": "", "bg": G}, ""],
        ["Care home liaison scheme", "April 2011", "", "", {"text": "", "bg": G}],
    ])
    o.page_break()
    o.p("Appendix 1", size=11, bold=True, align="end")
    o.p("Putting People First \u2013 Milestones self-assessment", size=14, bold=True)
    o.p("Council: Calderdale   |   Return for: end March 2010 (Q4 2009/10)   |   Date completed: 14 April 2010", size=10, bold=True)
    o.p("Shaded cell = assessment of how likely we are to achieve each milestone by the date shown.", size=8, italic=True)
    SH = "#7F7F7F"
    hdr1 = [{"text": "Milestone", "bold": True, "bg": "#D9D9D9", "rowspan": 2}]
    hdr2 = [None]
    for dl in DEADLINES:
        hdr1 += [{"text": DL_LONG[dl], "bold": True, "bg": "#D9D9D9", "span": 4, "align": "center"}, None, None, None]
        hdr2 += [{"text": w, "size": 7, "bg": "#D9D9D9", "align": "center"} for w in
                 ("Very likely", "Fairly likely", "Fairly unlikely", "Very unlikely")]
    rows = [hdr1, hdr2]
    for m in range(1, 6):
        row = [{"text": f"{m}. {TITLES[m]}", "bold": True, "size": 8}]
        for dl in DEADLINES:
            lk = ret["cells"][(m, dl)]["likelihood"]
            for opt in LIKES:
                row.append({"text": "", "bg": SH if opt == lk else None})
        rows.append(row)
    o.table([6.6] + [1.7] * 12, rows, header_rows=2)
    o.p("Underpinning requirements", size=12, bold=True)
    RC = {"red": "#FF0000", "amber_red": "#FFC000", "amber_green": "#FFFF66", "green": "#00B050"}
    rows = []
    for head, ids in ((REQ_HEAD_ENG, [r for r, _ in REQS[:6]]), (REQ_HEAD_ARR, [r for r, _ in REQS[6:]])):
        rows.append([{"text": head, "bold": True, "bg": "#D9D9D9"}] +
                    [{"text": w, "bold": True, "bg": "#D9D9D9", "align": "center"} for w in ("Red", "Amber/Red", "Amber/Green", "Green")])
        for rid in ids:
            rr = [{"text": REQ_TEXT[rid], "size": 8}]
            for rt in RATINGS:
                rr.append({"text": "", "bg": RC[rt] if ret["reqs"][rid] == rt else None})
            rows.append(rr)
    o.table([15, 2.5, 2.5, 2.5, 2.5], rows, header_rows=0)
    o.p("Key questions", size=12, bold=True)
    rows = [[{"text": t, "bold": True, "bg": "#D9D9D9"} for t in ("Milestone", "Key Questions", "Answer")]]
    for m, q, a in ret["answers"]:
        rows.append([{"text": f"Milestone {m}", "size": 8}, {"text": "\u2022 " + q, "size": 8}, {"text": a, "size": 8}])
    o.table([3, 10, 12], rows, header_rows=1)
    o.p("Key Risks and Mitigating Actions", size=12, bold=True)
    rows = [[{"text": t, "bold": True, "bg": "#D9D9D9"} for t in ("Milestone", "Key Risks", "Mitigating Actions")]]
    for m, rk, mi in ret["risks"]:
        rows.append([{"text": str(m), "size": 8}, {"text": rk, "size": 8}, {"text": mi, "size": 8}])
    o.table([3, 10, 12], rows, header_rows=1)
    o.p("Appendix 2 \u2013 Milestones and deliverables", size=12, bold=True)
    rows = [[{"text": "Milestone", "bold": True, "bg": "#D9D9D9"}] +
            [{"text": DL_LONG[dl], "bold": True, "bg": "#D9D9D9"} for dl in DEADLINES]]
    for m in range(1, 6):
        rows.append([{"text": TITLES[m], "size": 8, "bold": True}] +
                    [{"text": DELIVERABLES[(m, dl)], "size": 7} for dl in DEADLINES])
    o.table([4.6, 6.8, 6.8, 6.8], rows, header_rows=1)
    odt = WORK / f"{stem}.odt"
    o.save(odt)
    soffice_convert(odt, "pdf", WORK)
    (WORK / f"{stem}.pdf").replace(DOCS / f"{stem}.pdf")
    gold_record(stem, ret, "2010-04-14", facts=[
        ("people_with_personal_budget", 640, "At the end of March 2010, 640 people in Calderdale held a personal budget or direct payment"),
        ("percent_with_personal_budget", 9, "which is 9% of the 7,100 people receiving community based services from the Council"),
        ("service_users_total", 7100, "the 7,100 people receiving community based services from the Council"),
        ("cashable_savings_percent", 4, "The Council's efficiency plan expects the reablement service to release cashable savings of 4% of the adult social care budget by March 2011"),
    ])
    return stem, ("LibreOffice Writer (.odt written with odfpy) printed to PDF by soffice, landscape, for a Calderdale "
                  "scrutiny panel. Return at end March 2010, so every deadline (April 2010 too) carries a likelihood "
                  "and nothing is 'achieved'. One big grid: milestone rows x 3 deadlines x 4 likelihood columns "
                  "under two header rows (merged date headers); the chosen option is a grey-filled EMPTY cell, no "
                  "text at all. Requirements likewise: the chosen rating cell is filled with its colour (red, amber, "
                  "yellow, green), others white. Decoy Dementia Strategy milestone table using the same green-fill "
                  "device for Complete/In progress/Not started. Q&A and risks in separate tables with repeated "
                  "header rows; two answers blank. Facts: 640 PB holders, 9%, 7,100 service users, 4% cashable "
                  "savings planned (national 3% is not a fact).")


# ---------------------------------------------------------------- paper 7
def paper7():
    from odf.draw import Frame, TextBox
    from odf.style import GraphicProperties
    stem = "r6a-7-cornwall-writer-summary-textbox"
    ret = make_return("Cornwall", "2010-06", 707, pct="NHS Cornwall and Isles of Scilly", n_not=1,
                      like_weights=(3, 6, 3, 1), req_weights=(1, 3, 5, 3))
    o = Odt(landscape=False, header="Cornwall Council \u2013 Health and Adults Overview and Scrutiny Committee",
            footer="")
    o.p("CORNWALL COUNCIL", size=16, bold=True, align="center")
    o.p("Health and Adults Overview and Scrutiny Committee", size=12, bold=True, align="center")
    o.p("21 September 2010", size=11, align="center")
    o.table([5, 11], [
        [{"text": "Title of report:", "bold": True}, "Personalisation of adult social care \u2013 progress against the Putting People First milestones"],
        [{"text": "Portfolio:", "bold": True}, "Adults and Health"],
        [{"text": "Divisions affected:", "bold": True}, "All"],
        [{"text": "Key decision:", "bold": True}, "Yes / No (delete as appropriate)"],
    ], header_rows=0)
    o.h("1. Executive summary", 11)
    # text box with headline figures
    gs = Style(name="fr1", family="graphic")
    gs.addElement(GraphicProperties(border="0.06cm solid #1F497D", padding="0.2cm", backgroundcolor="#DCE6F1",
                                    wrap="parallel", horizontalpos="right", horizontalrel="paragraph",
                                    verticalpos="top", verticalrel="paragraph"))
    o.doc.automaticstyles.addElement(gs)
    anchor = P(stylename=o.pstyle(size=10))
    fr = Frame(stylename=gs, width="5.5cm", anchortype="paragraph", name="AtAGlance")
    tb = TextBox(minheight="3cm")
    tb.addElement(P(text="At a glance", stylename=o.pstyle(size=10, bold=True)))
    tb.addElement(P(text="2,310 people had a personal budget at 30 June 2010.", stylename=o.pstyle(size=9)))
    tb.addElement(P(text="April 2010 deliverables: 4 of 5 achieved.", stylename=o.pstyle(size=9)))
    fr.addElement(tb)
    anchor.addElement(fr)
    anchor.addText("1.1 This report summarises the Council's self-assessment against the Putting People First "
                   "milestones for the quarter ending 30 June 2010, which was returned to the Department of Health "
                   "via the South West Joint Improvement Partnership in July 2010. The full return is available from "
                   "the Democratic Services officer.")
    o.doc.text.addElement(anchor)
    o.p("1.2 Cornwall currently provides ongoing social care support to about 13,600 people; those with a "
        "personal budget represent 17% of them. For comparison, Devon reported 21% and the national average "
        "is estimated at around 13%. The milestone for April 2011 is for 30% of eligible people to have a "
        "personal budget.")
    o.p("1.3 The Council plans to review 4,500 care packages between October 2010 and March 2011, offering a "
        "personal budget at each review.")
    o.h("2. Summary of the return", 11)
    o.p("2.1 The table below summarises the position reported for each milestone. For April 2010 it shows whether "
        "the deliverable was achieved; for later dates it shows how likely the Council considers it is to achieve "
        "the deliverable by that date.")
    rows = [[{"text": t, "bold": True, "bg": "#1F497D", "color": "#FFFFFF"} for t in
             ("Milestone", "April 2010", "October 2010", "April 2011")]]

    def word(c):
        if c["achieved"] == "Y":
            return "Achieved"
        if c["achieved"] == "N":
            return f"Not achieved\nReason: {c['reason']}\nExpected by: {c['when']}"
        return LIKE_WORD[c["likelihood"]]

    for m in range(1, 6):
        rows.append([{"text": f"{m}. {TITLES[m]}", "bold": True, "size": 8}] +
                    [{"text": word(ret["cells"][(m, dl)]), "size": 8} for dl in DEADLINES])
    o.table([5.5, 3.5, 3.5, 3.5], rows)
    o.h("3. Underpinning requirements", 11)
    o.p("3.1 The return also rates twelve underpinning requirements (R = red, A/R = amber/red, G/A = green/amber, "
        "G = green).")
    code = {"red": "R", "amber_red": "A/R", "amber_green": "G/A", "green": "G"}
    rows = [[{"text": "Requirement", "bold": True, "bg": "#D9D9D9"}, {"text": "Rating", "bold": True, "bg": "#D9D9D9"}]]
    for rid, txt in REQS:
        rows.append([{"text": txt, "size": 8}, {"text": code[ret["reqs"][rid]], "size": 9, "bold": True, "align": "center"}])
    o.table([13.5, 2.5], rows)
    o.h("4. Selected key questions", 11)
    picked = [(m, q, a) for m, q, a in ret["answers"]
              if a and (q.startswith("Is this a pilot") or q.startswith("Do we have a strategy for universal")
                        or q.startswith("Are we working with providers"))]
    for m, q, a in picked:
        p = P(stylename=o.pstyle(size=10))
        p.addElement(Span(text=f"Milestone {m} \u2013 {q} ", stylename=o._span_bold()))
        p.addText(a)
        o.doc.text.addElement(p)
    o.h("5. Key risks and mitigating actions identified in the return", 11)
    risks = [x for x in ret["risks"] if x[0] in (2, 5)]
    rows = [[{"text": t, "bold": True, "bg": "#D9D9D9"} for t in ("Milestone", "Key Risks", "Mitigating Actions")]]
    for m, rk, mi in risks:
        rows.append([str(m), rk, mi])
    o.table([2.5, 6.5, 7], rows)
    o.h("6. Corporate risk register (adult care extract)", 11)
    rows = [[{"text": t, "bold": True, "bg": "#D9D9D9"} for t in ("Risk", "Likelihood", "Impact", "Status")]]
    for r in [("Demand for services exceeds budget", "Very likely", "High", "Red"),
              ("Failure of in-house care provider", "Fairly unlikely", "High", "Amber"),
              ("Loss of key IT system", "Very unlikely", "Medium", "Green")]:
        rows.append([r[0], r[1], r[2], {"text": r[3], "bg": {"Red": "#FF0000", "Amber": "#FFC000", "Green": "#00B050"}[r[3]]}])
    o.table([7, 3, 3, 3], rows)
    o.h("7. Recommendation", 11)
    o.p("7.1 That the Committee notes progress and receives a further report after the October 2010 return.")
    odt = WORK / f"{stem}.odt"
    o.save(odt)
    soffice_convert(odt, "docx", DOCS, "MS Word 2007 XML")
    answers = picked
    gold_record(stem, ret, None, answers=answers, risks=risks, facts=[
        ("people_with_personal_budget", 2310, "2,310 people had a personal budget at 30 June 2010."),
        ("service_users_total", 13600, "Cornwall currently provides ongoing social care support to about 13,600 people"),
        ("percent_with_personal_budget", 17, "those with a personal budget represent 17% of them"),
        ("reviews_planned", 4500, "The Council plans to review 4,500 care packages between October 2010 and March 2011"),
    ])
    return stem, ("Scrutiny report written in LibreOffice Writer (odfpy .odt) and saved as .docx by LibreOffice "
                  "('MS Word 2007 XML', so LibreOffice's own docx habits). Not the DH form: a summary table (milestone x "
                  "April 2010 / October 2010 / April 2011) with words 'Achieved', 'Not achieved' + 'Reason:' and "
                  "'Expected by:' lines in the same cell, or the likelihood words. Quarter ending 30 June 2010; no "
                  "completion date (only 'July 2010'). Requirements as codes R, A/R, G/A, G (G/A = amber_green). Only "
                  "three key questions quoted in prose (bold question then answer) and risks only for milestones 2 and 5. "
                  "The personal-budget count is only in a floating text box (draw:frame -> wps text box). Decoys: "
                  "corporate risk register whose Likelihood column uses the same words 'Very likely', 'Fairly "
                  "unlikely'; Devon's 21%, a national 13% and the 30% target are not facts.")
