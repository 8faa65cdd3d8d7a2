"""Build the seed-derived test corpus: documents that reproduce seeds 002 and 003.

Writes, deterministically (same bytes on every run):

- ``corpus/sefton-2011-02-16.docx``: seed 002 (Sefton's December 2010 "Putting People
  First" return and its cover report) as a Word document, one table per milestone with
  the seed's merged cells (gridSpan, vMerge) and a repeating header row.
- ``corpus/sefton-2011-02-16-web.html``: the same report as a council website page,
  each milestone table split where the seed shows a page break, the continuation
  starting with a repeat of the "Milestone n:" row (as a paged export would).
- ``corpus/oxfordshire-asc-scrutiny-2010-02.html``: the seed 003 committee minutes in a
  modern.gov-style "issue history" page.

The documents are written from the literal seed text, never from the extraction
pipeline: this script imports nothing from ``ppfextract``. A layout the extractor
cannot read must show up as a failure, not be generated to suit it.

Run: ``.venv/bin/python scripts/build_seed_corpus.py``
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

SEFTON_DOCX = CORPUS / "sefton-2011-02-16.docx"
SEFTON_HTML = CORPUS / "sefton-2011-02-16-web.html"
SEFTON_PDF = CORPUS / "sefton-2011-02-16-libreoffice.pdf"
OXFORDSHIRE_HTML = CORPUS / "oxfordshire-asc-scrutiny-2010-02.html"

# Fixed timestamp for the zip members and core properties, so the .docx is byte-stable.
FIXED_TIME = dt.datetime(2011, 1, 5, 9, 0, 0, tzinfo=dt.UTC)
ZIP_TIME = (2011, 1, 5, 9, 0, 0)

GRID = 7  # label column + two columns for each of the three deadlines
SQRT = "\u221a"  # the seed's tick mark in the corporate objective table

# ---------------------------------------------------------------------------
# A small, layout-neutral description of the tables (rows of spanning cells)


@dataclass(frozen=True)
class Para:
    """One paragraph of cell text; ``^xx^`` marks a superscript run."""

    text: str
    bullet: bool = False  # a list item (a real Word bullet; <li> in HTML)
    dot: bool = False  # HTML only: the seed shows a literal "•" before the item
    bold: bool = False
    underline: bool = False


@dataclass(frozen=True)
class Cell:
    paras: tuple[Para, ...] = ()
    span: int = 1
    group: str | None = None  # cells of one vertically merged label share a group


@dataclass(frozen=True)
class Row:
    key: str
    cells: tuple[Cell, ...]
    header: bool = False


def c(text: str = "", span: int = 1, **kw: bool) -> Cell:
    """A cell holding one paragraph (or none, for an empty string)."""
    return Cell((Para(text, **kw),) if text else (), span)


def cp(paras: Sequence[str], span: int = 1) -> Cell:
    """A cell holding several paragraphs."""
    return Cell(tuple(Para(p) for p in paras), span)


def label(text: str, group: str) -> Cell:
    """A label cell that is vertically merged with the label cells below it."""
    return Cell((Para(text),) if text else (), 1, group)


# ---------------------------------------------------------------------------
# Seed 002: the Sefton cover report (front matter)

FRONT_MATTER: tuple[tuple[str, str], ...] = (
    ("REPORT TO:", "Cabinet Member Health and Social Care"),
    ("DATE:", "February 16th 2011"),
    ("SUBJECT:", "Transforming Social Care Quarterly Progress Report"),
    ("WARDS\nAFFECTED:", "Non Directly"),
    ("REPORT OF:", "Robina Critchley, Adult Social Care Director"),
    ("CONTACT\nOFFICER:", "Margaret Milne \u2013 Service Manager\nTel: 0151 934 3614"),
    ("EXEMPT/\nCONFIDENTIAL:", "No"),
)

FRONT_SECTIONS: tuple[tuple[str, str], ...] = (
    ("PURPOSE/SUMMARY:",
     "To present the Cabinet Member with the Department's Transforming Social Care "
     "Milestones Progress Report"),
    ("REASON WHY DECISION REQUIRED:",
     "The Department is obliged, by the Government, to report Transformation progress to "
     "the Cabinet Member. This is part of the Care Quality Commission performance framework "
     "requirements"),
    ("RECOMMENDATION(S):", "The Cabinet Member is asked to note the contents of this report."),
)

FRONT_ONE_LINERS: tuple[tuple[str, str], ...] = (
    ("KEY DECISION:", "No"),
    ("FORWARD PLAN:", "N/A"),
    ("IMPLEMENTATION DATE:", "N/A"),
)

ALTERNATIVE_OPTIONS = (
    "None. The Adult Social Care Department, as part of the performance framework, has to "
    "meet, and report on, agreed targets for the Transformation of Social Care."
)

CAPITAL_HEADER = ("CAPITAL EXPENDITURE", "2009 2010 \u00a3", "2010/ 2011 \u00a3",
                  "2011/ 2012 \u00a3", "2012/ 2013 \u00a3")
CAPITAL_ROWS: tuple[tuple[str, str], ...] = (  # (label, text of the second column)
    ("Gross Increase in Capital Expenditure", ""),
    ("Funded by:", ""),
    ("Sefton Capital Resources", ""),
    ("Specific Capital Resources", ""),
    ("REVENUE IMPLICATIONS", ""),
    ("Gross Increase in Revenue Expenditure", ""),
    ("Funded by:", ""),
    ("Sefton funded Resources", ""),
    ("Funded from External Resources", ""),
    ("Does the External Funding have an expiry date? Y/N", "When?"),
    ("How will the service be funded post expiry?", ""),
)
CAPITAL_UNDERLINED = {"CAPITAL EXPENDITURE", "REVENUE IMPLICATIONS"}

CONSULTATION = (
    "The Head of Corporate Legal Services has been consulted and has no comments on this "
    "report LD0033/11",
    "The Head of Corporate Finance and Information Services has been consulted and has no "
    "comments on the report \u2013 FD626",
)

# (number, objective, column ticked: 0 positive, 1 neutral, 2 negative)
CORPORATE_OBJECTIVES: tuple[tuple[str, str, int], ...] = (
    ("1", "Creating a Learning Community", 1),
    ("2", "Creating Safe Communities", 1),
    ("3", "Jobs and Prosperity", 1),
    ("4", "Improving Health and Well-Being", 0),
    ("5", "Environmental Sustainability", 1),
    ("6", "Creating Inclusive Communities", 0),
    ("7", "Improving the Quality of Council Services and Strengthening local Democracy", 0),
    ("8", "Children and Young People", 0),
)

BACKGROUND_PAPERS = "LIST OF BACKGROUND PAPERS RELIED UPON IN THE PREPARATION OF THIS REPORT"

# ---------------------------------------------------------------------------
# Seed 002: the return

RETURN_HEADING = (
    "December 2010",
    "Progress with Putting People First milestones",
    "Council: Sefton MBC",
    "Date Completed: 5^th^ January 2011",
    "Underpinning Requirements",
)

RATING_HEADS_1 = ("Red", "Amber/Red", "Amber / Green", "Green")
RATING_HEADS_2 = ("Red", "Amber/Red", "Amber/ Green", "Green")

# (question or requirement text, column of the X: 0 Red .. 3 Green)
ENGAGEMENT: tuple[str, tuple[tuple[str, int], ...]] = (
    "Are all stakeholders fully engaged and supportive of local planning for "
    "\u201cPutting People First\u201d",
    (
        ("The full engagement of all service users.", 3),
        ("The full engagement of all staff working to support the delivery of care, which "
         "includes people working in the provider services and third sector organisations.", 3),
        ("The full engagement of Primary Care Trusts and the wider health community.", 3),
        ("The full engagement of local politicians", 3),
        ("The full engagement of all parts of local councils and of other key strategic "
         "partners.", 3),
        ("The support of regional and national programmes.", 3),
    ),
)
ARRANGEMENTS: tuple[str, tuple[tuple[str, int], ...]] = (
    "Are the following Key Arrangements resolved and in place",
    (
        ("A system is in place, which manages the risks associated with the transformation "
         "that includes both the risks for individuals and financial and other risks", 3),
        ("Clarity of the business models that will need to be adapted to support the "
         "transformation", 3),
        ("Financial systems, which support the delivery of personal budgets.", 3),
        ("A local project plan for the delivery of the transformation with clear projections "
         "and targets to reach locally identified milestones", 3),
        ("Business cases, which track the new investments, and disinvestments that will be "
         "required to support the change.", 2),
        ("A workforce strategy that supports the transformation", 3),
    ),
)


@dataclass(frozen=True)
class Question:
    text: str
    answer: tuple[str, ...] = ()  # answer paragraphs; () for an empty answer box
    lead: str = ""  # a plain paragraph before the bulleted question ("If No to the above")
    dot: bool = False  # the seed dump shows a literal "•" before this question


@dataclass(frozen=True)
class MilestoneTable:
    number: int
    title: str
    description: tuple[str, ...]
    deliverables: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    marks_below: bool  # M1 and M5: the Y sits in a row below the option, not beside it
    april_2011: str  # the likelihood option marked for April 2011
    questions: tuple[Question, ...]
    risk: str
    mitigation: str
    page_breaks: tuple[str, ...] = field(default=())  # row keys that start a new page


M1 = MilestoneTable(
    1,
    "Effective partnerships with People using services, carers and other local citizens",
    (
        "Successful delivery of Putting People First will depend on citizens, people "
        "accessing care and support and carers working in a co-productive relationship with "
        "Local Authorities and their partners at all levels in the design, planning and "
        "delivery of new personalised systems and services.",
        "Formal and informal structures should be in place to allow citizens and the full "
        "spectrum of user and carer representatives to contribute to the local design and "
        "delivery of social care transformation. This should go well beyond traditional "
        "\u201cconsultation\u201d",
        "User-led organisations can provide expertise (such as service user experience) that "
        "is not always available within local authorities and this expertise should be "
        "harnessed to co-produce the transformation of social",
    ),
    (
        (
            "That a communication has been made to the public including all current service "
            "users and to all local stakeholders about the transformation agenda and its "
            "benefits for them.",
            "That the move to personal budgets is well understood and that local service "
            "users are contributing to the development of local practice. [By Dec 2009]",
            "That users and carers are involved with and regularly consulted about the "
            "councils plans for transformation of adult social care.",
        ),
        (
            "That local service users understand the changes to personal budgets and that "
            "many are contributing to the development of local practice.",
        ),
        (
            "That every council area has at least one user-led organisation who are directly "
            "contributing to the transformation to personal budgets. (By December 2010)",
        ),
    ),
    True,
    "Very likely",
    (
        Question(
            "Does our Authority have plans in place to meet the DH target of a User Led "
            "Organisation (ULO) in place by the end of 2010?",
            ("Yes, a new Disabled Living Centre opened in Southport in late 2010. Service "
             "Users make up the majority of project board membership and lead on running the "
             "centre. The centre provides a multitude of services under one roof including "
             "O/T therapy sessions and demonstration of equipment (inc Assistive Technology), "
             "housing adaptations, Access to Welfare Rights Advisors, Shopmobility, Support "
             "groups, Training opportunities and work experience.",),
        ),
        Question(
            "Is there a programme board for the delivery of PPF that has direct "
            "representation of users/carers?",
            ("Yes, the Sefton Expert Stakeholder Panel has been in operation since early 2009. "
             "The Panel has representation from the public, service users, adults with "
             "physical disabilities, learning disabilities and sensory impairments and carers. "
             "This panel has the remit of scrutinising the Councils Transforming Social Care "
             "agenda (inc PPF Milestones and the Transforming Community Services agenda for "
             "NHS Sefton.",),
        ),
        Question(
            "Does our Authority have a range of means at all levels to effectively co-produce "
            "transformation with people who use care and support?",
            ("Yes, there are various groups and forums throughout the borough i.e. The "
             "Learning Disability Partnership Board, The Sefton Partnership for Older People, "
             "The Health & Social Care Forum, The Ability Group (Physically disabled & Sensory "
             "impaired users) and others involved in the Transformation agenda. Their "
             "feedback, comments and ideas are pro-actively fed into current and future plans "
             "for personalisation. From Aug 2010, all new service users have automatically "
             "been offered a personal budget, which includes the offer of assisted "
             "assessments, support plans and outcome focussed reviews. Staff have attended "
             "training /awareness sessions regarding Assisted Assessment, person centred "
             "support planning and outcome focussed reviews. A new person centred electronic "
             "Support Planning template has been designed to assist care management staff. "
             "This template converts to an easy read document for users.",),
        ),
        Question(
            "What are we planning to do next?",
            ("A reconfiguration of care management teams will take place in late January "
             "2011. This will standardise practice across the borough and enable social work "
             "staff to better support the personalisation agenda.",),
        ),
        Question(
            "What could prevent us from achieving this milestone?",
            ("Levels of uncertainty re funding in future years.",),
            dot=True,
        ),
        Question(
            "What external support would help?",
            ("Continued support form the north west JIP.",),
            dot=True,
        ),
    ),
    "Key Risks; Council's Financial situation",
    "Mitigating Actions; The promotion of Transforming Social Care as a borough wide "
    "initiative so that it is not solely dependent upon social care resources",
    ("opt_d", "q4"),
)

M2 = MilestoneTable(
    2,
    "Self-directed support and personal budgets",
    (
        "Success on this milestone would mean systems are in place to allow citizens who "
        "require social care support to easily find and choose quality support, and control "
        "when and where services are provided, and by whom.",
        "For those citizens eligible for council funding, the amount available to those "
        "individuals should be known prior to starting person centred support planning.",
        "People should have the ability to spend part or all of their money in a way that "
        "they choose; including being able to mix directly purchased and council provided "
        "services.",
        "Extra help should be available to any citizen that needs help with information and "
        "advice or to negotiate their support.",
    ),
    (
        ("That every council has introduced personal budgets, which are being used by "
         "existing or new service users/ carers.",),
        ("That all new service users / carers (with assessed need for ongoing support) are "
         "offered a personal budget. That all service users whose care plans are subject to "
         "review are offered a personal budget.",),
        ("That at least 30% of eligible service users/carers have a personal budget.",),
    ),
    False,
    "Very likely",
    (
        Question("Have we started to issue personal budgets?", ("Yes",)),
        Question("On what date are we planning to start issuing personal budgets?",
                 lead="If No to the above"),
        Question("Is this a pilot or mainstream activity for all new customers?",
                 ("This has been mainstream activity since 1^st^ August 2010.",)),
        Question("What are we planning to do next?",
                 ("The Department continues to refine the assessment/support planning & "
                  "outcome focussed review process and regularly reviews practice.",)),
        Question("What could prevent us from achieving this milestone?", ("N/A",)),
        Question("What external support would help?", ("Continued JIP support.",)),
    ),
    "Key Risks; Future funding",
    "Mitigating Actions;",
    ("q1",),
)

M3 = MilestoneTable(
    3,
    "Prevention and cost effective services",
    (
        "This milestone looks at a whole system approach to prevention, intervention and cost "
        "effective services.",
        "This includes the support available that will help any citizen requiring help to "
        "stay independent for as long as possible. A key part of this is ensuring "
        "council-wide and partnership approaches to universal services e.g. leisure, adult "
        "education, transport, employment, healthy living and health improvement (backed by "
        "targeted intervention), along with housing and supported living options.",
        "Examples of intervention include reablement type services that help people regain "
        "independence to live in their own home. It also helps people to avoid becoming "
        "dependent on council provided services with national studies demonstrating many "
        "people finish reablement services with either a reduced need for care, or no "
        "ongoing requirement at all.",
        "It is important that the council and the NHS are jointly investing in early "
        "intervention and prevention and monitoring the effectiveness of services together "
        "e.g. Joint interventions at best include telecare, case finding/case co-ordination "
        "and joint teams for complex and end of life care.",
        "Being able to evidence these types of savings is crucial, and reablement type "
        "services should form an intrinsic part of any Putting People First operating model.",
    ),
    (
        ("That every council has a clear strategy, jointly with health, for how it will "
         "shift some investment from reactive provision towards preventative and enabling/ "
         "rehabilitative interventions for 2010/11. Agreements should be in place with health "
         "to share the risks and benefits to the 'whole system'.",),
        ("That processes are in place to monitor across the whole system the impact of this "
         "shift in investment towards preventative and enabling services. This will enable "
         "efficiency gains to be captured and factored into joint investment planning, "
         "especially with health.",),
        ("That there is evidence that cashable savings have been released as a result of the "
         "preventative strategies and that overall social care has delivered a minimum of 3% "
         "cashable savings. There should also be evidence that joint planning has been able "
         "to apportion costs and benefits across the 'whole system'.",),
    ),
    False,
    "Fairly likely",
    (
        Question("Do we have a strategy and/or an investment programme for Prevention and "
                 "Early Intervention?",
                 ("Sefton Council, in partnership with NHS Sefton and Sefton CVS, launched a "
                  "Prevention and Early Intervention Strategy in October 2009. This strategy "
                  "emanated from Prevention Network meetings that took place earlier in 2009. "
                  "The network includes membership from statutory and voluntary sector "
                  "agencies and providers. This will be supplemented by a borough-wide "
                  "multi-agency Advocacy Strategy in 2011.",)),
        Question("Are health partners involved in this strategy?",
                 ("NHS Sefton (including Public Health) are committed partners to the "
                  "Prevention Strategy and have been heavily involved since its inception.",)),
        Question("What are we planning to do next?",
                 ("In partnership with NHS Sefton and Sefton CVS, we are currently developing "
                  "a borough-wide multi-agency Advocacy Strategy.",)),
        Question("What could prevent us from achieving this milestone?",
                 ("Changes in funding streams",)),
        Question("What external support would help?", ("JIP support.",)),
    ),
    "Key Risks; Future funding of voluntary organisations",
    "Mitigating Actions;",
    ("q0",),
)

M4 = MilestoneTable(
    4,
    "Information and advice",
    (
        "All citizens should be able to easily find locally relevant quality information and "
        "advice about their care and support needs in order to enable control and inform "
        "choice. Information should be available in a range of formats and through channels "
        "to make it accessible to all groups. Provision of information, advice and guidance "
        "should move from being largely developed from separate initiatives to a single "
        "coherent service strategy.",
    ),
    (
        ("That every council has a strategy in place to create universal information and "
         "advice services.",),
        ("That the council has put in place arrangements for universal access to information "
         "and advice.",),
        ("That the public are informed about where they can go to get the best information "
         "and advice about their care and support needs.",),
    ),
    False,
    "Very likely",
    (
        Question("Do we have a strategy for universal access to information, support and "
                 "guidance for adult social care?",
                 ("Yes, the Department works with Sefton CVS, the Carers Centre and other "
                  "agencies to ensure that information is available to the public. Provider "
                  "information is available via the Councils Family Services Directory",)),
        Question("Are self-funders (i.e. all citizens) included in this strategy so they can "
                 "make use of both universal and paid for services to stay independent?",
                 ("Yes, all citizens can access information and support services",)),
        Question("On what date is it expected this strategy will be delivered?",
                 ("Prevention and Early Intervention Strategy launched in October 2009. "
                  "Advocacy Strategy to be launched in 2011.",)),
        Question("Is the council helping voluntary organisations and other partners provide "
                 "universal information and advice to a wide range of the population",
                 ("Yes, the Council in partnership with Sefton CVS have a Communication "
                  "Strategy that aims to ensure that appropriate and accurate information is "
                  "fed to the public in a timely manner.",),
                 dot=True),
        Question("What are we planning to do next?",
                 ("We will continue to refine the Communication Strategy to ensure quality "
                  "and accessibility of information.",),
                 dot=True),
        Question("What could prevent us from achieving this milestone?", dot=True),
        Question("What external support would help?", ("Continued JIP support.",), dot=True),
    ),
    "Key Risks;",
    "Mitigating Actions;",
    ("q3",),
)

M5 = MilestoneTable(
    5,
    "Local commissioning",
    (
        "Councils need to ensure the development of a diverse and high quality market in care "
        "and support services to offer real choice and control to service users and their "
        "carers.",
        "Commissioning strategies based on the local JSNA, and in partnership with other "
        "local commissioners, providers and consumers of services should incentivise "
        "development of diverse and high quality services, and balance investment in "
        "prevention, early intervention/reablement with provision of care and support for "
        "those with high-level complex needs.",
        "User-led initiatives and a much wider range and scale of services to address local "
        "need should emerge, in a market that is increasingly populated by individual "
        "purchasers.",
    ),
    (
        (
            "That councils and PCTs have commissioning strategies that address the future "
            "needs of their local population and have been subject to development with all "
            "stakeholders especially service users and carers; providers and third sector "
            "organisations in their areas.",
            "These commissioning strategies take account of the priorities identified "
            "through their JSNAs.",
        ),
        (
            "That providers and third sector organisations are clear on how they can respond "
            "to the needs of people using personal budgets.",
            "An increase in the range of service choice is evident.",
            "That councils have clear plans regarding the required balance of investment to "
            "deliver the transformation agenda.",
        ),
        (
            "That stakeholders are clear on the impact that purchasing by individuals, both "
            "publicly (personal budgets) and privately funded, will have on the procurement "
            "of councils and PCTs in such a way that will guarantee the right kind of supply "
            "of services to meet local care and support needs.",
        ),
    ),
    True,
    "Very likely",
    (
        Question("Are we working with providers so they understand how we want them to "
                 "develop and how they can develop flexible support arrangements?",
                 ("The Adult Social Care Department hold regular 'Provider Forums' that aim to "
                  "support and engage with providers. These meetings give providers an "
                  "opportunity to discuss new ways of providing 'forward looking' services to "
                  "citizens in receipt of personal budgets",)),
        Question("Have we clear links between adults social care transformation and the NHS "
                 "local services commissioning?",
                 ("The Departments' eight work streams for Transforming Social Care have been "
                  "closely aligned with work streams for NHS Seftons' Transforming Community "
                  "Services. In particular, Acute Care in the Community, End of Life and Long "
                  "Term Conditions has strong links with TSC actions. The Department hold "
                  "regular Joint Commissioning Meetings with NHS Sefton colleagues.",)),
        Question("How have commissioning and contracting arrangements been changed to enable "
                 "providers to offer choice and flexibility",
                 ("Engaging providers via a series of developmental workshops and engaging "
                  "them in the development of a Market Facilitation Strategy. The Market "
                  "Facilitation Strategy Action Plan continues to be refreshed and updated in "
                  "partnership with Care Providers.",)),
        Question("How are we shaping the market in order to develop a supply of services that "
                 "will meet the needs of all citizens that require social care?",
                 ("Via the Commissioning and Market Development work stream, care providers "
                  "are actively encouraged to participate in forum meetings to discuss the "
                  "vision for future care services and receive support and advice from "
                  "Council procurement staff to develop new services in the borough.",)),
        Question("To what extent are users, carers, providers and third sectors been involved "
                 "in developing the commissioning strategy?",
                 ("The Adult Social Care Department has recently refreshed the Adults "
                  "Commissioning Strategy and Framework. The Expert Stakeholder Panel and the "
                  "Sefton 3000 (3000 Sefton Citizens \u2013 postal consultation group) were "
                  "consulted in 2010 regarding their views on future service provision. This "
                  "feedback has informed the refreshed Strategy.",)),
        Question("What are we planning to do next?",
                 ("We continue to host Provider meetings to further develop and refine the "
                  "Market Facilitation Strategy. The Dept monitor and review on a regular "
                  "basis with further development of the action plan.",)),
        Question("What could prevent us from achieving this milestone?", ("n/a",)),
        Question("What external support would help?",
                 ("JIP Support has been invaluable in this area.",), dot=True),
    ),
    "Key Risks;",
    "Mitigating Actions; We have managed to separate this developmental initiative from the "
    "annual 'fee level' debate with service providers.",
    ("opt_d", "q7"),
)

MILESTONE_TABLES: tuple[MilestoneTable, ...] = (M1, M2, M3, M4, M5)

HOW_LIKELY = "How likely are we to achieve this milestone by this date?"


def _mark(m: MilestoneTable, option: str) -> str:
    return "Y" if m.april_2011 == option else ""


def option_rows(m: MilestoneTable) -> list[Row]:
    """The likelihood block, laid out as the seed lays it out for this milestone."""
    lab = "likely"
    rows: list[Row] = []
    if m.marks_below:
        # M1, M5: option cells span both columns of a deadline; the marks are a row below.
        assert m.april_2011 == "Very likely", "marks-below layout only carries Very likely"
        rows.append(Row("opt_a", (label(HOW_LIKELY, lab), c("Achieved", 2), c("Achieved", 2),
                                  c("Very likely", 2))))
        rows.append(Row("opt_marks", (label("", lab), c("Y", 2), c("Y", 2), c("Y", 2))))
    else:
        # M2, M3, M4: each option has its own mark cell beside it.
        rows.append(Row("opt_a", (label(HOW_LIKELY, lab), c("Achieved"), c("Y"), c("Achieved"),
                                  c("Y"), c("Very likely"), c(_mark(m, "Very likely")))))
    rows.append(Row("opt_b", (label("", lab), c("Reason if not achieved", 2),
                              c("Reason if not achieved", 2), c("Fairly likely"),
                              c(_mark(m, "Fairly likely")))))
    rows.append(Row("opt_c", (label("", lab), c("", 2), c("", 2), c("Fairly unlikely"),
                              c(_mark(m, "Fairly unlikely")))))
    rows.append(Row("opt_d", (label("", lab), c("When to be achieved", 2),
                              c("When to be achieved", 2), c("Very unlikely"),
                              c(_mark(m, "Very unlikely")))))
    return rows


def question_cell(q: Question, in_html: bool) -> Cell:
    paras: list[Para] = []
    if q.lead:
        paras.append(Para(q.lead))
    paras.append(Para(q.text, bullet=True, dot=q.dot and in_html))
    return Cell(tuple(paras), 3)


def milestone_rows(m: MilestoneTable, in_html: bool = False) -> list[Row]:
    """All rows of one milestone table, on the 7-column grid."""
    rows = [
        Row("header", (c(f"Milestone {m.number}:"), c(m.title, 6)), header=True),
        Row("description", (c("Description:"), cp(m.description, 6))),
        Row("dates", (c("Key Dates and Deliverables:"), c("April 2010", 2),
                      c("October 2010", 2), c("April 2011", 2))),
        Row("deliverables", (c(), *(cp(d, 2) for d in m.deliverables))),
        Row("yn", (c(), c("Y/N", 2), c("Y/N", 2), c("Y/N", 2))),
        *option_rows(m),
    ]
    for i, q in enumerate(m.questions):
        rows.append(Row(f"q{i}", (label("Key Questions:" if i == 0 else "", "questions"),
                                  question_cell(q, in_html), cp(q.answer, 3))))
    rows.append(Row("risks", (c("Key Risks and Mitigating Actions:"), c(m.risk, 3),
                              c(m.mitigation, 3))))
    rows.append(Row("useful", (c("Useful Information:"), c("", 6))))
    for row in rows:
        assert sum(cell.span for cell in row.cells) == GRID, (m.number, row.key)
    return rows


# ---------------------------------------------------------------------------
# Word


SUP = re.compile(r"\^(\w+)\^")


def add_runs(p: Paragraph, text: str, bold: bool = False, underline: bool = False) -> None:
    """Write text into a paragraph: "\\n" becomes a line break, ^xx^ a superscript run."""
    for i, line in enumerate(text.split("\n")):
        if i:
            p.add_run().add_break(WD_BREAK.LINE)
        for j, piece in enumerate(SUP.split(line)):
            if not piece:
                continue
            run = p.add_run(piece)
            run.bold = bold or None
            run.underline = underline or None
            if j % 2:
                run.font.superscript = True


def fill_cell(cell_obj: _Cell, paras: Sequence[Para], doc: DocxDocument) -> None:
    first = True
    for para in paras:
        p = cell_obj.paragraphs[0] if first else cell_obj.add_paragraph()
        first = False
        if para.bullet:
            p.style = doc.styles["List Bullet"]
        add_runs(p, para.text, para.bold, para.underline)


def set_repeat_header(table: Table) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def add_grid_table(doc: DocxDocument, rows: Sequence[Row], ncols: int) -> Table:
    """A table on an ncols grid: spans become gridSpan, label groups become vMerge."""
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    groups: dict[str, list[int]] = {}
    for r, row in enumerate(rows):
        col = 0
        for cell in row.cells:
            target = table.cell(r, col)
            if cell.span > 1:
                target = target.merge(table.cell(r, col + cell.span - 1))
            fill_cell(target, cell.paras, doc)
            if cell.group:
                groups.setdefault(cell.group, []).append(r)
            col += cell.span
        if row.header:
            set_repeat_header(table)
    for members in groups.values():
        # A label group is always column 0 and a run of consecutive rows.
        assert members == list(range(members[0], members[-1] + 1))
        if len(members) > 1:
            table.cell(members[0], 0).merge(table.cell(members[-1], 0))
    return table


def set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm, strict=True):
        col.set(qn("w:w"), str(int(Cm(w).twips)))


def heading_para(doc: DocxDocument, text: str, bold: bool = True) -> Paragraph:
    p = doc.add_paragraph()
    add_runs(p, text, bold=bold)
    return p


def build_docx(path: Path) -> None:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.0))

    # Cover report front matter: a borderless two-column table, as council templates do.
    front = doc.add_table(rows=len(FRONT_MATTER), cols=2)
    for r, (lab, value) in enumerate(FRONT_MATTER):
        add_runs(front.cell(r, 0).paragraphs[0], lab, bold=True)
        add_runs(front.cell(r, 1).paragraphs[0], value)
    set_widths(front, (4.5, 12.5))
    doc.add_paragraph()
    for head, text in FRONT_SECTIONS:
        heading_para(doc, head)
        doc.add_paragraph(text)
    for head, text in FRONT_ONE_LINERS:
        p = doc.add_paragraph()
        add_runs(p, head, bold=True)
        add_runs(p, " " + text)
    heading_para(doc, "ALTERNATIVE OPTIONS:")
    doc.add_paragraph(ALTERNATIVE_OPTIONS)
    for head in ("IMPLICATIONS:", "Budget/Policy Framework:", "Financial:"):
        heading_para(doc, head)

    capital = [Row("cap_head", tuple(c(t, underline=(i == 0))
                                     for i, t in enumerate(CAPITAL_HEADER)))]
    for lab, second in CAPITAL_ROWS:
        capital.append(Row("cap", (c(lab, underline=lab in CAPITAL_UNDERLINED), c(second),
                                   c(), c(), c())))
    set_widths(add_grid_table(doc, capital, 5), (7.0, 2.5, 2.5, 2.5, 2.5))
    doc.add_paragraph()
    for head in ("Legal:", "Risk Assessment:", "Asset Management:", "CONSULTATION UNDERTAKEN:"):
        heading_para(doc, head)
    for text in CONSULTATION:
        doc.add_paragraph(text, style="List Bullet")
    heading_para(doc, "CORPORATE OBJECTIVE MONITORING:")
    objectives = [Row("obj_head", (c("Corporate Objective", 2, underline=True),
                                   c("Positive Impact", underline=True),
                                   c("Neutral Impact", underline=True),
                                   c("Negative Impact", underline=True)))]
    for num, text, col in CORPORATE_OBJECTIVES:
        ticks = tuple(c(SQRT if i == col else "") for i in range(3))
        objectives.append(Row("obj", (c(num), c(text), *ticks)))
    set_widths(add_grid_table(doc, objectives, 5), (1.0, 8.0, 2.7, 2.7, 2.6))
    doc.add_paragraph()
    heading_para(doc, BACKGROUND_PAPERS)

    # The return, on a new page.
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for i, text in enumerate(RETURN_HEADING):
        heading_para(doc, text, bold=i in (0, 1, 4))
    for question, heads, items in (
        (ENGAGEMENT[0], RATING_HEADS_1, ENGAGEMENT[1]),
        (ARRANGEMENTS[0], RATING_HEADS_2, ARRANGEMENTS[1]),
    ):
        rows = [Row("req_head", (c(question), *(c(h) for h in heads)))]
        for text, col in items:
            rows.append(Row("req", (c(text), *(c("X" if i == col else "") for i in range(4)))))
        set_widths(add_grid_table(doc, rows, 5), (9.0, 2.0, 2.0, 2.0, 2.0))
        doc.add_paragraph()

    for m in MILESTONE_TABLES:
        table = add_grid_table(doc, milestone_rows(m), GRID)
        set_widths(table, (3.4, 2.0, 0.9, 2.9, 0.9, 2.9, 0.8))
        doc.add_paragraph()

    props = doc.core_properties
    props.author = "Sefton MBC"
    props.last_modified_by = "Sefton MBC"
    props.title = "Transforming Social Care Quarterly Progress Report"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1

    buf = io.BytesIO()
    doc.save(buf)
    path.write_bytes(normalise_zip(buf.getvalue()))


def normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps, so the output is byte-stable."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, ZIP_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------------------
# HTML (hand-written markup; no conversion tool)


def esc(text: str) -> str:
    """Escape text for HTML; ^xx^ becomes <sup>xx</sup>, "\\n" becomes <br>."""
    out = html.escape(text, quote=False)
    out = SUP.sub(r"<sup>\1</sup>", out)
    return out.replace("\n", "<br>")


def cell_html(paras: Sequence[Para]) -> str:
    parts: list[str] = []
    multi = len(paras) > 1
    for para in paras:
        text = esc(para.text)
        if para.bold:
            text = f"<strong>{text}</strong>"
        if para.underline:
            text = f"<u>{text}</u>"
        if para.bullet:
            dot = "\u2022 " if para.dot else ""
            parts.append(f'<ul style="list-style-type: none"><li>{dot}{text}</li></ul>')
        elif multi:
            parts.append(f"<p>{text}</p>")
        else:
            parts.append(text)
    return " ".join(parts)


def td(paras: Sequence[Para], colspan: int = 1, rowspan: int = 1) -> str:
    attrs = ""
    if colspan > 1:
        attrs += f' colspan="{colspan}"'
    if rowspan > 1:
        attrs += f' rowspan="{rowspan}"'
    return f"<td{attrs}>{cell_html(paras)}</td>"


def regrid(row: Row, ncols: int) -> list[Cell]:
    """A row's cells on a continuation page's narrower grid, as a paged export lays it out.

    Every cell takes one column and the last cell takes what is left: the seed's
    continuation pages show "Milestone n: | title", "| question | answer" and
    "| When to be achieved | When to be achieved | Very unlikely |".
    """
    cells = [Cell(cell.paras, 1, cell.group) for cell in row.cells]
    last = cells[-1]
    cells[-1] = Cell(last.paras, ncols - len(cells) + 1, last.group)
    return cells


def table_html(rows: Sequence[Row], continuation: bool, css: str) -> list[str]:
    """One <table>; a label group becomes a rowspan over its rows in this table."""
    ncols = max(len(r.cells) for r in rows) if continuation else GRID
    out = [f'<table class="{css}" border="1" cellspacing="0" cellpadding="4">']
    i = 0
    while i < len(rows):
        row = rows[i]
        cells = regrid(row, ncols) if continuation else list(row.cells)
        out.append("<tr>")
        tds: list[str] = []
        for cell in cells:
            if cell.group:
                if i > 0 and rows[i - 1].cells[0].group == cell.group:
                    continue  # covered by the rowspan above
                span = 1
                while i + span < len(rows) and rows[i + span].cells[0].group == cell.group:
                    span += 1
                tds.append(td(cell.paras, 1, span))
            else:
                tds.append(td(cell.paras, cell.span))
        out.append("  " + "".join(tds))
        out.append("</tr>")
        i += 1
    out.append("</table>")
    return out


def paged(rows: Sequence[Row], breaks: Sequence[str]) -> Iterator[list[Row]]:
    """Split a milestone's rows into pages, each continuation starting with the header row."""
    header = rows[0]
    page: list[Row] = []
    for row in rows:
        if row.key in breaks:
            yield page
            page = [header]
        page.append(row)
    yield page


def requirements_html(question: str, heads: Sequence[str],
                      items: Sequence[tuple[str, int]]) -> list[str]:
    out = ['<table class="requirements" border="1" cellspacing="0" cellpadding="4">',
           "<tr>" + "".join(f"<td>{esc(t)}</td>" for t in (question, *heads)) + "</tr>"]
    for text, col in items:
        marks = "".join(f"<td>{'X' if i == col else ''}</td>" for i in range(4))
        out.append(f"<tr><td>{esc(text)}</td>{marks}</tr>")
    out.append("</table>")
    return out


SEFTON_HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Transforming Social Care Quarterly Progress Report - Cabinet Member Health and \
Social Care, 16 February 2011 | Sefton Council</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/sefton/css/main.css">
<style>
table { border-collapse: collapse; margin-bottom: 1em; }
td { vertical-align: top; }
.page-break { page-break-before: always; }
</style>
</head>
<body>
<div id="wrapper">
<header id="site-header">
  <a class="logo" href="/"><img src="/sefton/images/sefton-logo.png" alt="Sefton Council"></a>
  <form class="site-search" action="/search" method="get">
    <label for="q">Search this site</label> <input id="q" name="q" type="text">
    <button type="submit">Go</button>
  </form>
  <ul class="header-links">
    <li><a href="/contact">Contact us</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/az">A to Z of services</a></li>
  </ul>
</header>
<nav id="main-menu">
  <ul>
    <li><a href="/">Home</a></li>
    <li><a href="/adult-social-care">Adult Social Care</a></li>
    <li><a href="/council-tax">Council Tax and Benefits</a></li>
    <li><a href="/schools">Schools and Learning</a></li>
    <li><a href="/bins">Bins and Recycling</a></li>
    <li><a href="/democracy">Your Council</a></li>
  </ul>
</nav>
<div id="breadcrumb"><a href="/">Home</a> &gt; <a href="/democracy">Your Council</a> &gt;
  <a href="/democracy/meetings">Meetings, agendas and minutes</a> &gt;
  Cabinet Member Health and Social Care</div>
<main id="content">
<article class="committee-report">
"""

SEFTON_FOOT = """</article>
</main>
<footer id="site-footer">
  <ul>
    <li><a href="/privacy">Privacy</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/foi">Freedom of Information</a></li>
    <li><a href="/terms">Terms and conditions</a></li>
  </ul>
  <p>Sefton Council, Bootle Town Hall, Oriel Road, Bootle, L20 7AE</p>
  <p>&copy; Sefton Metropolitan Borough Council 2011</p>
</footer>
</div>
</body>
</html>
"""


def sefton_html() -> str:
    out: list[str] = [SEFTON_HEAD]
    for lab, value in FRONT_MATTER:
        out.append(f"<p><strong>{esc(lab)}</strong> {esc(value)}</p>")
    for head, text in FRONT_SECTIONS:
        out.append(f"<p><strong>{esc(head)}</strong></p>\n<p>{esc(text)}</p>")
    for head, text in FRONT_ONE_LINERS:
        out.append(f"<p><strong>{esc(head)}</strong> {esc(text)}</p>")
    out.append(f"<p><strong>ALTERNATIVE OPTIONS:</strong></p>\n<p>{esc(ALTERNATIVE_OPTIONS)}</p>")
    out.append("<p><strong>IMPLICATIONS:</strong></p>")
    out.append("<p><strong>Budget/Policy Framework:</strong></p>")
    out.append("<p><strong>Financial:</strong></p>")
    out.append('<table class="finance" border="1" cellspacing="0" cellpadding="4">')
    out.append("<tr>" + "".join(
        f"<td>{'<u>' + esc(t) + '</u>' if i == 0 else esc(t)}</td>"
        for i, t in enumerate(CAPITAL_HEADER)) + "</tr>")
    for lab, second in CAPITAL_ROWS:
        first = f"<u>{esc(lab)}</u>" if lab in CAPITAL_UNDERLINED else esc(lab)
        out.append(f"<tr><td>{first}</td><td>{esc(second)}</td><td></td><td></td><td></td></tr>")
    out.append("</table>")
    for head in ("Legal:", "Risk Assessment:", "Asset Management:", "CONSULTATION UNDERTAKEN:"):
        out.append(f"<p><strong>{esc(head)}</strong></p>")
    out.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in CONSULTATION) + "</ul>")
    out.append("<p><strong>CORPORATE OBJECTIVE MONITORING:</strong></p>")
    out.append('<table class="objectives" border="1" cellspacing="0" cellpadding="4">')
    out.append('<tr><td colspan="2"><u>Corporate Objective</u></td><td><u>Positive Impact</u>'
               "</td><td><u>Neutral Impact</u></td><td><u>Negative Impact</u></td></tr>")
    for num, text, col in CORPORATE_OBJECTIVES:
        ticks = "".join(f"<td>{SQRT if i == col else ''}</td>" for i in range(3))
        out.append(f"<tr><td>{num}</td><td>{esc(text)}</td>{ticks}</tr>")
    out.append("</table>")
    out.append(f"<p><strong>{esc(BACKGROUND_PAPERS)}</strong></p>")

    out.append('<div class="page-break"></div>')
    for text in RETURN_HEADING:
        out.append(f"<p>{esc(text)}</p>")
    out += requirements_html(ENGAGEMENT[0], RATING_HEADS_1, ENGAGEMENT[1])
    out += requirements_html(ARRANGEMENTS[0], RATING_HEADS_2, ARRANGEMENTS[1])
    for m in MILESTONE_TABLES:
        rows = milestone_rows(m, in_html=True)
        for n, page in enumerate(paged(rows, m.page_breaks)):
            if n:
                out.append('<div class="page-break"></div>')
            out += table_html(page, continuation=n > 0, css="milestone")
        out.append("<p>&nbsp;</p>")
    out.append(SEFTON_FOOT)
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Seed 003: Oxfordshire committee minutes in a modern.gov issue page

OX_TITLE = "Transforming Adult Social Care: Progress Update and Q&A"

OX_INTRO = (
    "It has been agreed that a report on transforming Adult Social Care will be brought to "
    "every meeting of this Committee (AS8) and will include detail on self directed support.",
    "The Cabinet Member for Adult Services and Mr Sinclair will attend to answer any questions "
    "the Committee may wish to ask.",
    "The Committee is invited to track progress and conduct a question and answer session.",
)

OX_MINUTES_OPEN = (
    "It had been agreed that a report on Transforming Adult Social Care (TASC) would be "
    "brought to every meeting of this Committee and would include detail on self directed "
    "support.",
    "The Committee had before it a progress update in relation to TASC (AS8), together with "
    "the Putting People First Milestone Self Improvement Framework (Oxfordshire\u2019s first "
    "quarterly report to the end of December 2009 on progress against the government\u2019s "
    "high level measures and milestones which need to be achieved over the next 18 months "
    "and which will be reported on a quarterly basis to the Department of Health for all "
    "Councils) (Annex 1) and the Programme Definition Document for Transforming Adult Social "
    "Care with an updated risk register (Annex 2).",
    "The Cabinet Member for Adult Services, together with Mr Alan Sinclair (Programme "
    "Director \u2013 Transforming Adult Social Care) and Mr Steve Thomas (Performance "
    "Information Manager) attended for this item in order to answer Members\u2019 questions.",
    "Mr Sinclair summarised progress in relation to TASC as set out in report AS8, reporting "
    "as follows:",
)

OX_SUMMARY = (
    "in relation to the need to better involve and engage with the Districts and the City "
    "Council, there was a need for more information on TASC to be provided by the City "
    "Council and he would be attending a meeting of the City Council\u2019s scrutiny committee "
    "that evening;",
    "although there was already much work underway in relation to the financial systems "
    "needed to support the delivery of personal budgets, more was needed to be done as the "
    "systems were not yet in place. Plans were in place to do this but they needed to be "
    "implemented;",
    "three hundred people had now been allocated a personal budget;",
    "the programme would be going into delivery stage this year (all new service users to "
    "have a personal budget by October 2010) and his concern was to ensure that the system "
    "was sustainable for the future in terms of local commissioning. Altering commissioning "
    "and contracting arrangements to enable providers to offer choice and flexibility had "
    "been limited to date in relation to older people and people with physical disabilities. "
    "In relation to the extent to which users, carers, providers and third sectors had been "
    "involved in developing the commissioning strategy, the involvement of service users was "
    "more developed in learning disabilities and mental health and was beginningto happen for "
    "older people and people with a physical disability. Officers were currently working on "
    "the strategy for people with a physical disability;",
    "officers had now gone out for an expression of interest for brokerage;",
    "the Resource Allocation would be discussed at a Workshop to be held in March;",
    "the future of the community building aspect of the programme would be discussed by the "
    "end of March;",
    "there was only a year\u2019s funding left for TASC so officers were looking at what they "
    "needed to be prioritising, for example, by looking at what they could do in relation to "
    "community building, promoting independence and prevention in the last year of the "
    "programme.",
)

OX_QA_INTRO = (
    "A selection of the Committee\u2019s questions, together with Mr Sinclair\u2019s "
    "responses, is listed below:"
)

OX_QA: tuple[tuple[str, str], ...] = (
    ("Did the people who were part of the accelerated review process and transferring to a "
     "personal budget understand what the Directorate was trying to do, why they had received "
     "a smaller budget and why this was acceptable?",
     "Mr Sinclair undertook to circulate a summary paper to the Committee\u2019s next meeting "
     "summarising comments from the people who had been reviewed for self directed support "
     "and had received a personal budget, giving information on their understanding of the "
     "process, their views and the outcomes."),
    ("How could safeguarding be addressed in terms of brokerage, especially as members of the "
     "family did not need to be registered?",
     "Officers were doing a joint piece of work with the Safeguarding Adults Board on "
     "safeguarding and self directed support which covered how people would be supported "
     "universally through the process, together with targeted support for people that were "
     "being abused. This would be taken to the TASC Programme Board and the Safeguarding "
     "Board. Officers would also be encouraging people to use brokers that were contracted by "
     "the Council although it would not be mandatory."),
    ("What was happening in terms of community building and who was responsible for it?",
     "The Head of Community Services was responsible for community building and this part of "
     "the programme has been one of the least developed areas. Officers were interested in "
     "looking at areas of good practice both within and outside of the county in terms of "
     "what makes a community work well for people that are vulnerable. Some work had been "
     "undertaken in the South East which had focused on small projects and areas, but it had "
     "not looked at how the whole community could support vulnerable people."),
    ("Under \u2018Upcoming key dates for the programme\u2019 the report stated that by April "
     "2011 existing and new eligible people would have a personal budget. Under milestone 2 it "
     "stated that the target for April 2011 was for at least 30% of eligible service "
     "users/carers to have a personal budget. When would this number increase to more than "
     "30%? Under this milestone it also stated that self directed support and personal "
     "budgets would go mainstream for May 2010, but if officers worked on a 3% increase on a "
     "quarterly basis the target would still be 6% short by April 2011.",
     "All eligible service users/carers would receive a personal budget by April 2011. The "
     "30% target had been set by the Department of Health. This target also counted a number "
     "of different groups as service users, who in reality would not be eligible for a "
     "personal budget. The Directorate interpreted the target as all eligible service users."),
    ("With regard to Milestone 4 (Information and Advice) was there a strategy in place to "
     "create universal information and advice services?",
     "There was not at present but a strategy would be in place by April 2010. The risk "
     "related to how the strategy was implemented. The standard of information provision in "
     "adult social care had historically been poor and therefore problem areas needed to be "
     "improved. Some of those risks had been quite high. The mitigation action related to how "
     "the strategy would be implemented."),
    ("If officers were told to make more rapid progress and implement TASC by the end of this "
     "month, what progress could be made?",
     "The roll out of personal budgets county wide could not be carried out by the end of the "
     "month."),
    ("How quickly could personal budgets be rolled out?",
     "There was a difference between doing this well and doing it quickly. Twelve thousand "
     "people were currently in receipt of services from adult social care. Five hundred of "
     "these service users would be reviewed by the end of March. Therefore, it might in "
     "principle be possible to review everyone by the end of June or July. However, to do so "
     "would mean that all adult social care staff would have to solely focus on this task to "
     "the detriment of other important work such as safeguarding and responding to "
     "emergencies. Rolling out personal budgets too quickly could also put vulnerable people "
     "at risk as they might not have been allocated the right amount of money."),
)

OX_CLOSE = (
    "The Committee thanked Mr Sinclair for his informative update and also noted that an "
    "analysis of the potential impact of free personal care on the Transforming Adult Social "
    "Care programme would be undertaken shortly and would be reported to this Committee\u2019s "
    "next scheduled meeting."
)

OX_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Issue - items at meetings - Transforming Adult Social Care: Progress Update and Q&amp;A \
| Oxfordshire County Council</title>
<link type="text/css" href="SiteSpecific/ssMgStyles.css" rel="stylesheet" />
<link type="text/css" href="sitespecific/ssWordStyles.css" rel="stylesheet" />
</head>
<body class="mgIssueHistory">
<div id="cookieBanner" class="cookie-banner" role="dialog" aria-label="Cookies on this site">
  <p>We use cookies to make this website work and to collect information about how you use
  it. <a href="/cookies">Find out more about cookies</a>.</p>
  <button type="button" id="acceptCookies">Accept cookies</button>
  <button type="button" id="rejectCookies">Reject optional cookies</button>
</div>
<div id="header">
  <a href="https://www.oxfordshire.gov.uk/" class="siteLogo"><img src="/images/occ-logo.png" \
alt="Oxfordshire County Council" /></a>
  <form id="siteSearch" action="/search" method="get"><label for="searchQ">Search</label>
  <input type="text" id="searchQ" name="q" /><input type="submit" value="Search" /></form>
</div>
<div id="breadcrumb"><ul class="mgBreadcrumb">
  <li><a href="https://www.oxfordshire.gov.uk/">Home</a></li>
  <li><a href="mgListCommittees.aspx">Councillors, meetings and committees</a></li>
  <li><a href="ieDocHome.aspx">Meetings, agendas, and minutes</a></li>
  <li>Issue - items at meetings</li>
</ul></div>
<div id="nav"><ul class="mgNavigation">
  <li><a href="mgMemberIndex.aspx">Councillors</a></li>
  <li><a href="mgListCommittees.aspx">Committees</a></li>
  <li><a href="mgCalendarMonthView.aspx">Calendar</a></li>
  <li><a href="mgDelegatedDecisions.aspx">Decisions</a></li>
  <li><a href="mgListPlans.aspx">Forward plans</a></li>
  <li><a href="ieDocSearch.aspx">Search documents</a></li>
</ul></div>
<div id="modgov"><div class="mgContent">
"""

OX_FOOT = """</div></div>
<div id="footer">
  <ul class="footerLinks">
    <li><a href="/accessibility">Accessibility</a></li>
    <li><a href="/cookies">Cookies</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/contact">Contact us</a></li>
  </ul>
  <p class="copyright">&copy; Oxfordshire County Council</p>
  <p class="mgPoweredBy">Powered by <a href="http://www.moderngov.co.uk">modern.gov</a></p>
</div>
</body>
</html>
"""

NBSP_PARA = "<p class=\"mgSpacer\">&nbsp;</p>"
BULLET = "\u00b7&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "


def oxfordshire_html() -> str:
    out = [OX_HEAD]
    out.append(f'<h1 class="mgMainTitleTxt">Issue - items at meetings - {esc(OX_TITLE)}</h1>')
    # The meeting line is page furniture written for this corpus (seed 003 does not give
    # the meeting's date); it names only the month of the file's stem.
    out.append('<div class="mgIssueHistoryItem">')
    out.append('<h2 class="mgSubTitleTxt">Meeting: 02/2010 - Adult Services Scrutiny Committee'
               "</h2>")
    out.append('<p class="mgSectionTitle">Agenda item</p>')
    out.append(f'<h3 class="mgAiTitleTxt">{esc(OX_TITLE)}</h3>')
    out.append(NBSP_PARA)
    out.append('<p class="mgAiTime">12:30</p>')
    out.append(NBSP_PARA)
    out.append('<p class="mgContactOfficer">Contact Officer: Alan Sinclair, Programme Director '
               "\u2013 Transforming Adult Social Care, (01865) 323665</p>")
    for text in OX_INTRO:
        out.append(NBSP_PARA)
        out.append(f'<p class="mgAiText">{esc(text)}</p>')
    out.append(NBSP_PARA)
    out.append('<h4 class="mgSubSubTitleTxt">Minutes:</h4>')
    out.append('<div class="mgWordPara">')
    for n, text in enumerate(OX_MINUTES_OPEN):
        if n:
            out.append(NBSP_PARA)
        out.append(f'<p class="MsoNormal">{esc(text)}</p>')
    out.append(NBSP_PARA)
    out.append('<ul class="mgBulletList">')
    for text in OX_SUMMARY:
        out.append(f"<li>{esc(text)}</li>")
    out.append("</ul>")
    out.append(NBSP_PARA)
    out.append(f'<p class="MsoNormal">{esc(OX_QA_INTRO)}</p>')
    for question, answer in OX_QA:
        out.append(NBSP_PARA)
        out.append(f'<p class="MsoListParagraph">{BULLET}{esc(question)}</p>')
        out.append(NBSP_PARA)
        out.append(f'<p class="MsoNormal">{esc(answer)}</p>')
    out.append(NBSP_PARA)
    out.append(f'<p class="MsoNormal">{esc(OX_CLOSE)}</p>')
    out.append(NBSP_PARA)
    out.append("</div>")
    out.append('<div class="mgSupportingDocs"><p><strong>Supporting documents:</strong></p>')
    out.append('<ul class="mgActionList"><li><a href="ieListDocuments.aspx" '
               'class="mgPdfLink">Social Care - Health Committee Contents</a></li></ul></div>')
    out.append("</div>")
    out.append(OX_FOOT)
    return "\n".join(out)


def libreoffice_pdf(docx: Path, target: Path) -> None:
    """The Word rendering printed to PDF by LibreOffice (the milestone tables cross page
    breaks, with the header row repeated). PDF bytes carry a creation time, so they
    differ between runs; the content does not."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("soffice not found: PDF rendering skipped (apt-get install libreoffice-writer)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / f"{target.stem}.docx"
        shutil.copy(docx, src)
        subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                        str(src)], check=True, capture_output=True, timeout=180)
        shutil.move(Path(tmp) / f"{target.stem}.pdf", target)


def main() -> None:
    CORPUS.mkdir(exist_ok=True)
    build_docx(SEFTON_DOCX)
    SEFTON_HTML.write_text(sefton_html(), encoding="utf-8")
    OXFORDSHIRE_HTML.write_text(oxfordshire_html(), encoding="utf-8")
    libreoffice_pdf(SEFTON_DOCX, SEFTON_PDF)
    for path in (SEFTON_DOCX, SEFTON_HTML, OXFORDSHIRE_HTML, SEFTON_PDF):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
