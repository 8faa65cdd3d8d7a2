#!/usr/bin/env python3
# ruff: noqa: E501  (the sentences of the set are kept as the helper wrote them, one a line)
"""Blind prose-figure test set p1 (issue 14): writes tests/data/prose1/docs, gold and
sentences.jsonl.

Written blind by a helper who had read only the record spec, the seeds and a brief
(real published texts of 2009-2012 as models, no sentence copied), before the fact rules
of issue 14 were written; copied here unchanged but for the output folder. Read blind, the
extractor of main be5f2ac scored facts F1 0.352 (precision 1.000, recall 0.214) and
council F1 0.780 on it; tests/test_prose_blind_1.py holds the levels reached after general
fixes.

Deterministic: run with the venv python (python-docx, reportlab).
Markup inside sentences: [[KIND value; KIND value|clause]] marks a gold fact;
the clause text is what goes into gold `text`.
"""
import html
import io
import json
import os
import re
import zipfile

HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests",
                    "data", "prose1")
DOCS_DIR = os.path.join(HERE, "docs")
GOLD_DIR = os.path.join(HERE, "gold")

KINDS = {
    "PB": "people_with_personal_budget",
    "PCT": "percent_with_personal_budget",
    "SU": "service_users_total",
    "REV": "reviews_planned",
    "SPEND": "personal_budget_spend_gbp",
    "SAV": "cashable_savings_percent",
}
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")

# ---------------------------------------------------------------- documents
# blocks: ("h", text) heading; ("p", [sentences], label) paragraph;
# ("li", [[sentences], ...]) bullets; ("table", caption, rows) data table.
# sentence: plain str (carries no number) or (markup, why).

DOCS = []


def doc(**kw):
    kw.setdefault("period", None)
    kw.setdefault("date_completed", None)
    DOCS.append(kw)


# 1 ------------------------------------------------------------------------
doc(stem="p1-lancashire-scrutiny-minutes-2010-11", council="Lancashire",
    kind="minutes", fmt="html", period="2010-09",
    head=dict(org="Lancashire County Council",
              body="Adult and Community Services Overview and Scrutiny Committee",
              line="Minutes of the meeting held on Wednesday, 17 November 2010 at 10.00 am in Cabinet Room 'C', County Hall, Preston",
              present="County Councillors M Barron (Chair), Mrs S Ashton, T Burns, K Ellard, Mrs D Westley and P Rigby",
              contact="Contact: Democratic Services, tel. 01772 534009"),
    blocks=[
        ("h", "34. Transforming Social Care - Progress Report"),
        ("p", [("The Committee received a report from the Executive Director for Adult and Community Services on progress against the Putting People First milestones, together with the County Council's quarterly return for the period to the end of September 2010.", "return period date only (period field)"),
               ("It was reported that [[PB 4310|4,310 people now held a personal budget]], [[PB 2975|up from 2,975 at the end of March]].", ""),
               ("Officers explained that this represented [[PCT 21.4; SU 20150|21.4 per cent of the 20,150 adults receiving community-based services]], against the national milestone of 30 per cent by April 2011.", "own percent and service-user total; 30 per cent is the national milestone")], None),
        ("p", [("A member asked how many of the remaining service users would be seen before April, and was told that [[REV 3600|the directorate planned to review around 3,600 care packages between December and March]].", ""),
               ("The Executive Director added that 74 social workers and 38 support planners had been trained in the new process since June.", "staff counts"),
               ("County Councillor Mrs Ashton asked whether the figures compared well with neighbouring authorities, and officers noted that Blackburn with Darwen had reported 27 per cent and Blackpool 19 per cent at the same point.", "other councils' figures")], None),
        ("p", [("The gross budget for adult social care in Lancashire was £362m, of which [[SPEND 31800000|some £31.8m was now being spent through personal budgets]].", "whole budget is a distractor; PB spend is a fact"),
               ("The Committee was reminded that the Department of Health expected every council to show at least 3 per cent cashable savings by April 2011.", "national 3% expectation"),
               ("[[SAV 2.2|The directorate currently forecast a cashable saving of 2.2 per cent]] for the year, mainly from the reablement service.", ""),
               ("The Cabinet Member said that a fuller report on the resource allocation system would come to the meeting on 19 January 2011.", "date of a meeting")], None),
        ("p", [("Resolved: That (i) the report be noted, and (ii) the further report be presented to the Committee in January 2011.", "resolution numbering and date")], None),
    ])

# 2 ------------------------------------------------------------------------
doc(stem="p1-wirral-cabinet-report-2011-02", council="Wirral",
    kind="cabinet report", fmt="docx",
    head=dict(org="Metropolitan Borough of Wirral", body="Cabinet - 10 February 2011",
              line="Report of the Director of Adult Social Services",
              title="Personalisation: Progress and Next Steps",
              contact="Contact officer: Personalisation Programme Manager, tel. 0151 666 3650"),
    blocks=[
        ("h", "1. Executive summary"),
        ("p", [("This report updates Cabinet on the Council's progress against the transformation milestones agreed nationally in 2009, and sets out the position at 31 December 2010.", "years and dates")], "1.1"),
        ("p", [("[[PB 1964; PB 2310|The number of people holding a personal budget went up from 1,964 to 2,310]] over the quarter, an increase of 346.", "both ends of the comparison are own counts; 346 is the change"),
               ("[[PCT 26.5|This means that 26.5% of eligible adults now have a personal budget]], against the 30% expected of all councils by April 2011.", "own percent; 30% is the national target")], "1.2"),
        ("p", [("The Council has set itself a more demanding local aim: [[PCT 35|it intends that 35% of eligible people will have a personal budget by 31 March 2011]].", "council's own planned percent")], "1.3"),
        ("h", "2. Background"),
        ("p", [("[[SU 8720|Wirral currently supports 8,720 adults with community-based services]], not counting people in residential and nursing care.", ""),
               ("Over the next quarter [[REV 1150|the Department plans to carry out 1,150 reviews]], each of which will include the offer of a personal budget.", "")], "2.1"),
        ("p", [("[[SPEND 14600000|Spend through personal budgets reached £14.6m in the first nine months of 2010/11]], compared with a net adult social care budget of £74.3m.", "PB spend fact; net budget distractor"),
               ("The Social Care Reform Grant of £2.9m for 2010/11 is the final instalment of the three-year grant.", "grant, not PB spend"),
               ("Just under half of budget holders take all or part of their budget as a direct payment.", "share of holders taking direct payments, not percent with PB")], "2.2"),
        ("p", [("Nationally, the NHS Information Centre reported that 13% of community service users had a personal budget in 2009/10.", "national figure"),
               ("Neighbouring Cheshire West and Chester reported 31% at the same date.", "another council")], "2.3"),
        ("p", [("The efficiency programme described in paragraph 5.4 is expected to [[SAV 2.8|deliver cashable savings of 2.8%]] by April 2011, slightly below the national expectation of 3%.", "own expected saving; 3% national expectation")], "2.4"),
        ("h", "3. Recommendation"),
        ("p", [("The financial implications are set out in section 7, and there are no staffing implications arising from this report.", "section number"),
               ("Cabinet is asked to note the report and to receive a further update in June 2011.", "date")], "3.1"),
    ])

# 3 ------------------------------------------------------------------------
doc(stem="p1-leeds-press-release-2011-03", council="Leeds",
    kind="press release", fmt="html",
    head=dict(org="Leeds City Council", date="22 March 2011", ref="Ref: LCC/ASC/0311-17",
              title="Leeds residents take charge of their own care"),
    blocks=[
        ("p", [("[[PB 4000|More than 4,000 people in Leeds are now using a personal budget to arrange their own care and support]], the council announced today.", "")], None),
        ("p", [("[[PB 1250|The figure has more than trebled in a year, from 1,250 in March 2010]].", "earlier own count"),
               ("[[PCT 25|It means that almost a quarter of the people the council supports at home have a personal budget]].", "a quarter = 25")], None),
        ("p", [("[[SU 17600|Adult social care in Leeds provides ongoing support to around 17,600 people]], and [[REV 5000|the council expects to review about 5,000 of their care packages over the coming year]].", ""),
               ("The council's own target, agreed by the executive board last year, is for [[PCT 50|half of all eligible people to have a personal budget by March 2012]].", "council's own planned percent (half = 50)"),
               ("That goes well beyond the national milestone, which asks every council to reach 30 per cent by April 2011.", "national target")], None),
        ("p", [("“When we started this work in 2008 only a handful of people had this kind of choice,” said the executive member for adult health and social care.", "year"),
               ("“Now [[SPEND 23000000|about £23 million a year is spent through personal budgets]] in this city, out of an adult social care budget of more than £200 million.”", "PB spend fact; whole budget distractor")], None),
        ("p", [("A survey of 380 budget holders carried out by the council last autumn found that 79 per cent felt they had more control over their lives.", "satisfaction survey"),
               ("People aged 65 and over account for more than half of new budget holders.", "age; share of holders"),
               ("Carers can also apply for a one-off carers' grant of up to £250 through Carers Leeds.", "carers' grant")], None),
        ("h", "Notes to editors"),
        ("p", [("Leeds City Council's adult social care directorate employs around 3,300 staff.", "staff count")], "1."),
        ("p", [("For further information contact the Leeds City Council press office on 0113 224 3602.", "phone number")], "2."),
    ])

# 4 ------------------------------------------------------------------------
doc(stem="p1-kent-local-news-2010-10", council="Kent",
    kind="local news", fmt="html",
    head=dict(org="The Weald & Medway Courier", section="News | Health",
              title="County falls behind on care budgets",
              byline="By Helen Marsh, Social Affairs Reporter", date="Saturday, 9 October 2010"),
    blocks=[
        ("p", [("Kent County Council has been criticised for the slow spread of personal budgets, with [[PCT 11|only 11pc of eligible adults in the county holding one at the end of June]].", "")], None),
        ("p", [("Figures obtained by the Courier show that [[PB 3405|3,405 people had been given a personal budget by KCC]], out of [[SU 31000|almost 31,000 people who receive social care services from the authority]].", ""),
               ("Across the South East the average was 17pc, according to the same figures.", "regional figure"),
               ("Medway Council, which runs social services separately for the Medway towns, said 22pc of its clients had a personal budget.", "another council")], None),
        ("p", [("Under the national milestones, every council is expected to have 30pc of eligible users on personal budgets by April next year.", "national target"),
               ("KCC's cabinet member for adult social services said the county was “on course” and that [[PB 9000|9,000 people would be on personal budgets by next April]].", "council's own forecast"),
               ("He said [[REV 12000|social workers would carry out in excess of 12,000 reviews over the next six months]], offering each person a budget.", "own planned reviews")], None),
        ("p", [("The county's population of 1.4 million includes more than 250,000 people aged 65 and over.", "population; age"),
               ("A disability charity in Maidstone said it had received 40 complaints since January about delays in assessments.", "complaints count")], None),
        ("p", [("KCC spends around £400m a year on adult social services.", "whole budget"),
               ("[[SPEND 41000000|Of that, £41m is now paid out as personal budgets]], the council said.", ""),
               ("The next cabinet meeting is on October 18.", "date")], None),
    ])

# 5 ------------------------------------------------------------------------
doc(stem="p1-nottinghamshire-select-committee-minutes-2011-02", council="Nottinghamshire",
    kind="minutes", fmt="docx",
    head=dict(org="Nottinghamshire County Council", body="Adult Social Care and Health Select Committee",
              line="Minutes of the meeting held on Monday 7 February 2011 at County Hall, West Bridgford",
              present="Councillors: Mrs K Cutts (Chair), R Allan, J Clarke, Mrs S Dolan, G Wheeler"),
    blocks=[
        ("h", "6. PERSONALISATION UPDATE"),
        ("p", [("The Service Director, Personal Care and Support, introduced the report, which set out progress since the Committee last met in November 2010.", "date"),
               ("She reported that [[PB 5812|5,812 service users had now received a personal budget]], [[PCT 33.6|equivalent to 33.6 per cent of those eligible]], so that the County Council had already passed the national milestone of 30 per cent.", "own count and percent; 30 per cent national milestone"),
               ("[[PCT 19|At the same point a year earlier the figure had stood at 19 per cent]].", "earlier own percent")], None),
        ("p", [("Members were informed that [[SU 17300|the total number of people receiving community-based services was 17,300]], a figure that had changed little since 2009.", "own total; year"),
               ("A member queried the number of reviews outstanding, and officers advised that [[REV 2640|2,640 reviews were scheduled between January and April]], a rate of about 660 a month.", "planned reviews; monthly rate is derived")], None),
        ("p", [("The Committee noted that the ADASS survey published in December had found almost one in four eligible people nationally had a personal budget.", "national survey"),
               ("Councillor Allan asked about the effect of the £2.6m reduction in the Supporting People grant on preventative services.", "grant reduction"),
               ("Officers replied that [[SAV 3.4|the department expected to achieve cashable savings of 3.4 per cent in 2010/11]], above the 3 per cent required nationally.", "own expected saving; national 3 per cent")], None),
        ("p", [("It was noted that the department had held 11 engagement events across the county, attended by 460 people.", "meetings and attendance")], None),
        ("p", [("RESOLVED 2011/006: That the report be noted.", "minute number"),
               ("The meeting closed at 12.40 pm.", "time")], None),
    ])

# 6 ------------------------------------------------------------------------
doc(stem="p1-cumbria-trade-news-2010-11", council="Cumbria",
    kind="trade news", fmt="html",
    head=dict(org="Care Practice Weekly", section="Adults | Personalisation",
              title="Cumbria bets on support planners to speed up personal budgets",
              byline="By Tom Gerrard", date="3 November 2010"),
    blocks=[
        ("p", [("Cumbria County Council has more than doubled the number of people on personal budgets in six months, and says it will not stop at the 30% milestone.", "national milestone; 'six months' period")], None),
        ("p", [("[[PB 2064|Personal budgets have now been taken up by 2, 064 people in the county]], [[PB 970|against 970 in April]].", "passive; stray space in 2,064; earlier own count"),
               ("[[PCT 22; SU 9400|That is 22% of the 9,400 adults with eligible needs]], according to the council's latest figures.", "")], None),
        ("p", [("Head of personalisation Sarah Kenyon said the council aimed to [[PB 3500|reach 3,500 budget holders by April 2011]], when it expects [[PCT 37|around 37% of eligible people]] to be covered.", "own planned count and percent"),
               ("She said the 24 support planners recruited last year had made the difference.", "staff count")], None),
        ("p", [("The council's approach was praised in a 2009 report by In Control, which found that 74% of budget holders in its pilot areas said their quality of life had improved.", "survey result; year"),
               ("Cumbria's neighbour Northumberland reported 18% in September, while Lancashire had reached 21.4%.", "other councils"),
               ("Nationally, councils reported spending £901m through personal budgets at March 2010, according to ADASS.", "national spend")], None),
        ("p", [("[[SPEND 11400000|Cumbria expects to spend £11.4m through personal budgets this year]], the council said.", ""),
               ("Its rural geography means some social workers cover patches of more than 500 square miles.", "area")], None),
    ])

# 7 ------------------------------------------------------------------------
doc(stem="p1-devon-scrutiny-report-2011-06", council="Devon",
    kind="scrutiny report", fmt="pdf",
    head=dict(org="Devon County Council", body="Health and Wellbeing Scrutiny Committee - 14 June 2011",
              line="Report of the Strategic Director, People",
              title="Personalisation: Year-end Position 2010/11",
              contact="Contact for enquiries: Personalisation Lead, Tel: 01392 383 219"),
    blocks=[
        ("h", "1. Summary"),
        ("p", [("This report gives the year-end position for 2010/11 and responds to the questions raised by Members on 8 March 2011.", "dates")], None),
        ("h", "2. Progress"),
        ("p", [("At 31 March 2011 [[PB 6180|6,180 people in Devon had a personal budget]], [[PCT 34.2|34.2 per cent of eligible service users]], compared with [[PB 3790|3,790 people]] ([[PCT 21.0|21.0 per cent]]) at 31 March 2010.", "current and earlier own counts and percents"),
               ("[[SU 18070|The number of people eligible for community-based support at the year end was 18,070]].", "")], None),
        ("p", [("Devon's performance places it in the second quartile nationally, and the England average reported by the NHS Information Centre was 29.2 per cent.", "national average"),
               ("Torbay Care Trust, which delivers adult social care on behalf of Torbay Council, reported 41 per cent.", "another council")], None),
        ("h", "3. Finance"),
        ("p", [("[[SPEND 52700000|Expenditure through personal budgets in 2010/11 totalled £52.7 million]], within a net adult social care budget of £224 million.", "PB spend fact; whole budget distractor"),
               ("[[SAV 2.5|A cashable saving of 2.5% is expected from the reablement and telecare programmes]], against the 3% minimum set out in the national milestones.", "own expected saving; 3% national"),
               ("The cost of the project team, including eight posts, is £410,000 a year and is met from the Social Care Reform Grant until 31 March 2012.", "project cost; posts; date")], None),
        ("h", "4. Next steps"),
        ("p", [("[[REV 4200|The service plans to review 4,200 existing care packages during 2011/12]] so that all eligible people are offered a personal budget by April 2013.", "own planned reviews; date"),
               ("A satisfaction survey returned by 612 people in February 2011 showed that 81 per cent were satisfied with the support planning process.", "satisfaction survey"),
               ("Members are asked to note the report, and background papers are listed in Appendix 2.", "appendix number")], None),
    ])

# 8 ------------------------------------------------------------------------
doc(stem="p1-norfolk-press-release-2011-01", council="Norfolk",
    kind="press release", fmt="html",
    head=dict(org="Norfolk County Council", date="19 January 2011", ref="News release NR/2011/014",
              title="Norfolk passes personal budgets milestone early"),
    blocks=[
        ("p", [("Norfolk County Council has passed the national 30 per cent milestone for personal budgets three months early, [[PCT 31|with 31 per cent of eligible people now holding a budget]].", "own percent; 30 per cent national milestone")], None),
        ("p", [("[[PB 5130|In total, 5,130 people now have a personal budget]], [[PB 2890|compared with 2,890 a year ago]].", ""),
               ("“Just over a thousand of those people have joined in the last three months alone, which shows how fast things are moving,” said the cabinet member for adult social services.", "new joiners in a quarter, not the number holding a budget")], None),
        ("p", [("[[SU 16500|The county council supports around 16,500 adults]], many of them in rural areas far from traditional day services.", ""),
               ("[[REV 3000|It expects to review a further 3,000 care packages by the end of March]], and every person reviewed will be offered a personal budget.", "")], None),
        ("p", [("Norfolk's population includes around 190,000 people aged 65 and over, the highest proportion of older people in the East of England.", "population; age"),
               ("[[SPEND 47500000|Spending through personal budgets is now running at £47.5m a year]].", ""),
               ("The council's budget proposals for 2011/12 include savings of £37m from adult social services over three years.", "savings in pounds, not PB spend or cashable percent")], None),
        ("p", [("Journalists seeking interviews should call the County Hall press office on 01603 228 814.", "phone number")], None),
        ("h", "Notes"),
        ("p", [("The five national transformation milestones were agreed in 2009 by the Department of Health, the Local Government Association and ADASS.", "year; count of milestones")], None),
    ])

# 9 ------------------------------------------------------------------------
doc(stem="p1-bristol-scrutiny-minutes-2010-04", council="Bristol",
    kind="minutes", fmt="html",
    head=dict(org="Bristol City Council", body="Health and Social Care Scrutiny Commission",
              line="Minutes of the meeting held on 28 April 2010 at 6.00 pm at the Council House, College Green",
              present="Councillors Kent (Chair), Eddy, Hopkins, Pickup, Radford and Wollacott"),
    blocks=[
        ("h", "HSC 41.4/10  Transforming Care Programme"),
        ("p", [("The Commission considered a report of the Strategic Director, Health and Social Care (agenda item 7), on the Transforming Care programme.", "agenda item number"),
               ("The Service Manager reported that [[PB 720|720 people were now receiving a personal budget]], [[PB 310|up from 310 in October 2009]].", "current and earlier own counts"),
               ("She explained that [[SU 11800|the Council was currently providing care and support to approximately 11,800 adults]], so that [[PCT 6|around 6 per cent had a personal budget]].", "")], None),
        ("p", [("Members were reminded that the Department of Health expected at least 30 per cent of eligible people to have a personal budget by April 2011, and the service had produced a trajectory showing how this would be met.", "national target"),
               ("[[PB 3500|The trajectory showed 3,500 people holding a personal budget by March 2011]], which [[PCT 30|would be about 30 per cent of current service users]].", "council's own projection (happens to equal the national figure)"),
               ("[[REV 2800|To achieve this the service would need to complete some 2,800 reviews between May 2010 and March 2011]], or roughly 250 each month.", "own planned reviews; monthly rate derived")], None),
        ("p", [("A member asked how Bristol compared with other core cities, and officers stated that Manchester had reported 14 per cent and Sheffield 9 per cent.", "other councils"),
               ("Councillor Hopkins expressed concern about the £1.6m cost of the new resource allocation and payments system.", "project cost"),
               ("The Commission was informed that the city's population of 433,000 was expected to grow by 11 per cent by 2026.", "population")], None),
        ("p", [("RESOLVED - that the report be noted and a further update be presented in October 2010.", "date")], None),
    ])

# 10 -----------------------------------------------------------------------
doc(stem="p1-barnsley-local-news-2012-02", council="Barnsley",
    kind="local news", fmt="html",
    head=dict(org="Dearne Valley Chronicle", section="Local News",
              title="Care shake-up: 'We are handing people the money'",
              byline="By Gary Lodge", date="Thursday 2 February 2012"),
    blocks=[
        ("p", [("[[PB 2700|Almost 2,700 people in Barnsley now get their social care through a personal budget]], figures released by Barnsley Council show.", "")], None),
        ("p", [("[[PCT 43.8|The council says its figure of 43.8pc puts it among the best performers in Yorkshire]], where the average is 36pc.", "own percent; regional average distractor"),
               ("Nationally, ADASS estimated last summer that around 338,000 people were managing their support this way.", "national figure")], None),
        ("p", [("[[SU 6160|Barnsley supports around 6,160 adults in the community]], about a third of them under 65.", "own total; age share is a distractor"),
               ("Cabinet spokesperson for adults Cllr Margaret Bruff said: “[[PCT 75|We want three out of four people to have a personal budget by next year]], well ahead of the April 2013 deadline.”", "own planned percent; date")], None),
        ("p", [("But Unison said 68 home care staff had been told their jobs were at risk as demand for council-run services fell.", "staff count"),
               ("[[SPEND 1300000|The council now pays out £1.3 million a month to personal budget holders]].", "own monthly spend"),
               ("The council's adult social care budget was cut by £9.8m this year.", "budget reduction")], None),
        ("p", [("The council will hold six drop-in sessions at libraries across the borough in March.", "number of meetings"),
               ("For advice on personal budgets, residents can call the adult social care team on 01226 773 300.", "phone number")], None),
    ])

# 11 -----------------------------------------------------------------------
doc(stem="p1-stockport-executive-report-2010-09", council="Stockport",
    kind="cabinet report", fmt="html",
    head=dict(org="Stockport Metropolitan Borough Council", body="Executive - 21 September 2010",
              line="Report of the Corporate Director for Adults",
              title="Personalisation: Resource Allocation and Progress Report",
              contact="Officer contact: Head of Personalisation, tel. 0161 474 4602"),
    blocks=[
        ("h", "3. Progress"),
        ("p", [("[[PB 1870|As at 31 August 2010, 1,870 people were in receipt of a personal budget]], [[PCT 23; SU 8130|some 23% of the 8,130 people receiving community services]].", "")], "3.1"),
        ("p", [("This compares with an average of 16% for the North West region at the end of March 2010.", "regional average"),
               ("Trafford and Tameside, our nearest statistical neighbours, reported 20% and 12% respectively.", "other councils")], "3.2"),
        ("p", [("[[PCT 32|The Council expects to have over 32% of eligible people on a personal budget by December 2010]], four months ahead of the national milestone.", "own expected percent"),
               ("Between October and March, [[REV 2100|we expect to review 2,100 care packages]] and to offer a personal budget at each review.", "")], "3.3"),
        ("h", "4. Financial implications"),
        ("p", [("[[SPEND 13200000|The projected full-year spend through personal budgets is £13.2m]], which is 16% of the gross community care budget.", "PB spend fact; share of budget distractor"),
               ("Paragraph 4.6 sets out the options for the resource allocation system considered by the Personalisation Board on 3 August.", "paragraph number; date")], "4.1"),
        ("p", [("The recommended option would cost £96,000 to implement, including two temporary finance officers on grade 7.", "project cost; staff; grade"),
               ("[[SAV 1.9|Cashable savings of 1.9% have been identified for 2010/11]], with further savings to come from the reablement service launched in 2009.", "own saving; year")], "4.2"),
        ("h", "5. Recommendation"),
        ("p", [("The Executive is recommended to approve the revised resource allocation system and to receive a further report in February 2011.", "date")], "5.1"),
    ])

# 12 -----------------------------------------------------------------------
doc(stem="p1-hertfordshire-press-release-2011-04", council="Hertfordshire",
    kind="press release", fmt="docx",
    head=dict(org="Hertfordshire County Council", date="15 April 2011", ref="Press release HCC 11/093",
              title="Thousands more residents take control of their care"),
    blocks=[
        ("p", [("[[PB 8900|Almost 8,900 people in Hertfordshire now have a personal budget]], the county council announced today.", "")], None),
        ("p", [("[[PB 5600|The number has risen by more than half over the year, from 5,600 last April]].", "earlier own count; 'half' describes growth"),
               ("[[PCT 36|This represents 36% of people eligible for ongoing social care]], above the 30% milestone all councils were asked to reach this month.", "own percent; 30% national"),
               ("[[SU 24700|Hertfordshire County Council supports 24,700 people who are eligible for ongoing care]].", "")], None),
        ("p", [("“[[PCT 60|Our aim is for six in ten eligible people to hold a personal budget by April 2012]], and we are well on the way,” said Councillor Margaret Hale, executive member for adult care.", "own planned percent (six in ten = 60)")], None),
        ("p", [("Hertfordshire has a population of 1.1 million, of whom 185,000 are aged over 65.", "population; age"),
               ("The county council's 2011/12 budget for adult care services is £306 million.", "whole budget"),
               ("[[SPEND 62000000|Around £62 million of that will be spent through personal budgets]], the council estimates.", "own planned spend")], None),
        ("p", [("Residents who want to find out more can call the county council on 01992 555 021.", "phone number")], None),
        ("h", "Notes to editors"),
        ("p", [("Hertfordshire is one of 152 councils in England with responsibility for adult social care.", "count of councils"),
               ("The council will publish full figures for 2010/11 in its Local Account in July.", "year")], None),
    ])

# 13 -----------------------------------------------------------------------
doc(stem="p1-cornwall-local-news-2011-05", council="Cornwall",
    kind="local news", fmt="pdf",
    head=dict(org="The Cornish Examiner", section="News",
              title="Council lags behind on care budgets",
              byline="By Rachel Penrose", date="Thursday, May 12, 2011"),
    blocks=[
        ("p", [("Cornwall Council has missed a national goal to give three in ten care users a personal budget, new figures show.", "national target written in words")], None),
        ("p", [("[[PCT 24.5|Just 24.5 per cent of people eligible for help had one at the end of March]], the authority admitted.", ""),
               ("[[PB 2960|That amounts to 2,960 people]], [[SU 12080|out of 12,080 who rely on council-funded care at home]].", ""),
               ("Neighbouring Devon reached 34.2 per cent and Plymouth 38 per cent over the same period.", "other councils")], None),
        ("p", [("The council's portfolio holder blamed delays in setting up a new payments system, which cost £1.1m.", "project cost"),
               ("He said [[PB 4000|the council would have more than 4,000 people on personal budgets by Christmas]].", "own forecast count"),
               ("[[REV 3100|Council officers plan to review 3,100 care packages over the summer]], he added.", "")], None),
        ("p", [("Cornwall has one of the oldest populations in England, with almost 24 per cent of residents aged 65 or over.", "population by age"),
               ("A survey by the Audit Commission last year found that only 41 per cent of councils had a clear plan for moving users onto personal budgets.", "survey"),
               ("The Examiner asked for the figures under the Freedom of Information Act 2000 in April.", "year in Act title"),
               ("The council's cabinet meets on Wednesday, May 18.", "date")], None),
    ])

# 14 -----------------------------------------------------------------------
doc(stem="p1-suffolk-scrutiny-minutes-2010-02", council="Suffolk",
    kind="minutes", fmt="html", period="2009-12",
    head=dict(org="Suffolk County Council", body="Adult Care Scrutiny Committee",
              line="Minutes of the meeting held on 4 February 2010 at Endeavour House, Ipswich",
              present="Councillors P Beer (Chairman), Mrs J Antill, D Field, Mrs C Hodgson, K Morris"),
    blocks=[
        ("h", "8. Putting People First: Milestones Return"),
        ("p", [("The Committee received report ACS/10/4 on the County Council's first quarterly milestones return, covering progress to the end of December 2009.", "report reference; return period (period field)"),
               ("The Head of Transformation reported that [[PB 410|four hundred and ten people had so far been allocated a personal budget]], most of them through the pilot in Ipswich.", "number in words")], None),
        ("p", [("[[SU 14200|Suffolk was providing services to approximately 14,200 adults]], and it was acknowledged that [[PCT 3|the resulting figure of about 3 per cent]] was low.", "own total and percent (3 here is not the savings expectation)"),
               ("Members noted that the Department of Health, ADASS and the LGA expected 30 per cent of eligible users to hold a personal budget by April 2011.", "national target")], None),
        ("p", [("[[PB 1500; PB 1800|Officers expected that between 1,500 and 1,800 people would have a personal budget by October 2010]].", "own forecast given as a range: both ends"),
               ("[[REV 2400|Around 2,400 reviews were planned for 2010/11]], which would require the recruitment of 14 additional reviewing officers.", "own planned reviews; staff count")], None),
        ("p", [("In answer to a question, the Committee was told that the Social Care Reform Grant for Suffolk totalled £7.3m over three years.", "grant"),
               ("A member noted that 162,000 residents of the county were aged 65 or over and asked how information would reach them.", "population; age"),
               ("The Committee agreed to hold an additional meeting on 18 March 2010 to consider the commissioning strategy.", "date")], None),
        ("p", ["RESOLVED: that the report be noted."], None),
    ])

# 15 -----------------------------------------------------------------------
doc(stem="p1-derby-trade-news-2011-07", council="Derby",
    kind="trade news", fmt="html",
    head=dict(org="Social Care Bulletin", section="Personalisation",
              title="Derby claims personal budgets lead among East Midlands cities",
              byline="By Anita Choudhury", date="7 July 2011"),
    blocks=[
        ("p", [("Derby City Council says [[PCT 50|more than half of eligible adults in the city now have a personal budget]], putting it ahead of its neighbours.", "'half' = 50")], None),
        ("p", [("[[PB 3780|The authority told the Bulletin that 3,780 people held a personal budget at the end of June]], [[PB 2210|compared with 2,210 twelve months earlier]].", "current and earlier own counts"),
               ("[[SU 7240|Derby supports 7,240 people with eligible needs in the community]].", "")], None),
        ("p", [("Nottingham City Council reported 33% and Leicester City Council 28% at the end of March, according to the NHS Information Centre.", "other councils"),
               ("The national average for 2010/11 was 29.2%.", "national average")], None),
        ("p", [("Derby's assistant director for personalisation said [[SAV 4|the council had made cashable savings of 4% from its reablement service]] in 2010/11, well above the 3% the milestones demanded.", "own saving; 3% national"),
               ("She said reablement had cut the number of people needing long-term care by 18% among those completing the programme.", "outcome percentage")], None),
        ("p", [("The council's social care budget for 2011/12 is £68m, down £5.4m on last year.", "whole budget"),
               ("Derby spent £320,000 on an electronic support planning tool, launched in January 2010.", "project cost; date")], None),
    ])

# 16 -----------------------------------------------------------------------
doc(stem="p1-walsall-scrutiny-minutes-2011-03", council="Walsall",
    kind="minutes", fmt="pdf",
    head=dict(org="Walsall Council", body="Health, Social Care and Inclusion Scrutiny and Performance Panel",
              line="Minutes of the meeting held on Tuesday 1 March 2011 at 6.00 p.m. at the Council House, Walsall",
              present="Councillors Mrs Hughes (Chair), Ansell, Cassidy, Robertson, Mrs Longhi"),
    blocks=[
        ("h", "54/11 Personalisation - Progress Report"),
        ("p", [("The Panel considered the report of the Executive Director (Social Care and Inclusion) at item 7 of the agenda.", "agenda item number"),
               ("The Head of Personalisation reported that [[PB 2385|the number of people with a personal budget now stood at 2,385]], which was [[PCT 32.5; SU 7340|32.5% of the 7,340 people eligible for community services]].", ""),
               ("Walsall had therefore already exceeded the 30% milestone set for April 2011.", "national target")], None),
        ("p", [("In response to a question, the Panel was told that Wolverhampton had reached 25% and Sandwell 29%.", "other councils"),
               ("[[SPEND 18700000|Expenditure on personal budgets during 2010/11 was forecast to be £18.7m]], [[SPEND 9100000|compared with £9.1m in 2009/10]].", "current forecast and earlier own spend"),
               ("A member asked about the 84 people who had chosen to return to council-arranged services.", "people leaving personal budgets")], None),
        ("p", [("[[REV 1600|Officers anticipated that 1,600 reviews would be completed between April and September 2011]].", "own planned reviews"),
               ("The Panel noted that three posts in the brokerage team remained vacant.", "staff posts"),
               ("A survey of 250 personal budget holders in December 2010 had found that 88% were satisfied or very satisfied.", "satisfaction survey")], None),
        ("p", [("RESOLVED: That the report be noted and that the Panel receive a further update at its meeting on 14 June 2011.", "date")], None),
    ])

# 17 -----------------------------------------------------------------------
doc(stem="p1-hampshire-decision-report-2011-12", council="Hampshire",
    kind="cabinet report", fmt="html",
    head=dict(org="Hampshire County Council", body="Decision Report - Executive Member for Adult Social Care - 8 December 2011",
              line="Report of the Director of Adult Services",
              title="Self-Directed Support: Progress and Priorities for 2012",
              contact="Contact: Self-Directed Support Programme, Tel: 01962 847 310"),
    blocks=[
        ("h", "1. Position at October 2011"),
        ("p", [("[[PB 12460|At the end of October 2011, 12,460 people in Hampshire were receiving their support through a personal budget]].", ""),
               ("[[PCT 48; SU 25960|This is 48% of the 25,960 people receiving community-based support]], and [[PCT 39|the comparable figure at the end of March 2011 was 39%]].", "current and earlier own percent; own total")], "1.1"),
        ("p", [("The Government's Vision for Adult Social Care, published in November 2010, expects every council to provide personal budgets to all eligible people by April 2013.", "national expectation; dates"),
               ("Locally, [[PCT 60|the council expects to reach 60% by the end of March 2012]].", "own expected percent")], "1.2"),
        ("h", "2. Resources"),
        ("p", [("[[SPEND 96400000|Gross spend through personal budgets in 2011/12 is projected at £96.4m]], out of a total adult services budget of some £380m.", "PB spend; whole budget distractor"),
               ("The report also seeks approval for £1.25m of reablement funding to be transferred from the primary care trust.", "grant/transfer"),
               ("Hampshire's population aged 85 and over is forecast to rise by 27% between 2011 and 2021.", "age; population forecast")], "2.1"),
        ("h", "3. Priorities"),
        ("p", [("[[REV 6500|In the coming year we plan to review around 6,500 people who still receive traditionally commissioned services]].", ""),
               ("Section 2 of the full report describes the consultation undertaken with the 11 district councils.", "section number; count of councils")], "3.1"),
    ])

# 18 -----------------------------------------------------------------------
doc(stem="p1-camden-press-release-2010-12", council="Camden",
    kind="press release", fmt="html",
    head=dict(org="London Borough of Camden", date="1 December 2010", ref="Press release 2010/412",
              title="Camden care users take charge"),
    blocks=[
        ("p", [("[[PB 1140|More than 1,140 Camden residents are now arranging their own care with a personal budget]], the council said today.", "")], None),
        ("p", [("[[PCT 25|That is one in four of the people the council supports in the community]].", "one in four = 25"),
               ("[[SU 4560|Camden supports about 4,560 adults with ongoing community care]].", ""),
               ("Across London the average is one in six, according to figures collected by London Councils.", "regional figure"),
               ("Westminster, by comparison, stands at 19 per cent.", "another council")], None),
        ("p", [("[[REV 1200|Over the next four months, social workers plan to review 1,200 people]], and each will be offered a personal budget.", "own planned reviews; 'four months' period"),
               ("Budget holder Daniel, 34, who has cerebral palsy, uses his to employ two personal assistants.", "age; staff")], None),
        ("p", [("[[SPEND 14500000|The council expects to spend £14.5m through personal budgets this year]], out of a community care budget of £88m.", "own planned spend; whole budget distractor"),
               ("Councillor Pat Norris, cabinet member for adult social care, said Camden was confident of meeting the national 30 per cent milestone by April 2011.", "national target")], None),
        ("p", [("For interviews please call the Camden press office on 020 7974 5702.", "phone number")], None),
    ])

# 19 -----------------------------------------------------------------------
doc(stem="p1-wiltshire-local-news-2011-08", council="Wiltshire",
    kind="local news", fmt="html",
    head=dict(org="Salisbury & Plain Gazette", section="News",
              title="Personal budgets: the numbers behind the promise",
              byline="By Owen Pryce", date="Wednesday 24 August 2011"),
    blocks=[
        ("p", [("[[PB 3550|Wiltshire Council has given personal budgets to 3,550 people]], the Gazette can reveal.", "")], None),
        ("p", [("[[PCT 40; SU 8870|That is two in five of the 8,870 adults the council helps to live at home]].", "two in five = 40; own total"),
               ("[[PCT 45|The council had set itself a target of 45 per cent by the end of March]], but fell short.", "council's own (missed) target"),
               ("A report to the council's health select committee in July shows the number of budget holders rose by 1,130 over the year.", "increase, not the total")], None),
        ("p", [("Council officers say [[SPEND 38000000|just under £38m will be spent through personal budgets in 2011-12]].", ""),
               ("The authority must save £28m from its adult care budget over the next four years.", "savings in pounds")], None),
        ("p", [("Swindon Borough Council, which borders the county, reported 42 per cent.", "another council"),
               ("A 2010 survey by the charity In Control found that 68 per cent of personal budget holders felt more in control of their support.", "survey result"),
               ("Wiltshire's population of 455,000 is ageing faster than the national average.", "population"),
               ("Anyone wanting advice can ring the council's customer advisors on 0300 456 0123.", "phone number")], None),
    ])

# 20 -----------------------------------------------------------------------
doc(stem="p1-northumberland-scrutiny-minutes-2011-01", council="Northumberland",
    kind="minutes", fmt="html", period="2010-12", date_completed="2011-01-14",
    head=dict(org="Northumberland County Council", body="Care and Wellbeing Overview and Scrutiny Committee",
              line="Minutes of the meeting held at County Hall, Morpeth on Tuesday, 25 January 2011 at 2.00 p.m.",
              present="Councillors A Sambrook (Chair), E Armstrong, J Foster, G Roughead, Mrs P Scott"),
    blocks=[
        ("h", "68. PUTTING PEOPLE FIRST - QUARTERLY MILESTONE RETURN"),
        ("p", [("Members received the County Council's Putting People First milestone return for the quarter ending 31 December 2010, which had been completed on 14 January 2011 and submitted to the Department of Health.", "return period and completion date (period/date_completed fields)"),
               ("The Director of Adult Services reported that [[PB 1960|1,960 people were now receiving a personal budget]], [[PB 1180|compared with 1,180 at the end of September]], [[PCT 18|when the figure had been 18 per cent]].", "current and earlier own figures")], None),
        ("p", [("[[SU 6550|The total number of service users in the community was 6,550]], [[PCT 29.9|giving a proportion of 29.9 per cent]], a fraction short of the 30 per cent milestone.", "own total and percent; national milestone"),
               ("Members asked whether 30 per cent would be achieved by April, and the Director confirmed that [[PCT 35|the service expected to reach 35 per cent by the end of March]].", "own expected percent; 30 per cent national"),
               ("[[REV 900|Some nine hundred reviews were programmed for February and March]].", "number in words")], None),
        ("p", [("The Committee was advised that the Council's overall budget would fall by £43m over the next three years, of which adult services would contribute £14.2m.", "budget savings in pounds"),
               ("Councillor Foster asked about carers, and officers explained that 430 carers had received a carer's grant of up to £300 during the year.", "carers' grants"),
               ("[[SAV 1.5|Cashable savings of 1.5 per cent had been achieved so far]], with work continuing to reach the 3 per cent expected by April.", "own saving; 3 per cent national")], None),
        ("p", [("RESOLVED that (1) the return be noted, and (2) the Chair write to the Director to thank staff for their work.", "resolution numbering")], None),
    ])

# 21 -----------------------------------------------------------------------
doc(stem="p1-plymouth-scrutiny-report-2011-06", council="Plymouth",
    kind="scrutiny report", fmt="docx",
    head=dict(org="Plymouth City Council", body="Health and Adult Social Care Overview and Scrutiny Panel - 22 June 2011",
              line="Report of the Assistant Director, Adult Social Care",
              title="Personalisation Progress Report",
              contact="Contact: Personalisation Manager, T 01752 307 344"),
    blocks=[
        ("h", "1. Introduction"),
        ("p", [("[[PCT 38|At 31 March 2011, 38 per cent of eligible adults in Plymouth had a personal budget]], [[PB 2870|2,870 people in all]].", ""),
               ("[[SU 7550|The total number of adults with eligible needs supported in the community was 7,550]].", "")], "1.1"),
        ("h", "2. Finance"),
        ("p", [("When the first personal budgets were introduced in the Plymouth pilot in 2008, [[SPEND 850000|£850k was spent through personal budgets in the first year]].", "earlier own spend"),
               ("[[SPEND 27900000|By 2010/11 spend through personal budgets had grown to £27.9m]].", ""),
               ("[[SAV 2.7|A cashable saving of 2.7% was delivered in 2010/11]], largely through the expansion of reablement.", "")], "2.1"),
        ("p", [("The support planning and brokerage service employs 16 staff at a cost of £540,000 a year.", "staff count; salary costs")], "2.2"),
        ("h", "3. Comparison"),
        ("p", ["In March the Panel asked for a comparison with the city's statistical neighbours, and these are shown in the table below.",
               ("Southampton, which is similar in size, reported 31 per cent, and Portsmouth 27 per cent.", "other councils"),
               ("The England figure reported by the NHS Information Centre for 2010/11 was 29.2%.", "national")], "3.1"),
        ("table", "Table 1: Personal budgets, 31 March 2011 (statistical neighbours)",
         [["Council", "People with PB", "Eligible users", "%"],
          ["Plymouth", "2,870", "7,550", "38.0"],
          ["Southampton", "1,692", "5,460", "31.0"],
          ["Portsmouth", "1,510", "5,590", "27.0"]]),
        ("h", "4. Next steps"),
        ("p", [("[[REV 2500|During 2011/12 the service intends to review approximately 2,500 care packages]].", ""),
               ("Members are asked to note the progress set out in sections 2 to 4 of this report.", "section numbers")], "4.1"),
    ])

# 22 -----------------------------------------------------------------------
doc(stem="p1-dudley-trade-news-2010-02", council="Dudley",
    kind="trade news", fmt="html",
    head=dict(org="Care Practice Weekly", section="Adults | Councils",
              title="Dudley to offer budgets to all new clients from April",
              byline="By Tom Gerrard", date="16 February 2010"),
    blocks=[
        ("p", [("Dudley Metropolitan Borough Council will offer a personal budget to every new service user from April, [[PB 550|having so far given one to around 550 people]].", "")], None),
        ("p", [("[[SU 9100|The council supports more than 9,100 adults]], meaning [[PCT 6|about 6% currently have a budget]].", ""),
               ("Its director of adult, community and housing services said [[PB 2700|it hoped to have 2,700 people on personal budgets by April 2011]].", "own planned count"),
               ("[[REV 3000; REV 3500|To get there, it plans between 3,000 and 3,500 reviews over the next 14 months]].", "own planned reviews as a range: both ends")], None),
        ("p", [("The council has appointed 12 support brokers, funded from its £4.6m share of the Social Care Reform Grant.", "staff; grant"),
               ("The West Midlands regional improvement partnership said 9% of users in the region had a personal budget in December.", "regional figure"),
               ("Solihull, by comparison, has reached 15%.", "another council")], None),
        ("p", [("Nationally, the Department of Health has put £520m into the Social Care Reform Grant over three years.", "national grant"),
               ("Council leaders say the £2bn gap in adult social care funding nationally makes the change urgent.", "national money")], None),
    ])

# 23 -----------------------------------------------------------------------
doc(stem="p1-southampton-press-release-2011-05", council="Southampton",
    kind="press release", fmt="html",
    head=dict(org="Southampton City Council", date="26 May 2011", ref="News release SCC/PR/11/118",
              title="Southampton beats personal budgets milestone"),
    blocks=[
        ("p", [("Southampton City Council has beaten the government's personal budgets milestone, [[PCT 31|with 31% of eligible residents now receiving one]].", "")], None),
        ("p", [("[[PB 1692|In total 1,692 people have a personal budget]], [[PB 740|up from 740 in April last year]].", ""),
               ("[[SU 5460|The city council currently provides ongoing care and support to 5,460 people]].", ""),
               ("The milestone, agreed in 2009 by the Department of Health, councils and directors of social services, asked every council to reach 30%.", "national target; year")], None),
        ("p", [("[[SPEND 9600000|The council now spends £9.6m a year through personal budgets]].", ""),
               ("Councils were also asked to show cashable savings of at least 3% from prevention, and [[SAV 3.2|Southampton has delivered 3.2%]].", "own saving; national 3%"),
               ("“[[PB 60|Two years ago we had just 60 people with a personal budget]],” said the Cabinet Member for Adult Social Care.", "earlier own count")], None),
        ("p", [("The council employs 45 social workers in its adult care teams.", "staff count"),
               ("Residents aged 18 or over who think they may be eligible can contact the council on 023 8083 3003.", "age; phone number")], None),
        ("p", ["Ends"], None),
    ])

# 24 -----------------------------------------------------------------------
doc(stem="p1-brighton-hove-scrutiny-minutes-2010-11", council="Brighton and Hove",
    kind="minutes", fmt="docx",
    head=dict(org="Brighton and Hove City Council", body="Adult Social Care and Housing Overview and Scrutiny Committee",
              line="Minutes of the meeting held on 8 November 2010 at 4.00pm in Committee Room 1, Hove Town Hall",
              present="Councillors Wells (Chairman), Barnett, Meadows, Pidgeon, Wakefield-Jarrett"),
    blocks=[
        ("h", "42. PERSONALISATION UPDATE"),
        ("p", [("The Head of Personalisation introduced the report, which had also been considered by the Cabinet Member Meeting on 14 October.", "date")], "42.1"),
        ("p", [("She reported that [[PB 1290|the council had allocated personal budgets to 1,290 people]] and that [[PCT 21|this equated to 21% of eligible adults]].", ""),
               ("[[SU 6140|It was currently supporting 6,140 people with community care services]].", "")], "42.2"),
        ("p", [("A Member asked how this compared with other authorities in the South East and was told that West Sussex had reported 17% and East Sussex 26%.", "other councils")], "42.3"),
        ("p", [("[[REV 1800|The service planned to complete about 1,800 reviews before the end of March 2011]], when [[PCT 32|the proportion with a personal budget was expected to reach 32%]].", "own planned reviews and expected percent")], "42.4"),
        ("p", [("In response to a question about the 30% national milestone, the Head of Personalisation said it should be seen as a minimum rather than a goal.", "national target"),
               ("The Committee was informed that two meetings of the Personalisation Reference Group had been held since September, with 23 service users taking part.", "meetings; attendees")], "42.5"),
        ("p", [("[[SPEND 11800000|Current annual spend through personal budgets was £11.8m]], within a community care budget of £47m.", "PB spend; whole budget distractor"),
               ("The Chair noted that the city had an estimated 39,000 residents aged 65 and over.", "population; age")], "42.6"),
        ("p", ["RESOLVED - That the report be noted."], "42.7"),
    ])

# 25 -----------------------------------------------------------------------
doc(stem="p1-bath-nes-local-news-2012-07", council="Bath and North East Somerset",
    kind="local news", fmt="html",
    head=dict(org="The Bath & Wansdyke Herald", section="News | Health & Care",
              title="Care budgets reach more homes", byline="By Lucy Fairfax",
              date="Tuesday 10 July 2012"),
    blocks=[
        ("p", [("[[PB 1000|Just over a thousand people in Bath and North East Somerset now have a personal budget for their care]], according to figures from Bath and North East Somerset Council.", "number in words")], None),
        ("p", [("[[PCT 38; SU 2650|The authority says that is 38pc of the 2,650 people who receive long-term support at home]].", ""),
               ("[[PCT 25|A year ago the figure was one in four]].", "earlier own percent; one in four = 25"),
               ("Across the South West, 43pc of eligible users had a personal budget by the end of March, the regional branch of ADASS said.", "regional figure"),
               ("North Somerset Council said its rate was 35pc.", "another council")], None),
        ("p", [("[[REV 700|The council plans to review 700 care packages by the end of the summer]].", ""),
               ("[[SPEND 7900000|Spending through personal budgets is expected to reach £7.9m in 2012-13]], the council said.", "own expected spend"),
               ("The council must save £11m from adult social care and health over the next three years.", "savings in pounds")], None),
        ("p", [("Campaigner Jean Rudd, 71, of Keynsham, said her budget had let her hire a carer for 10 hours a week.", "age; hours"),
               ("Government figures show that more than 430,000 people in England were using personal budgets by March 2012.", "national figure")], None),
    ])


# ---------------------------------------------------------------- parsing

def parse_sentence(s):
    """Return (plain_text, facts[(kind, value, clause)], why, marked)."""
    if isinstance(s, str):
        return s, [], None, False
    markup, why = s
    facts = []
    for m in MARK.finditer(markup):
        clause = m.group(2)
        for spec in m.group(1).split(";"):
            k, v = spec.split()
            v = float(v) if "." in v else int(v)
            facts.append((KINDS[k], v, clause))
    text = MARK.sub(lambda m: m.group(2), markup)
    return text, facts, why, True


NUMWORD = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|quarter|third)\b", re.I)


def all_sentences(d):
    for b in d["blocks"]:
        if b[0] == "p":
            for s in b[1]:
                yield s
        elif b[0] == "li":
            for item in b[1]:
                for s in item:
                    yield s


def para_texts(d):
    """Yield (kind, payload) with plain texts for rendering."""
    for b in d["blocks"]:
        if b[0] == "h":
            yield ("h", b[1], None)
        elif b[0] == "p":
            yield ("p", " ".join(parse_sentence(s)[0] for s in b[1]), b[2])
        elif b[0] == "li":
            yield ("li", [" ".join(parse_sentence(s)[0] for s in item) for item in b[1]], None)
        elif b[0] == "table":
            yield ("table", b[1], b[2])


# ---------------------------------------------------------------- HTML

CSS = {
    "minutes": "body{font-family:Arial,Helvetica,sans-serif;max-width:760px;margin:24px auto;color:#222}"
               ".lh{border-bottom:3px solid #00573f;padding-bottom:6px}.lh .org{font-size:22px;font-weight:bold;color:#00573f}"
               "h2{font-size:17px}h3{font-size:15px;text-transform:none;margin-top:22px}.meta{font-size:13px;color:#444}"
               "p{line-height:1.45}.lbl{display:inline-block;width:3em;font-weight:bold}",
    "cabinet report": "body{font-family:Verdana,sans-serif;font-size:14px;max-width:800px;margin:20px auto}"
                      "table.hdr td{border:1px solid #999;padding:4px 8px}table.hdr{border-collapse:collapse;margin-bottom:16px}"
                      ".lbl{display:inline-block;width:3.2em}",
    "press release": "body{font-family:Georgia,serif;max-width:720px;margin:30px auto}.brand{font:bold 20px Arial;color:#7a0026}"
                     ".kind{font:bold 12px Arial;letter-spacing:2px;color:#666;text-transform:uppercase}.ref{font-size:12px;color:#666}"
                     "h1{font-size:26px}.lbl{font-weight:bold;margin-right:6px}",
    "local news": "body{font-family:'Times New Roman',serif;max-width:680px;margin:10px auto}.mast{font:bold 34px Georgia;border-bottom:4px double #000}"
                  ".nav{font:12px Arial;color:#a00}.by{font:italic 13px Arial;color:#555}h1{font-size:30px;margin:10px 0}"
                  ".foot{font-size:11px;color:#777;border-top:1px solid #ccc;margin-top:20px}",
    "trade news": "body{font-family:Helvetica,Arial,sans-serif;max-width:700px;margin:10px auto}.mast{background:#1d3c6e;color:#fff;padding:8px;font:bold 24px Arial}"
                  ".nav{font-size:12px;color:#1d3c6e}.by{font-size:13px;color:#555}h1{font-size:26px}"
                  ".foot{font-size:11px;color:#777;margin-top:20px}",
}
KIND_FAMILY = {"minutes": "minutes", "cabinet report": "cabinet report", "scrutiny report": "cabinet report",
               "press release": "press release", "local news": "local news", "trade news": "trade news"}


def e(t):
    return html.escape(t, quote=False)


def body_html(d):
    out = []
    for kind, payload, extra in para_texts(d):
        if kind == "h":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            lbl = f'<span class="lbl">{e(extra)}</span> ' if extra else ""
            out.append(f"<p>{lbl}{e(payload)}</p>")
        elif kind == "li":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in payload) + "</ul>")
        elif kind == "table":
            rows = extra
            t = [f"<table border='1' cellpadding='4'><caption>{e(payload)}</caption>"]
            t.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
    return "\n".join(out)


def render_html(d):
    h = d["head"]
    fam = KIND_FAMILY[d["kind"]]
    title = h.get("title") or h.get("body")
    parts = [f"<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>{e(title)} - {e(h['org'])}</title>\n<style>{CSS[fam]}</style>\n</head>\n<body>"]
    if fam == "minutes":
        parts.append(f"<div class=\"lh\"><div class=\"org\">{e(h['org'])}</div><div>{e(h['body'])}</div></div>")
        parts.append(f"<h2>MINUTES</h2><p class=\"meta\">{e(h['line'])}</p>")
        parts.append(f"<p class=\"meta\"><b>Present:</b> {e(h['present'])}</p>")
        if h.get("contact"):
            parts.append(f"<p class=\"meta\">{e(h['contact'])}</p>")
        parts.append("<hr>")
        parts.append(body_html(d))
        parts.append("<p class=\"meta\">Chairman ......................................</p>")
    elif fam == "cabinet report":
        parts.append(f"<div style=\"font-weight:bold;font-size:18px\">{e(h['org'])}</div>")
        parts.append("<table class=\"hdr\">"
                     f"<tr><td>Meeting</td><td>{e(h['body'])}</td></tr>"
                     f"<tr><td>Report</td><td>{e(h['line'])}</td></tr>"
                     f"<tr><td>Title</td><td><b>{e(h['title'])}</b></td></tr>"
                     f"<tr><td>Contact</td><td>{e(h['contact'])}</td></tr>"
                     "<tr><td>Status</td><td>Part I - Open</td></tr></table>")
        parts.append(body_html(d))
    elif fam == "press release":
        parts.append(f"<div class=\"brand\">{e(h['org'])}</div><div class=\"kind\">News release</div>")
        parts.append(f"<div class=\"ref\">{e(h['date'])} &nbsp;|&nbsp; {e(h['ref'])}</div>")
        parts.append(f"<h1>{e(h['title'])}</h1>")
        parts.append(body_html(d))
    else:
        parts.append(f"<div class=\"mast\">{e(h['org'])}</div><div class=\"nav\">{e(h['section'])}</div>")
        parts.append(f"<h1>{e(h['title'])}</h1><div class=\"by\">{e(h['byline'])} &middot; {e(h['date'])}</div>")
        parts.append("<article>")
        parts.append(body_html(d))
        parts.append("</article>")
        parts.append(f"<div class=\"foot\">Share this story &middot; Print &middot; Email &middot; {e(h['org'])}</div>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)


# ---------------------------------------------------------------- DOCX

FIXED_ZIP_TIME = (2011, 1, 1, 0, 0, 0)


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def render_docx(d, path):
    import datetime

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    h = d["head"]
    fam = KIND_FAMILY[d["kind"]]
    dx = Document()
    cp = dx.core_properties
    cp.author = "Democratic Services"
    cp.created = datetime.datetime(2011, 1, 1)
    cp.modified = datetime.datetime(2011, 1, 1)
    cp.last_modified_by = "Democratic Services"
    cp.revision = 1
    st = dx.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    p = dx.add_paragraph()
    r = p.add_run(h["org"].upper())
    r.bold = True
    r.font.size = Pt(15)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if fam == "minutes":
        p = dx.add_paragraph(h["body"].upper())
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = dx.add_paragraph(h["line"])
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p = dx.add_paragraph()
        p.add_run("Present: ").bold = True
        p.add_run(h["present"])
    elif fam == "cabinet report":
        t = dx.add_table(rows=4, cols=2)
        t.style = "Table Grid"
        for i, (a, b) in enumerate([("Meeting", h["body"]), ("Report of", h["line"]),
                                    ("Subject", h["title"]), ("Contact", h["contact"])]):
            t.cell(i, 0).text = a
            t.cell(i, 1).text = b
        dx.add_paragraph()
    else:
        p = dx.add_paragraph()
        p.add_run("PRESS RELEASE").bold = True
        dx.add_paragraph(f"{h['date']}    {h['ref']}")
        p = dx.add_paragraph()
        r = p.add_run(h["title"])
        r.bold = True
        r.font.size = Pt(16)
    for kind, payload, extra in para_texts(d):
        if kind == "h":
            p = dx.add_paragraph()
            p.add_run(payload).bold = True
        elif kind == "p":
            p = dx.add_paragraph()
            if extra:
                p.add_run(extra + "\t")
            p.add_run(payload)
        elif kind == "li":
            for x in payload:
                dx.add_paragraph(x, style="List Bullet")
        elif kind == "table":
            rows = extra
            dx.add_paragraph(payload).runs[0].italic = True
            t = dx.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            dx.add_paragraph()
    buf = io.BytesIO()
    dx.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue()))


# ---------------------------------------------------------------- PDF

def render_pdf(d, path):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=7)
    head = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=8)
    big = ParagraphStyle("big", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20)
    small = ParagraphStyle("s", parent=body, fontSize=9, textColor="#444444")
    h = d["head"]
    fam = KIND_FAMILY[d["kind"]]
    story = []
    if fam == "local news":
        story += [Paragraph(e(h["org"]), ParagraphStyle("m", parent=big, fontSize=24, leading=28)),
                  Paragraph(e(h["section"]), small), Spacer(1, 6),
                  Paragraph(e(h["title"]), big),
                  Paragraph(e(h["byline"]) + " &#183; " + e(h["date"]), small), Spacer(1, 6)]
    else:
        story += [Paragraph(e(h["org"]), big), Paragraph(e(h["body"]), head), Paragraph(e(h["line"]), body)]
        if h.get("title"):
            story.append(Paragraph(e(h["title"]), head))
        if h.get("present"):
            story.append(Paragraph("<b>Present:</b> " + e(h["present"]), body))
        if h.get("contact"):
            story.append(Paragraph(e(h["contact"]), small))
        story.append(Spacer(1, 8))
    for kind, payload, extra in para_texts(d):
        if kind == "h":
            story.append(Paragraph(e(payload), head))
        elif kind == "p":
            lbl = f"{e(extra)}&nbsp;&nbsp;" if extra else ""
            story.append(Paragraph(lbl + e(payload), body))
        elif kind == "li":
            for x in payload:
                story.append(Paragraph("&#8226; " + e(x), body))
    doc_ = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                             topMargin=2 * cm, bottomMargin=2 * cm, title=h.get("title") or h["body"],
                             author=h["org"], creator="", producer="")
    doc_.build(story)


# ---------------------------------------------------------------- main

def main():
    os.makedirs(DOCS_DIR, exist_ok=True)
    os.makedirs(GOLD_DIR, exist_ok=True)
    stems = set()
    lines = []
    problems = []
    for d in DOCS:
        assert d["stem"] not in stems, d["stem"]
        stems.add(d["stem"])
        facts, seen = [], set()
        nsent = 0
        for s in all_sentences(d):
            nsent += 1
            text, fs, why, marked = parse_sentence(s)
            if not marked:
                if re.search(r"\d", text) or NUMWORD.search(text):
                    problems.append((d["stem"], "unmarked number", text))
                continue
            if not why:
                why = "own council figure: " + ", ".join(f"{k}={v}" for k, v, _ in fs)
            if not fs and not why:
                problems.append((d["stem"], "distractor without why", text))
            for k, v, clause in fs:
                assert clause in text
                if (k, v) not in seen:
                    seen.add((k, v))
                    facts.append({"kind": k, "value": v, "text": clause})
            lines.append({"doc": d["stem"], "text": text,
                          "facts": [{"kind": k, "value": v} for k, v, _ in fs], "why": why})
        if not 8 <= nsent <= 15:
            problems.append((d["stem"], "sentence count", nsent))
        gold = {"schema": "ppf-return/1", "document": d["stem"], "council": d["council"],
                "period": d["period"], "date_completed": d["date_completed"],
                "milestones": [], "requirements": [], "answers": [], "risks": [], "facts": facts}
        with open(os.path.join(GOLD_DIR, d["stem"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, indent=2, ensure_ascii=False)
            f.write("\n")
        ext = {"html": ".html", "docx": ".docx", "pdf": ".pdf"}[d["fmt"]]
        path = os.path.join(DOCS_DIR, d["stem"] + ext)
        if d["fmt"] == "html":
            with open(path, "w", encoding="utf-8") as f:
                f.write(render_html(d))
        elif d["fmt"] == "docx":
            render_docx(d, path)
        else:
            render_pdf(d, path)
    with open(os.path.join(HERE, "sentences.jsonl"), "w", encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    for p in problems:
        print("PROBLEM:", *p)
    print(f"{len(DOCS)} documents, {len(lines)} number-carrying sentences")


if __name__ == "__main__":
    main()
