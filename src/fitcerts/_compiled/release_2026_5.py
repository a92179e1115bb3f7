"""Data release 2026.5, compiled from its JSON files by
``python -m fitcerts.codegen``. Generated: do not edit; edit the data and regenerate.
"""

from datetime import date, timedelta  # noqa: F401
from decimal import Decimal  # noqa: F401

from fitcerts.dataformat import (
    ReleaseRecords,
)
from fitcerts.records import (
    Accreditation,
    AssessmentPart,
    Citation,
    Condition,
    ContinuingEducation,
    Credential,
    Disagreement,
    Exam,
    Gap,
    MembershipTier,
    Organization,
    PassRate,
    PassingScore,
    Price,
    Recertification,
    Requirement,
    Source,
)
from fitcerts.vocabulary import (
    AssessmentFormat,
    Audience,
    CareerSetting,
    ConditionKind,
    CredentialKind,
    Currency,
    EarningMethod,
    Education,
    ExamDelivery,
    GapField,
    GapReason,
    OrganizationType,
    PassRatePopulation,
    PriceBound,
    PriceItem,
    QuestionFormat,
    RequirementLevel,
    ScoreScale,
    SourceKind,
    TaxTreatment,
)

# The digests of the files this module was generated from.
DIGESTS = {
    'sources.json': 'bddff5fe6d8e426938d238a58ec66a101b250f51239a0c3b8c43db28d83b377e',
    'organizations.json': '7d521b36b3fb3157585d8c13037116bea6e110978a9f2580e283390df75fea74',
    'credentials.json': '13b80b03ac921bda5cbaf0ca397b732dfe8c97bcf67c0c711ee3f0c0ca109fc1',
}

_S = [
    Source(
        id='article-2025',
        title='Choosing between NSCA and NASM certifications',
        year=2025,
        kind=SourceKind.ARTICLE,
    ),
    Source(
        id='nsca-history',
        title='History',
        publisher='NSCA',
        url='https://www.nsca.com/About-Us/History/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-contact',
        title='Contact information (mailing address)',
        publisher='NSCA',
        url='http://www.nsca.com/ContentTemplates/SimpleArticleTemplate.aspx?id=2147485691',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-faq',
        title='Frequently asked questions',
        publisher='NSCA',
        url='https://www.nsca.com/frequently-asked-questions/',
        year=2015,
        date_note='implied, about 2015: the page announces that Pearson VUE delivers the English-language exams from 1 April 2015',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-recertification',
        title='Recertification (2024-2026 cycle)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/recertification/',
        year=2024,
        date_note='implied: this stored version of the page sets out the 2024-2026 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-recertification-2018',
        title='Recertification (2018-2020 cycle)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/recertification/',
        year=2020,
        date_note='implied: this stored version of the page sets out the 2018-2020 cycle, offers $15 off for recertifying by 31 July 2020 and carries a COVID-19 notice',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs',
        title='CSCS certification',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cscs/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-about',
        title='Certified Strength and Conditioning Specialist',
        publisher='NSCA',
        url='https://dxpprod.nsca.com/cscs',
        year=2024,
        date_note='implied: new-site design read as 2024 or later in the fact tables',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-exam',
        title='CSCS exam description',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cscs/certified-strength-and-conditioning-specialist-exam-description',
        year=2023,
        date_note="implied, earliest possible year: the page gives full-year 2022 results as its latest figures, so it was written in 2023 or later; the page prints no date of its own. facts-nsca.md gives the same reading: '2022 data (>=2023 implied)'",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-exam-2017',
        title='CSCS exam description (older version, with 2017 results)',
        publisher='NSCA',
        url='https://www.nsca.com/cscs-exam-description/',
        year=2017,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-prerequisites',
        title='CSCS exam prerequisites',
        publisher='NSCA',
        url='https://dxpprod.nsca.com/cscs-exam-prerequisites',
        year=2023,
        date_note='implied: it announces the degree rule for 2030 and is read as 2023 or later in the fact tables',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss',
        title='CPSS certification',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cpss/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-apply',
        title='Apply for the CPSS',
        publisher='NSCA',
        url='https://dxpprod.nsca.com/certification/cpss/apply-for-the-cpss',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-eligibility',
        title='CPSS eligibility',
        publisher='NSCA',
        url='https://dxpprod.nsca.com/certification/cpss/eligibility',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-requirements',
        title='CPSS eligibility requirements',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cpss/cpss-eligibility-requirements/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-exam',
        title='CPSS exam description',
        publisher='NSCA',
        url='https://nsca.com/certification/cpss/cpss-exam-description',
        year=2023,
        date_note='implied: its newest pass rate is for 2022, so the page was written in 2023 or later (as the fact tables read it)',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-exam-2021',
        title='CPSS exam description (launch version)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cpss/cpss-exam-description/',
        year=2021,
        date_note="implied: the page announces the exam's 2021 launch and its beta group",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpt',
        title='NSCA-CPT certification',
        publisher='NSCA',
        url='http://www.nsca.com/Certification/CPT/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpt-prep-2008',
        title='Exam preparation strategies for the NSCA-CPT exam',
        publisher='NSCA',
        url='https://vi.scribd.com/document/226464007/NSCA-Exam-Preparation-Strategies-with-Flowchart-for-the-Certified-Personal-Trainer-CPT-Exam-NSCA-2008',
        year=2008,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-csps',
        title='CSPS certification',
        publisher='NSCA',
        url='http://www.nsca.com/Certification/CSPS/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-csps-exam',
        title='CSPS exam description',
        publisher='NSCA',
        url='http://www.nsca.com/certification/csps/certified-special-population-specialist-exam-description/',
        year=2023,
        date_note="implied, earliest possible year: the page gives the 2022 pass rate as its latest figure, so it was written in 2023 or later; the page prints no date of its own. facts-nsca.md gives the same reading: '2022 data (implied >=2023)'",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-csps-exam-2017',
        title='CSPS exam description (2017 version)',
        publisher='NSCA',
        url='https://www.nsca.com/csps-exam-description/',
        year=2017,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-csps-prerequisites',
        title='CSPS exam prerequisites',
        publisher='NSCA',
        url='http://www.nsca.com/certification/csps/csps-exam-prerequisites/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-tactical',
        title='Tactical Strength and Conditioning Facilitator',
        publisher='NSCA',
        url='https://nsca.com/tactical',
        year=2024,
        date_note="No date printed. The page lists the seven-domain TSAC-F exam, and NSCA's TSAC-F exam description says that outline came in with the exam changes of early 2024, so the page is from 2024 or later.",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-tsacf-exam',
        title='TSAC-F exam description',
        publisher='NSCA',
        url='https://www.nsca.com/certification/tsac-f/tactical-strength-and-conditioning-facilitator-exam-description/',
        year=2024,
        date_note='implied: the page describes the exam outline updated in early 2024',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-tsacf-exam-2017',
        title='TSAC-F exam description (2017 version)',
        publisher='NSCA',
        url='https://www.nsca.com/tsac-exam-description/',
        year=2017,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='tests-com-cscs',
        title='CSCS testing',
        publisher='Tests.com',
        url='https://tests.com/CSCS-Testing',
        year=2022,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='coachcram-cscs',
        title='NSCA CSCS: Strength and Conditioning Specialist',
        publisher='CoachCram',
        url='https://coachcram.com/blog/nsca-cscs-strength-conditioning-specialist',
        year=2026,
        date_note="implied: the page cites NSCA's exam report for 2025, so it dates from 2026 at the earliest",
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cscs',
        title='About the CSCS',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/exams/cscs/introduction/about-the-cscs',
        year=2026,
        month=1,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cscs-pass-rate',
        title='CSCS exam pass rate and study tips (2026)',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/blog/cscs-exam-pass-rate-study-tips-2026',
        year=2026,
        date_note="from the page's title, which names 2026",
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='cscsexam-pass-rate',
        title='CSCS pass rate',
        publisher='cscsexam.com',
        url='https://cscsexam.com/blog/cscs-pass-rate',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='movement-system-cscs',
        title='What is the CSCS exam pass rate?',
        publisher='The Movement System',
        url='https://the-movement-system.mykajabi.com/blog/what-is-the-cscs-exam-pass-rate',
        as_of=date(2022, 8, 31),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='mkstrength-2015',
        title='CSCS for the DPT student',
        publisher='MK Strength',
        url='https://mkstrength.wordpress.com/2015/08/01/cscs-for-the-dpt-student-youve-got-questions-weve-got-answers/',
        as_of=date(2015, 8, 1),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='sweatisfree-cscs',
        title='Passing the CSCS exam',
        publisher='Sweat Is Free',
        url='http://sweatisfree.com/passing-the-cscs-exam/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cpss',
        title='NSCA CPSS practice',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/practice/nsca-cpss',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cpt',
        title='NSCA-CPT study guide (2026)',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/blog/nsca-cpt-study-guide-2026',
        as_of=date(2026, 2, 26),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='killexams-nsca-cpt',
        title='NSCA Certified Personal Trainer exam outline',
        publisher='Killexams',
        url='https://killexams.com/exam-syllabus-course-outline-exam-objectives/NSCA-Certified-Personal-Trainer-2024/6300',
        year=2024,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='trainerprep-nsca-cpt',
        title='NSCA-CPT exam pass rate',
        publisher='Trainer Prep',
        url='https://trainerprep.com/nsca-cpt-exam-pass-rate',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='csusb-nsca-cpt',
        title='NSCA Certified Personal Trainer exam',
        publisher='California State University, San Bernardino',
        url='https://www.csusb.edu/recreation-wellness/fitness-wellness/nsca-certified-personal-trainer-exam',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='alliedhealth-nsca-cpt',
        title='Certified Personal Trainer (NSCA-CPT) study guide',
        publisher='Allied Health Exam',
        url='https://alliedhealthexam.com/study-guides/certified-personal-trainer-nsca-cpt',
        year=2026,
        month=5,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='eatsip365-csps',
        title='Your 2026 CSPS certification cost estimate',
        publisher='eatsip365.com',
        url='https://eatsip365.com/your-2026-csps-certification-cost-estimate',
        year=2026,
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='nasm-cpt-exam',
        title='Certified Personal Trainer exam information',
        publisher='NASM',
        url='https://www.nasm.org/certified-personal-trainer/exam-info',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-terms',
        title='Terms and conditions',
        publisher='NASM',
        url='http://nasm.org/landing-pages/terms-and-conditions',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-handbook-2021',
        title='NASM CPT candidate handbook (April 2021)',
        publisher='NASM',
        url='https://www.scribd.com/document/687434029/cpt7-nasm-candidate-handbook-1',
        year=2021,
        month=4,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-handbook-2022',
        title='NASM CPT candidate handbook (November 2022)',
        publisher='NASM',
        url='https://www.scribd.com/document/659796308/NASM-Candidate-Handbook',
        year=2022,
        month=11,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-handbook-2017',
        title='NASM CPT candidate handbook (August 2017)',
        publisher='NASM',
        url='https://pdfrog.com/documents/4f3_certified-personal-trainer-cpt-nasm.html',
        year=2017,
        month=8,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-academic-cpt',
        title='CPT exam information',
        publisher='NASM Academic',
        url='https://nasmacademic.com/cpt-exam-information/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='afaa-terms',
        title='Terms and conditions',
        publisher='AFAA (NASM)',
        url='https://afaa.com/terms-and-conditions',
        year=2024,
        date_note='implied 2024 or later: the page refers to a date of 29 March 2024',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-cpt-recertification',
        title='Personal trainer recertification',
        publisher='NASM',
        url='http://nasm.org/recertify/personal-trainer-recertification',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-recertification-guidelines',
        title='NASM-CPT recertification guidelines',
        publisher='NASM',
        url='https://www.scribd.com/document/666597864/Nasm-Cpt-Recertification-Guidelines',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-csnc-renewal',
        title='Certified Sports Nutrition Coach renewal',
        publisher='NASM',
        url='https://www.nasm.org/recertify/certified-sports-nutrition-coach-renewal',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-cwc-renewal',
        title='Certified Wellness Coach renewal',
        publisher='NASM',
        url='https://www.nasm.org/recertify/certified-wellness-coach-renewal',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-30-years',
        title='NASM: 30 years of fitness industry leadership',
        publisher='NASM',
        url='https://blog.nasm.org/fitness/nasm-30-years-of-fitness-industry-leadership',
        year=2017,
        date_note='implied 2017: the post looks back on 30 years of NASM, founded in 1987',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-pbc-intro',
        title='Introduction to NASM-PBC',
        publisher='NASM',
        url='https://blog.nasm.org/introduction-to-nasm-pbc',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wikipedia-nasm',
        title='National Academy of Sports Medicine',
        publisher='Wikipedia',
        url='https://en.wikipedia.org/wiki/National_Academy_of_Sports_Medicine',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='bionity-nasm',
        title='National Academy of Sports Medicine',
        publisher='Bionity encyclopedia',
        url='https://www.bionity.com/en/encyclopedia/National_Academy_of_Sports_Medicine.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='exercise-science-guide-nasm',
        title='NASM certification',
        publisher='Exercise Science Guide',
        url='http://www.exercise-science-guide.com/certifications/nasm/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='protrainerprep-nasm-cpt',
        title='NASM-CPT review',
        publisher='ProTrainerPrep',
        url='https://protrainerprep.com/blog/nasm-cpt-review',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='fitnesstraineracademy-nasm-cpt',
        title='NASM-CPT exam guide',
        publisher='The Fitness Trainer Academy',
        url='https://thefitnesstraineracademy.org/?p=2291',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='coachcram-nasm-cpt',
        title='How to pass the NASM-CPT exam',
        publisher='CoachCram',
        url='https://coachcram.com/blog/how-to-pass-nasm-cpt-exam',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='coachcram-pes',
        title='NASM Performance Enhancement Specialist (PES)',
        publisher='CoachCram',
        url='https://coachcram.com/exams/nasm-performance-enhancement-specialist-pes',
        year=2026,
        month=6,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='eatsip365-pes',
        title='How to study for the PES certification',
        publisher='eatsip365.com',
        url='https://eatsip365.com/how-to-study-for-the-pes-certification',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='practicetestgeeks-ces',
        title='Corrective Exercise Specialist practice test',
        publisher='Practice Test Geeks',
        url='https://practicetestgeeks.com/corrective-exercise-specialist/ces-practice-test-pdf/amp',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='winenfood-ces',
        title='How to pass the NASM CES certification exam',
        publisher='winenfood.com',
        url='https://winenfood.com/how-to-pass-the-nasm-ces-certification-exam',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ntro-cnc',
        title='What is CNC in NASM?',
        publisher='ntro.it.com',
        url='https://ntro.it.com/what-is-cnc-in-nasm-your-guide-to-the-certified-nutrition-coach-program',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='visualfoodie-cnc',
        title='A guide to the NASM nutrition exam',
        publisher='visualfoodie.com',
        url='https://visualfoodie.com/a-guide-to-the-nasm-nutrition-exam',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='soyouwant-wls',
        title='So you want to be a fitness trainer (August 2020)',
        publisher='personal blog',
        url='https://soyouwanttobeafitnesstrainer.blogspot.com/2020/08',
        as_of=date(2020, 8, 13),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='issa-catalog-2018',
        title='ISSA certification course catalog, effective 1 July 2018 to 30 June 2019',
        publisher='ISSA',
        url='https://scribd.com/document/404001311/issa-certification-course-catalog-1-pdf',
        as_of=date(2018, 7, 1),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-catalog-2014',
        title='ISSA vocational catalog, effective 25 August 2014 to 31 December 2015',
        publisher='ISSA',
        url='https://tr.scribd.com/document/249875948/Issa-Voc-Catalog',
        as_of=date(2014, 8, 25),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-cpt-textbook-2021',
        title='Certified Personal Trainer, chapter 1',
        publisher='ISSA',
        url='https://studylib.net/doc/26162852/cpt-chapter-1-pdf',
        year=2021,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-faq-2024',
        title='How long is the ISSA certification good for?',
        publisher='ISSA',
        url='https://issaonline.com/blog/post/how-long-is-the-issa-certification-good-for-and-other-faqs',
        as_of=date(2024, 4, 8),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-exams',
        title='About the exams',
        publisher='NCCPT (ISSA)',
        url='https://www.nccpt.com/about-exams',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-ce-requirements',
        title='Continuing education requirements',
        publisher='ISSA',
        url='https://www.issaonline.com/continuing-education/requirements.cfm',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='coachcram-issa',
        title='ISSA CPT exam guide',
        publisher='CoachCram',
        url='https://coachcram.com/blog/issa-cpt-exam-guide',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='visualfoodie-issa',
        title='ISSA strength and conditioning certification guide',
        publisher='visualfoodie.com',
        url='https://visualfoodie.com/issa-strength-and-conditioning-certification-guide',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ironcoaching-issa',
        title='ISSA certification guide',
        publisher='Iron Coaching',
        url='https://ironcoaching.app/blog/issa-certification-guide',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ncsf-csc-eligibility',
        title='Certified Strength Coach eligibility rationale',
        publisher='NCSF',
        url='https://www.ncsf.org/certexam/strengthcoach/EligibilityRationale.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-cpt-policies',
        title='Personal trainer exam policies and procedures',
        publisher='NCSF',
        url='https://www.ncsf.org/certification-exam/policies-procedures/personal-trainer.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-csc-handbook-2017',
        title='Certified Strength Coach candidate handbook',
        publisher='NCSF Board for Certification',
        url='https://pdfslide.us/documents/national-council-on-strength-fitness-organizations-non-participating-colleges.html',
        year=2017,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-recertify',
        title='How to recertify',
        publisher='NCSF',
        url='https://www.ncsf.org/recertify/how-to',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-recertification-handbook',
        title='Recertification handbook',
        publisher='NCSF',
        url='https://wixlib.com/document/1ee6_recertification-handbook-ncsf.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wikipedia-ncsf',
        title='National Council on Strength & Fitness',
        publisher='Wikipedia',
        url='https://en.wikipedia.org/wiki/National_Council_on_Strength_%26_Fitness',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='cscca-mission',
        title='Mission and history',
        publisher='CSCCa',
        url='https://cscca.org/about/mission',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-sccc-process',
        title='SCCC process overview',
        publisher='CSCCa',
        url='https://cscca.org/certification/SCCC_Process_Overview',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-sccc-not-fulltime',
        title='SCCC requirements for candidates with fewer than 12 years of full-time collegiate or professional experience, and students',
        publisher='CSCCa',
        url='http://cscca.org/certification/sccc/not_fulltime',
        year=2024,
        date_note='the page lists deadlines of 16 February 2024 for its certification cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-certification-fee',
        title='Certification fee',
        publisher='CSCCa',
        url='http://cscca.org/certification/certification_fee',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-sccc',
        title='SCCC certification',
        publisher='CSCCa',
        url='https://www.cscca.org/certification/sccc',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-ceu',
        title='Continuing education',
        publisher='CSCCa',
        url='https://www.cscca.org/ceu',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-ceu-reporting',
        title='CEU reporting (2022-2025 cycle)',
        publisher='CSCCa',
        url='http://cscca.org/ceu/reporting',
        year=2022,
        date_note='the page describes the cycle from 1 August 2022 to 31 July 2025',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-2020-cpr',
        title='Important SCCC info: upcoming exam opportunities (spring 2020 exams)',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-8/',
        year=2020,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-2020-psi',
        title='Important SCCC info: upcoming exam opportunities (May 2020 practical cancelled)',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-12/',
        year=2020,
        date_note='the post reports that the May 2020 practical exam was cancelled because of COVID-19',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-coursework',
        title='Important SCCC info: upcoming exam opportunities (coursework rule from August 2024)',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-16/',
        year=2020,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='training-conditioning-cscca',
        title='Inside the CSCCa',
        publisher='Training & Conditioning',
        url='https://training-conditioning.com/news/inside-the-cscca/',
        as_of=date(2015, 2, 23),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nsca-student-verification',
        title='NSCA student membership verification information',
        publisher='NSCA',
        url='https://www.nsca.com/membership/nsca-student-membership-verification-information/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-recertification-policies-2018',
        title='Recertification policies and procedures (2018-2020)',
        publisher='NSCA',
        url='https://wixlib.com/document/18090_nsca-recertification-policies-procedures.html',
        year=2018,
        date_note='implied: the document sets out the policies for the 2018-2020 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-lift-cscs',
        title='CSCS certification (older nsca-lift.org page, paper-exam era)',
        publisher='NSCA',
        url='http://www.nsca-lift.org/Certification/CSCS/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-lift-tsac',
        title='TSAC-F certification (older nsca-lift.org page, paper-exam era)',
        publisher='NSCA',
        url='http://www.nsca-lift.org/Certification/TSAC/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-csps-current',
        title='Certified Special Population Specialist (current page)',
        publisher='NSCA',
        url='https://nsca.com/Certification/CSPS',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-careers',
        title='CPSS career roles',
        publisher='NSCA',
        url='https://nsca.com/link/e4ecbeee43cd4a159770469a20da1432.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='kehoephysio-2012',
        title="NSCA certification (blog post quoting NSCA's description of its journals)",
        publisher='Kehoe Physio',
        url='https://kehoephysio.me/2012/06/27/nsca-certification-3/',
        as_of=date(2012, 6, 27),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='fit-pro-nsca-aed',
        title='NSCA Certification Commission to make AED certification a prerequisite',
        publisher='Fit-Pro',
        url='https://fit-pro.com/article-119-NSCA-Certification-Commission-to-Make-AED-Certification-a-Prerequisite.html',
        year=2006,
        date_note='implied, about 2006: the item announces a rule taking effect on 1 January 2007',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='human-kinetics-canada-essentials',
        title='Essentials of Strength Training and Conditioning, 5th edition, with HKPropel access',
        publisher='Human Kinetics Canada',
        url='https://canada.humankinetics.com/products/essentials-of-strength-training-and-conditioning-5th-edition-with-hkpropel-access',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='next-level-athletics-essentials',
        title='Essentials of Strength Training and Conditioning review',
        publisher='Next Level Athletics',
        url='https://next-level-athletics.com/essentials-of-strength-training-and-conditioning-review/',
        as_of=date(2017, 1, 14),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nsca-jp-ceu-guide-2012',
        title='CEU guide (CEUの手引き) for the 2012-2014 cycle',
        publisher='NSCA Japan',
        url='https://expydoc.com/doc/7315098/ceu%E3%81%AE%E6%89%8B%E5%BC%95%E3%81%8D---nsca%E3%82%B8%E3%83%A3%E3%83%91%E3%83%B3',
        year=2012,
        date_note='implied: the guide covers the 2012-2014 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-certification-guide',
        title='NSCA Japan certification guide',
        publisher='NSCA Japan',
        url='https://pdfslide.tips/documents/certification-guide-1991-4oe1nscafffeceeccecccicceioe.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-erp-2019',
        title='NSCA-CPT recognised schools (The NSCA ERP): application guide for 2019',
        publisher='NSCA Japan',
        url='https://fdocuments.net/document/nsca-nsca-cpt-the-nsca-erp-censca-fff-2-270-0152.html',
        year=2019,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-exam',
        title='Certification exams (CSCS and NSCA-CPT)',
        publisher='NSCA Japan',
        url='https://nsca-japan.or.jp/certification/exam',
        year=2024,
        month=4,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-about-cscs-2016',
        title='About the CSCS (computer-based testing from April 2016)',
        publisher='NSCA Japan',
        url='http://www.nsca-japan.or.jp/04_certif/aboutcscs.html',
        year=2016,
        month=3,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-cscs',
        title='CSCS exam: eligibility and content',
        publisher='NSCA Japan',
        url='https://nsca-japan.or.jp/certification/exam/cscs',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-cpt',
        title='NSCA-CPT exam content',
        publisher='NSCA Japan',
        url='https://nsca-japan.or.jp/certification/exam/nsca-cpt',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-cpt-guidelines',
        title='NSCA-CPT exam guidelines (eligibility)',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/exam/outline/cpt-guidelines.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-registration',
        title='Exam registration',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/exam/registration/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-certif-faq',
        title='Questions and answers: certification exams',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/06_qanda/certif.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-ceu-faq-2015',
        title='Questions and answers: CEUs (cycle ending 2017)',
        publisher='NSCA Japan',
        url='http://www.nsca-japan.or.jp/06_qanda/ceu.html',
        year=2015,
        date_note='implied: the page sets out the 2015-2017 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-ceu-faq-fees-2018',
        title='CEU questions: recertification fees (2018-2020 cycle)',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/ceu/other/faq_1.html',
        year=2018,
        date_note='implied: the page sets out the 2018-2020 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-ceu-faq-late',
        title='CEU questions: late recertification',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/ceu/other/faq_7.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-recertification',
        title='Recertification overview (2024-2026 cycle)',
        publisher='NSCA Japan',
        url='https://nsca-japan.or.jp/certification/recertification/overview',
        year=2024,
        date_note='implied: the page describes the current 2024-2026 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='bodymaking-nsca',
        title='Page explaining the NSCA certifications (CSCS and NSCA-CPT)',
        publisher='bodymaking.jp',
        url='https://bodymaking.jp/nsca/',
        year=2018,
        month=12,
        date_note="implied: the page cites NSCA Japan's site as viewed on 24 December 2018",
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='benefit-times-nsca-cscs',
        title='Page on the CSCS in Japan: fees, exam and pass rate',
        publisher='Benefit Times',
        url='https://www.benefit-times.site/nsca-cscs/2',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='l-aire-nsca-membership',
        title='Blog post on NSCA Japan membership',
        publisher='L-aire',
        url='https://l-aire.net/?p=1421',
        as_of=date(2023, 12, 7),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='trainers-lab-nsca-membership',
        title='Column on taking the NSCA-CPT, with NSCA Japan membership fees',
        publisher='Trainers Lab',
        url='https://trainers-lab.com/ryotasatoucolumn/satonscacpt.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='trainers-lab-nsca-cpt-fees',
        title='Column on the costs of the NSCA-CPT in Japan',
        publisher='Trainers Lab',
        url='https://trainers-lab.com/tatsuyaikedacolumn/nscacpt-4.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='trainers-lab-nsca-cpt-exam',
        title='Column on sitting the NSCA-CPT exam in Japan',
        publisher='Trainers Lab',
        url='https://trainers-lab.com/miyukoharacolumn/miyunscashiken.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='trainers-lab-nsca-cpt-window',
        title='NSCA-CPT exam: testing window and extension',
        publisher='Trainers Lab',
        url='https://trainers-lab.com/?p=800',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='jqos-nsca-cscs',
        title='Guide page on the CSCS as a private qualification',
        publisher='jqos.jp',
        url='https://jqos.jp/minkan/cscs',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='major1007-nsca',
        title='Page on NSCA Japan (JBATS site)',
        publisher='major1007.com',
        url='https://major1007.com/JBATS/NSCA.php',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ntro-nasm-cnc-worth-it',
        title='Is the NASM nutrition certification worth it for your career?',
        publisher='ntro.it.com',
        url='https://ntro.it.com/is-the-nasm-nutrition-certification-worth-it-for-your-career',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='upsero-nasm-recertification',
        title='NASM recertification (FAQ)',
        publisher='Upsero',
        url='https://www.upsero.com/nasm-cpt/faq/nasm-recertification',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='coursefaq-nasm-course-expiry',
        title='How do I know when my NASM course expires?',
        publisher='course-faq.com',
        url='https://course-faq.com/how-do-i-know-when-nasm-course-expires',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='armycool-nasm-cpt',
        title='NASM Certified Personal Trainer (credential listing)',
        publisher='U.S. Army Credentialing Opportunity On-Line (COOL)',
        url='https://www.cool.army.mil/search/CERT_CPT5255.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='askthetrainer-nasm-ceu',
        title='NASM certification continuing education',
        publisher='Ask the Trainer',
        url='https://questions.askthetrainer.com/nasm-certification-continuing-education.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='opstudiohk-nasm-pes',
        title='NASM Performance Enhancement Specialization course page (NASM partner)',
        publisher='opstudiohk.com',
        url='https://opstudiohk.com/learn-secret-safely-effectively-unlock-athletic-potential-pes/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='mudarrib-nasm-pbc',
        title='NASM Physique and Bodybuilding Coach course listing (reseller)',
        publisher='Mudarrib',
        url='https://www.mudarrib.com/Course.aspx?GuidId=28be4a3c-4078-4c7b-93e6-6b07342cf211',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='businesssavvy-nasm-cpt-review',
        title='NASM CPT certification review',
        publisher='Business Savvy Personal Trainer',
        url='https://businesssavvypersonaltrainer.com/nasm-cpt-certification-review/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='issa-scc-textbook-2020',
        title='Strength and Conditioning, 2nd edition textbook (chapter 2, on scribd)',
        publisher='ISSA',
        url='https://appwritefunc.yet-another-testing-domain.com/api/grab?url=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F637303271%2FStrength-and-Conditioning-1st-Chapter-2',
        year=2020,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-faq-copy',
        title="A copy of ISSA's frequently asked questions on an unrelated site",
        publisher='assyriancarteeltima.pages.dev',
        url='https://assyriancarteeltima.pages.dev/998299.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='issa-knowledgebase',
        title='Personal training resources: knowledge base (older FAQ on the Certified Fitness Trainer)',
        publisher='ISSA',
        url='http://www.issaonline.edu/personal-training-resources/knowledgebase/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-faq',
        title='Frequently asked questions',
        publisher='ISSA',
        url='https://www.issaonline.com/resources/frequently-asked-questions.cfm',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-faq-older',
        title='Frequently asked questions (older version)',
        publisher='ISSA',
        url='https://cdn.issaonline.edu/resources/frequently-asked-questions.cfm',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-nccpt-faq',
        title='NCCPT frequently asked questions (NCCPT exam and ISSA course exam compared)',
        publisher='NCCPT (ISSA)',
        url='https://nccpt.issaonline.com/pages/faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-helpcenter-nccpt-exam',
        title='Taking the NCCPT exam',
        publisher='ISSA help center',
        url='https://helpcenter.issaonline.com/knowledge/taking-the-nccpt-exam',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-title-iv-disclosure',
        title='Title IV consumer information disclosure',
        publisher='ISSA',
        url='https://www.issaonline.edu/resources/title-4-consumer-information-disclosure/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-thenest-cpt-time',
        title='Average time to complete the ISSA personal trainer certification course',
        publisher='The Nest',
        url='https://woman.thenest.com/average-time-complete-issa-personal-trainer-certification-course-6119.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ncsf-recertify-faq',
        title='Recertification FAQ',
        publisher='NCSF',
        url='https://nominate.ncsf.org/recertify/faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-recert-facts-older',
        title='Quick recertification facts (older NCSF fact sheet, on a mirror)',
        publisher='NCSF',
        url='https://dokumen.tips/documents/quick-recertification-facts-quick-recertification-facts-9-how-often-do-i-need-to.html',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-continueded',
        title='Continuing education (older page)',
        publisher='NCSF',
        url='http://www.ncsf.org/continueded/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-cpt-exam-content',
        title='Certification exam content (personal trainer)',
        publisher='NCSF',
        url='https://www.ncsf.org/certification-exam/content',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-cpt-exam-content-alt',
        title='Certification exam content (personal trainer), another stored version',
        publisher='NCSF',
        url='https://ncsf.org/certification-exam/content',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-consumer-advocacy',
        title='Consumer advocacy (older page design)',
        publisher='NCSF',
        url='https://www.ncsf.org/consumeradvocacy/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ncsf-singapore-about',
        title='About NCSF',
        publisher='NCSF licensee in Singapore (personaltrainercertification.com.sg)',
        url='https://www.personaltrainercertification.com.sg/about-us/about-ncsf',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ncca-usreps-why-ncca',
        title='Why NCCA (membership eligibility)',
        publisher='USREPS (CREP)',
        url='https://usreps.org/about-us/membership-eligibility/why-ncca/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-recert-2025',
        title='Certification maintenance, 2025-2028 cycle (MSCC and SCCC)',
        publisher='CSCCa',
        url='https://cscca.clubexpress.com/content.aspx?club_id=408309&module_id=611966&page_id=22',
        year=2025,
        date_note='the page describes the cycle ending 31 July 2028, so the 2025-2028 cycle',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-sccc-exam-registration',
        title='SCCC exam registration',
        publisher='CSCCa',
        url='https://cscca.org/certification/sccc/examregistration',
        year=2022,
        date_note='the page takes registrations for the spring 2022 exam',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-sccc-internship',
        title='SCCC internship',
        publisher='CSCCa',
        url='http://www.cscca.org/certification/sccc/internship',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-exam-info',
        title='SCCC certification exam information',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/sccc-certification-exam-information/',
        year=2018,
        date_note='the post covers the 2018-2019 exams; no publication date is printed',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-news-2013-exam',
        title='2013 SCCC certification exam (newsroom)',
        publisher='CSCCa',
        url='https://cscca.org/news/newsroom?id=46&job=detail',
        as_of=date(2012, 11, 13),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-ceu-2015',
        title='CSCCa CEU program information',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/cscca-ceu-program-information/',
        year=2015,
        date_note='the post covers the 2015-2016 year',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-reinstatement-2019',
        title='Continuing education updates and reminders',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/continuing-education-updates-reminders-11/',
        year=2019,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-blog-caahep-2020',
        title='CAAHEP/CoAES accreditation requirement for ACSM-EP and ACSM-CEP certification (ACSM Certified blog)',
        publisher='ACSM',
        url='https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2020/11/04/caahep-coaes-accreditation-requirement-acsm-ep-acsm-cep-certification',
        as_of=date(2020, 11, 4),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-cpt-page-old',
        title='ACSM Certified Personal Trainer (older certification site)',
        publisher='ACSM',
        url='http://certification.acsm.org/acsm-certified-personal-trainer',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-wikipedia',
        title='American College of Sports Medicine',
        publisher='Wikipedia',
        url='https://en.wikipedia.org/wiki/American_College_of_Sports_Medicine',
        year=2024,
        date_note='implied: it names Katie Feltman as chief executive, so 2024 or later (per the fact tables)',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-britannica',
        title='American College of Sports Medicine (article history)',
        publisher='Encyclopaedia Britannica',
        url='http://www.britannica.com/topic/American-College-of-Sports-Medicine/article-history',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-news-2020-education',
        title='ACSM updates education requirement to maintain gold-standard certifications (news release)',
        publisher='ACSM',
        url='https://beta.acsm.org/read-research/newsroom/news-releases/news-detail/2020/11/05/acsm-updates-education-requirement-to-maintain-gold-standard-certifications',
        as_of=date(2020, 11, 5),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-blog-old-headquarters-2024',
        title="ACSM's old headquarters: a sunset leads to a sunrise (ACSM blog)",
        publisher='ACSM',
        url='https://rebrandx.acsm.org/blog-detail/acsm-blog/2024/08/13/acsm-s-old-headquarters--a-sunset-leads-to-a-sunrise',
        as_of=date(2024, 8, 13),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-recertification',
        title='Recertification',
        publisher='ACSM',
        url='https://acsm.org/certification/recertification',
        year=2025,
        date_note='implied 2025: the page cites a change of 22 February 2025',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-hfj-2020-certifications',
        title="ACSM's Health & Fitness Journal article on ACSM certifications and the exercise professional (January 2020)",
        publisher="ACSM (ACSM's Health & Fitness Journal)",
        url='https://journals.lww.com/acsm-healthfitness/Fulltext/2020/01000/ACSM_CERTIFICATIONS__DEFINING_AN_EXERCISE.6.aspx?context=FeaturedArticles&collectionId=1',
        year=2020,
        month=1,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-hfj-2015-progress',
        title="Progress for ACSM Certifications: 2015 and Beyond (ACSM's Health & Fitness Journal)",
        publisher="ACSM (ACSM's Health & Fitness Journal)",
        url='https://journals.lww.com/acsm-healthfitness/Fulltext/2015/03000/Progress_for_ACSM_Certifications__2015_and_Beyond.10.aspx',
        year=2015,
        month=3,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-hfj-2015-updates',
        title="Important updates from ACSM's certification committee (ACSM's Health & Fitness Journal, November 2015)",
        publisher="ACSM (ACSM's Health & Fitness Journal)",
        url='https://journals.lww.com/acsm-healthfitness/Fulltext/2015/11000/Important_Updates_from_ACSM_s_Committee_for.8.aspx',
        year=2015,
        month=11,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-candidate-handbook',
        title='ACSM candidate handbook (copy on a document mirror)',
        publisher='ACSM',
        url='https://siteproxy.ruqli.workers.dev:443/https/www.scribd.com/document/618271664/acsm-candidate-handbook',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-news-2024-recertification-statement',
        title='ACSM endorses statement on recertification and continuing education (news)',
        publisher='ACSM',
        url='https://www.acsm.org/about/news/archive/2024/08/20/acsm-endorses-statement-on-recertification-and-continuing-education',
        as_of=date(2024, 8, 20),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-crc-guide-2012',
        title='Get Certified Guide, 2012 (copy on a document mirror)',
        publisher='ACSM',
        url='https://id.scribd.com/document/240540401/2012-CRC-Guide-Web-1',
        year=2012,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-tj-affiliated-society',
        title="Affiliated society page (ACSM text on its journal's site)",
        publisher='ACSM',
        url='https://journals.lww.com/acsm-tj/Pages/affiliatedsociety.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-regional-chapters',
        title='Regional chapters',
        publisher='ACSM',
        url='http://certification.acsm.org/membership/regional-chapters',
        year=2022,
        date_note="implied 2022: the page names the winner of the 2022 President's Cup",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-testprepnation',
        title='ACSM-CPT cost breakdown: total certification investment',
        publisher='Test Prep Nation',
        url='https://testprepnation.com/articles/acsm-cpt-cost-breakdown-total-certification-investment',
        year=2024,
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='acsm-exam-scoring',
        title='Exam scoring (FAQ)',
        publisher='ACSM',
        url='https://www.acsm.org/get-stay-certified/get-certified/scheduling-taking-your-exam/faqs/exam-scoring',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-professional-resources',
        title='About ACSM certification (professional resources)',
        publisher='ACSM',
        url='https://acsm.org/certification/professional-resources/about/',
        year=2024,
        date_note="implied 2024: the latest year in the page's tables is 2023",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-news-2022-handbook',
        title='Updated certification exam candidate handbook and exam content outlines now available (news)',
        publisher='ACSM',
        url='https://acsm.org/about/news/news-landing/2022/01/07/updated-certification-exam-candidate-handbook-and-exam-content-outlines-now-available',
        as_of=date(2022, 1, 7),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-cancel-reschedule',
        title='Cancel or reschedule an exam (FAQ, older certification site)',
        publisher='ACSM',
        url='http://certification.acsm.org/get-stay-certified/get-certified/scheduling-taking-your-exam/faqs/cancel-reschedule-exam/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-healthcaretoday-testing-window',
        title='ACSM certification exam testing windows',
        publisher='Healthcare Today',
        url='https://healthcaretoday.news/acsm-certification-exam-testing-windows/amp',
        year=2025,
        date_note='implied 2025: the page reports a change made in February 2025',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-engramkinetics-ep',
        title='ACSM-EP application walkthrough',
        publisher='Engram Kinetics',
        url='https://www.engramkinetics.com/blog/acsm-ep-application-walkthrough',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-corkscrew-recertification',
        title='Recertification (copy on corkscrew.acsm.org)',
        publisher='ACSM',
        url='https://corkscrew.acsm.org/certification/recertification',
        year=2025,
        date_note='implied 2025: the page cites the same change of 22 February 2025',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-recertification-2021',
        title='Recertification (2021 version)',
        publisher='ACSM',
        url='https://www.acsm.org/certification/recertification',
        year=2021,
        date_note='implied 2021: the page announces fee increases from 1 January 2022',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-news-2019-late-fee',
        title='ACSM certification late fee increase and reinstatement (news)',
        publisher='ACSM',
        url='https://www.acsm.org/news-detail/2019/10/15/acsm-certification-late-fee-increase-reinstatement',
        as_of=date(2019, 10, 15),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-recert-faq-old',
        title='Recertification requirements (older certification-site FAQ, before 2018)',
        publisher='ACSM',
        url='http://certification.acsm.org/faq12-recert-requirements',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-college-credit-cec',
        title='College courses as continuing education credits',
        publisher='ACSM',
        url='https://acsm.org/?p=3280',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-hfi-uk',
        title="ACSM Personal Trainer (UK provider's product page)",
        publisher='HFI',
        url='https://www.hfigroup.com/product/acsm-personal-trainer/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-capraacademy-cpt',
        title='ACSM-CPT exam guide',
        publisher='Capra Academy',
        url='https://capraacademy.com/?p=110',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-cool-cpt',
        title='ACSM Certified Personal Trainer (Army COOL)',
        publisher='US Army Credentialing Opportunities On-Line',
        url='https://www.cool.army.mil/search/CERT_CPT828.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-spiegato',
        title='What is ACSM certification?',
        publisher='Spiegato',
        url='https://spiegato.com/en/what-is-acsm-certification',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-cptexams',
        title='45 free ACSM CPT exam prep questions',
        publisher='CPT Exams',
        url='https://cptexams.com/blog/45-free-acsm-cpt-exam-prep-questions/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-open-exam-prep-cpt',
        title='ACSM-CPT practice',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/practice/acsm-cpt',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-mometrix-cpt-2026',
        title='ACSM CPT exam (Mometrix Academy page)',
        publisher='Mometrix',
        url='https://www.mometrix.com/academy/wp-json/wp/v2/pages/47016',
        as_of=date(2026, 3, 14),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-testpreptraining-cpt',
        title='ACSM Certified Personal Trainer (ACSM-CPT) tutorial',
        publisher='Testprep Training',
        url='https://testpreptraining.com/tutorial/acsm-certified-personal-trainers-acsm-cpt',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-testprepreview-cpt',
        title='ACSM personal trainer exam',
        publisher='Test Prep Review',
        url='https://www.testprepreview.com/acsm-personal-trainer.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-ptpioneer-faq',
        title='ACSM exam FAQ',
        publisher='PTPioneer',
        url='https://www.ptpioneer.com/acsm-exam-faq/',
        year=2023,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-sportssciences-cpt',
        title='ACSM cPT certification (education provider page)',
        publisher='sportssciences.edu',
        url='http://sportssciences.edu/ACSMcPT_EN.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-mometrix-cpt-exam',
        title='ACSM CPT exam',
        publisher='Mometrix',
        url='https://www.mometrix.com/academy/acsm-cpt-exam/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-certstats',
        title='Certification statistics',
        publisher='ACSM',
        url='http://certification.acsm.org/certstats',
        as_of=date(2015, 6, 23),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-practicetestgeeks',
        title='ACSM certification guide',
        publisher='Practice Test Geeks',
        url='https://practicetestgeeks.com/acsm/certification-guide',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-2027-requirements',
        title='2027 ACSM-EP and ACSM-CEP accreditation and certification requirements',
        publisher='ACSM',
        url='https://acsm.org/2027-acsm-ep-and-acsm-cep-accreditation-and-certification-requirements',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-cool-ep',
        title='ACSM Certified Exercise Physiologist (Army COOL)',
        publisher='US Army Credentialing Opportunities On-Line',
        url='https://www.cool.army.mil/search/CERT_HFS830.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-ep-outline',
        title='ACSM Certified Exercise Physiologist exam content outline, based on the 2017 job task analysis (copy on a document mirror)',
        publisher='ACSM',
        url='https://docslib.org/doc/4863981/acsm-certified-exercise-physiologist%C2%AE-exam-content-outline-acsm-org-certification-acsm-certified-exercise-exam-content-outline-physiologist%C2%AE',
        year=2017,
        date_note="implied: the outline rests on ACSM's 2017 job task analysis (the fact tables date it 2017-2022); no earlier than 2017",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-blog-2022-ep',
        title='Becoming an ACSM Certified Exercise Physiologist: who, why and how (ACSM Certified blog)',
        publisher='ACSM',
        url='https://www.acsm.org/blog-detail/acsm-certified-blog/2022/03/24/becoming-an-acsm-certified-exercise-physiologist-who-why-and-how',
        as_of=date(2022, 3, 24),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-news-2020-coaes',
        title='Updated ACSM-EP and ACSM-CEP certification requirements and accreditation (news)',
        publisher='ACSM',
        url='https://www.acsm.org/news-detail/2020/11/04/updated-acsm-ep-and-acsm-cep-certifications-requirements-and-accreditation',
        as_of=date(2020, 11, 4),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-cep',
        title='ACSM Certified Clinical Exercise Physiologist (page with COVID-19 contingency, 2020-2021)',
        publisher='ACSM',
        url='https://www.acsm.org/get-stay-certified/get-certified/clinical_certifications/cep',
        year=2020,
        date_note="implied: the page sets out ACSM's COVID-19 eligibility contingency of 2020-2021 (the fact tables date it so); no earlier than 2020",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-blog-2018-clinical-exam',
        title='Common clinical exercise physiologist certification examination (ACSM Certified blog)',
        publisher='ACSM',
        url='http://www.acsm.org/blog-detail/acsm-certified-blog/2018/02/13/common-clinical-exercise-physiologist-certification-examination',
        as_of=date(2018, 2, 13),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-jcep-rcep',
        title='Evolution of the Registered Clinical Exercise Physiologist',
        publisher='Journal of Clinical Exercise Physiology (Allen Press)',
        url='https://meridian.allenpress.com/jcep/article/12/4/98/498235/Evolution-of-the-Registered-Clinical-Exercise',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-cool-cep',
        title='ACSM Certified Clinical Exercise Physiologist (Army COOL)',
        publisher='US Army Credentialing Opportunities On-Line',
        url='https://www.cool.army.mil/search/CERT_RCEP829.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-cep-degree-old',
        title='ACSM-CEP degree requirements (older certification site)',
        publisher='ACSM',
        url='http://certification.acsm.org/get-stay-certified/get-certified/clinical-certifications/cep/degree-requirements',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-testscorehelp-ces',
        title='Certified Clinical Exercise Specialist exam',
        publisher='Test Score Help',
        url='https://www.testscorehelp.com/certified-clinical-exercise-specialist-exam/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-moveandbewell-gei',
        title="ACSM GEI certification (a candidate's blog post)",
        publisher='Move and Be Well',
        url='https://moveandbewell.com/2013/02/04/acsmgeicert/',
        as_of=date(2013, 2, 4),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-studyguidezone',
        title='ACSM exam study guide',
        publisher='Study Guide Zone',
        url='https://studyguidezone.com/acsm.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-open-exam-prep-gei',
        title='ACSM-GEI practice',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/practice/acsm-gei',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='acsm-bigdiscountsales-gei',
        title='ACSM-GEI exam questions (copy of the ACSM GEI outline)',
        publisher='bigdiscountsales.com',
        url='http://bigdiscountsales.com/real-exam-questions.php?exam=ACSM-GEI-Certified-Group-Exercise-Instructor',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ace-faq',
        title='Frequently asked questions',
        publisher='ACE',
        url='https://www.acefitness.org/faqs/faqs.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-faq-older',
        title='Frequently asked questions (older version, naming the Advanced Health & Fitness Specialist)',
        publisher='ACE',
        url='http://www.acefitness.org/faqs/faqs.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-press-2002-healthierus',
        title='ACE stands behind White House HealthierUS initiative (press release)',
        publisher='ACE',
        url='https://www.acefitness.org/about-ace/press-room/press-releases/248/ace-stands-behind-white-house-healthier-u-s-initiative-president-bush-urges-americans-to-make-themselves-and-their-nation-healthier-through-exercise-proper-diet-and-regular-checkups/',
        as_of=date(2002, 6, 20),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-obesitynewstoday-2015',
        title='ACE commits to end the obesity epidemic in 30 years',
        publisher='Obesity News Today',
        url='https://obesitynewstoday.com/2015/07/09/ace-commits-end-obesity-epidemic-30-years',
        as_of=date(2015, 7, 9),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-healthcarebusinesstoday-2022',
        title='How to become an ACE certified personal trainer',
        publisher='Healthcare Business Today',
        url='https://www.healthcarebusinesstoday.com/how-to-become-an-ace-certified-personal-trainer/',
        as_of=date(2022, 12, 26),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-ideafit-forum',
        title='What does IDEA stand for? (forum answers)',
        publisher='IDEA (ideafit.com answers forum)',
        url='https://www.ideafit.com/answers/what-does-idea-stand-for-0/?order_by=active',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-press-2005',
        title='ACE press-room item 358 (press release)',
        publisher='ACE',
        url='http://www.acefitness.org/about-ace/press-room/358/post-modify.aspx',
        as_of=date(2005, 1, 6),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-press-2013-vision-report',
        title='ACE vision report sets objectives for eliminating obesity epidemic (press release)',
        publisher='ACE',
        url='https://www.acefitness.org/about-ace/press-room/press-releases/3081/ace-vision-report-sets-objectives-for-eliminating-obesity-epidemic/',
        as_of=date(2013, 1, 24),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-handbook-2023',
        title='Certification and Recertification Handbook, P23-01, revised January 2023 (copy on a document mirror)',
        publisher='ACE',
        url='https://info.5y1.org/easy-certifications-that-pay-well_1_4d5f5a.html',
        year=2023,
        month=1,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-handbook-2020',
        title='Certification candidate handbook, revised October 2020 (copy on readkong)',
        publisher='ACE',
        url='https://www.readkong.com/page/certification-candidate-handbook-getting-people-moving-8688921',
        year=2020,
        month=10,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-recertification',
        title='Recertification',
        publisher='ACE',
        url='https://www.acefitness.org/fitness-certifications/recertification/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-impact-report-2022-copy',
        title="Text of ACE's 2022 impact report, copied onto an unrelated site",
        publisher='muslimcorpers.org',
        url='http://www.muslimcorpers.org/index-67.html',
        year=2022,
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ace-accreditation-blog',
        title='Hiring well-qualified exercise professionals: the importance of accreditation',
        publisher='ACE',
        url='https://acefitness.org/about-ace/our-efforts/blog/7169/hiring-well-qualified-exercise-professionals-the-importance-of-accreditation',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-crossfit-ncca-2018',
        title='Has the American Council on Exercise played fast and loose with NCCA accreditation?',
        publisher='CrossFit (Keep Fitness Legal)',
        url='https://keepfitnesslegal.crossfit.com/2018/01/02/has-the-american-council-on-exercise-played-fast-and-loose-with-ncca-accreditation/',
        as_of=date(2018, 1, 2),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-blog-exam-format-2013',
        title='ACE blog post on the exam format and scoring of ACE exams',
        publisher='ACE',
        url='https://www.acefitness.org/blogs/postdetail.aspx?page=5&postid=3396',
        as_of=date(2013, 6, 28),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-faq-exam-registrations',
        title='FAQ: Exam registrations (newer version, naming the CMES)',
        publisher='ACE',
        url='https://www.acefitness.org/faqs/faqs.aspx?faq=Exam+Registrations',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-faq-exam-registrations-older',
        title='FAQ: Exam registrations (older version, naming the AHFS)',
        publisher='ACE',
        url='https://www.acefitness.org/faqs/faqs.aspx?faq=Exam+Registrations&KeepThis=false&TB_iframe=true&height=450&width=600&modal=false',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-faq-cecs',
        title='FAQ: Continuing Education Credits (CECs)',
        publisher='ACE',
        url='https://www.acefitness.org/faqs/faqs.aspx?faq=Continuing+Education+Credits+(CECs)&KeepThis=true&TB_iframe=true&height=450&width=600&modal=true',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-acefit-grace-period',
        title='ACEFit article on the renewal grace period',
        publisher='ACE',
        url='https://www.acefitness.org/acefit/fitness-programs-article/2751/ACEFit-workout-advice-and-exercise-tips/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-certifystrong-renewal',
        title='How do I renew my ACE certification?',
        publisher='CertifyStrong',
        url='https://www.certifystrong.com/how-do-i-renew-my-ace-certification/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-winenfood-recertification-cost',
        title='The ACE personal trainer recertification cost guide',
        publisher='winenfood.com',
        url='https://winenfood.com/the-ace-personal-trainer-recertification-cost-guide',
        year=2026,
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ace-faq-ce-providers',
        title='FAQ: Continuing Education Provider',
        publisher='ACE',
        url='http://www.acefitness.org/faqs/faqs.aspx?faq=Continuing+Education+Provider&KeepThis=true&TB_iframe=true&height=600&width=700&modal=true',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-cool-cpt',
        title='Certified Personal Trainer (ACE-CPT), credential listing (review copy of Army COOL)',
        publisher='US Army COOL',
        url='http://dod-civ-cool-review.s3.amazonaws.com/search/CERT_ACE-CPT868.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-exam-day-blog',
        title='My exam day is here: what do I need to do?',
        publisher='ACE',
        url='https://www.acefitness.org/fitness-certifications/ace-answers/exam-preparation-blog/3366/my-exam-day-is-here-what-do-i-need-to-do/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-gohappyliving-cpt',
        title='ACE personal trainer certification guide',
        publisher='gohappyliving.com',
        url='https://gohappyliving.com/?p=1829',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-practicetestgeeks',
        title='ACE certification guide',
        publisher='Practice Test Geeks',
        url='https://practicetestgeeks.com/ace/certification-guide',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-practicetestgeeks-amp',
        title='ACE certification guide (AMP page)',
        publisher='Practice Test Geeks',
        url='https://practicetestgeeks.com/ace/certification-guide/amp',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-blog-cpr-2009',
        title='ACE blog post on which CPR/AED courses qualify',
        publisher='ACE',
        url='https://www.acefitness.org/blogs/postdetail.aspx?page=202&postid=17',
        as_of=date(2009, 6, 22),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-blog-exam-format-2010',
        title='ACE blog post on the exam format (posted 2010-05-04, updated 2011-05-02)',
        publisher='ACE',
        url='https://www.acefitness.org/blogs/postdetail.aspx?page=125&postid=655',
        as_of=date(2011, 5, 2),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-testprepreview',
        title='Personal trainer exam review page (its address names the Cooper Institute CPT)',
        publisher='testprepreview.com',
        url='https://www.testprepreview.com/cooper-institute-certified-personal-trainer.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-mometrix',
        title='ACE personal trainer exam page (page 47041)',
        publisher='Mometrix Academy',
        url='https://www.mometrix.com/academy/wp-json/wp/v2/pages/47041',
        as_of=date(2026, 5, 20),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-practicequestions',
        title='ACE exam information page',
        publisher='practicequestions.net',
        url='https://practicequestions.net/ace/mod/page/view.php?id=32',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-studyguidezone-cpt',
        title='ACE personal trainer exam study guide (old exam format)',
        publisher='studyguidezone.com',
        url='https://www.studyguidezone.com/ace.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-blog-fail-2010',
        title="What if I don't pass the exam? What can I do then? (posted 2010-01-25, updated 2011-05-02)",
        publisher='ACE',
        url='http://www.acefitness.org/blog/511/what-if-i-don-t-pass-the-exam-what-can-i-do-then',
        as_of=date(2011, 5, 2),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-blog-reschedule-2012',
        title='ACE blog post on rescheduling an exam',
        publisher='ACE',
        url='https://www.acefitness.org/blogs/postdetail.aspx?page=27&postid=2933',
        as_of=date(2012, 10, 22),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-si-2024',
        title="ACE Personal Trainer certification: everything you need to know before enrolling (Sports Illustrated, reposted on ACE's press page)",
        publisher='Sports Illustrated',
        url='https://www.acefitness.org/about-ace/press-room/in-the-news/8609/ace-personal-trainer-certification-everything-you-need-to-know-before-enrolling-sports-illustrated/',
        as_of=date(2024, 3, 6),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-health-coach-page',
        title='How to become a health coach',
        publisher='ACE',
        url='https://www.acefitness.org/fitness-certifications/health-coach-certification/how-to-become-a-health-coach.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-cool-hc',
        title='ACE Health Coach, credential listing (review copy of Army COOL)',
        publisher='US Army COOL',
        url='http://dod-civ-cool-review.s3.amazonaws.com/search/CERT_LWMC867.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-hc-outline-update',
        title='Updates to Health Coach certification exam content outline & prerequisites',
        publisher='ACE',
        url='https://www.acefitness.org/resources/pros/expert-articles/6482/updates-to-health-coach-certification-exam-content-outline-amp-pre-requisites/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-cool-gfi',
        title='Group Fitness Instructor (GFI), credential listing (review copy of Army COOL)',
        publisher='US Army COOL',
        url='http://dod-civ-cool-review.s3.amazonaws.com/search/CERT_GFI866.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-studyguidezone-gfi',
        title='ACE group fitness instructor exam study guide',
        publisher='studyguidezone.com',
        url='https://www.studyguidezone.com/ace2.htm',
        as_of=date(2021, 6, 18),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ace-eatsip365-gfi',
        title='Your ACE group training certification study guide',
        publisher='eatsip365.com',
        url='https://eatsip365.com/your-ace-group-training-certification-study-guide',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='ace-cmes-page',
        title='Certified Medical Exercise Specialist salary',
        publisher='ACE',
        url='https://www.acefitness.org/fitness-certifications/certified-medical-exercise-specialist/certified-medical-exercise-specialist-salary.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='ace-cool-cmes',
        title='ACE Medical Exercise Specialist (AHFS), credential listing',
        publisher='US Army COOL',
        url='https://www.cool.army.mil/search/CERT_AHFS4278.htm',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nfpt-about',
        title='About NFPT',
        publisher='NFPT',
        url='https://www.nfpt.com/about/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-faq-archive',
        title='FAQ (archived site)',
        publisher='NFPT',
        url='https://archive.nfpt.com/faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-idea-30th',
        title='IDEA Health and Fitness Association celebrates 30th anniversary',
        publisher='NFPT',
        url='https://www.nfpt.com/blog/idea-health-and-fitness-association-celebrates-30th-anniversary',
        year=2012,
        date_note="implied 2012: the post marks IDEA's 30th year",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-exam-extension',
        title='CPT exam date extension',
        publisher='NFPT',
        url='https://www.nfpt.com/store/cpt-exam-date-extension',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-renew-faq',
        title='Renewing your certification (FAQ)',
        publisher='NFPT',
        url='https://www.nfpt.com/faq/renew-certification',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-dev-faq',
        title='Frequently asked questions',
        publisher='NFPT',
        url='https://development.nfpt.org/frequently-asked-questions',
        year=2022,
        date_note='implied 2022–2023: the page says NFPT has certified trainers for nearly 35 years',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-certification-process',
        title='Certification process',
        publisher='NFPT',
        url='https://www.nfpt.com/best-personal-training-certification/certification-process',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-test-sites',
        title='NFPT test site locations',
        publisher='NFPT',
        url='https://archive.nfpt.com/certification/nfpt-test-site-locations',
        year=2020,
        date_note='implied 2020–2021: the page describes remote proctoring offered because of COVID-19',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-exam-faq',
        title='Taking the NFPT-CPT exam (FAQ)',
        publisher='NFPT',
        url='https://www.nfpt.com/faq/taking-the-nfpt-cpt-exam',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-brookhaven',
        title='Personal trainer program FAQ',
        publisher='Brookhaven College',
        url='https://studylib.net/doc/9778913/personal-trainer---brookhaven-college',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nfpt-certification-domains',
        title='Certification process (exam content)',
        publisher='NFPT',
        url='https://www.nfpt.com/certification/certification-process',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-dev-exam',
        title='The exam',
        publisher='NFPT',
        url='https://development.nfpt.org/certification/the-exam',
        year=2022,
        date_note="implied 2022–2023: a page of NFPT's development site, which says NFPT has certified trainers for nearly 35 years",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-ncca',
        title='NCCA accredited',
        publisher='NFPT',
        url='http://www.nfpt.com/about/ncca-accredited',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-renew',
        title='Renew your certification',
        publisher='NFPT',
        url='https://www.nfpt.com/certification/renew',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-dev-ce',
        title='Continuing education',
        publisher='NFPT',
        url='https://development.nfpt.org/continuing-education',
        year=2022,
        date_note="implied 2022–2023: a page of NFPT's development site, which says NFPT has certified trainers for nearly 35 years",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-notifications',
        title='NFPT notifications',
        publisher='NFPT',
        url='https://www.nfpt.com/nfpt-notifications',
        year=2017,
        month=1,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-certification-board',
        title='Certification board',
        publisher='NCCPT',
        url='https://www.nccpt.com/certification-board',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-about-us',
        title='About us (with fee table)',
        publisher='NCCPT (ISSA)',
        url='https://nccpt.issaonline.com/about-us',
        as_of=date(2023, 3, 30),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-extension',
        title='Six-month extension',
        publisher='NCCPT',
        url='https://www.nccpt.com/store/products/six_month_extension/1627',
        year=2022,
        date_note="the page's copyright year",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-recertification',
        title='Recertification',
        publisher='NCCPT',
        url='https://www.nccpt.com/recertification',
        year=2023,
        date_note="the page's copyright year",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-recertification-older',
        title='Recertification (older version)',
        publisher='NCCPT',
        url='https://www.nccpt.com/recertification',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-handbook-2016',
        title='2016 NETA exam candidate handbook',
        publisher='NETA Certification Board',
        url='https://ja.scribd.com/doc/316315001/2016-NETA-Exam-Candidate-Handbook',
        as_of=date(2016, 2, 26),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-handbook-2016-docplayer',
        title='NETA Certification Board candidate handbook',
        publisher='NETA Certification Board',
        url='http://docplayer.net/20896594-Neta-certification-board.html',
        as_of=date(2016, 1, 29),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-handbook-2017',
        title='NETA Certification Board candidate handbook',
        publisher='NETA Certification Board',
        url='http://healthdocbox.com/Exercise/71136327-Neta-certification-board.html',
        as_of=date(2017, 10, 10),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-primary-renewal',
        title='Primary certification renewal',
        publisher='NETA',
        url='https://www.netafit.org/certifications/renewals/primary-certification-renewal/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-renewal-form-older',
        title='NETA renewal application (older form)',
        publisher='NETA',
        url='https://ja.scribd.com/document/250794416/NETA-Renewal-App-2sided-1',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='neta-fitness-n-health',
        title='How many CEC to renew NETA personal trainer certificate',
        publisher='fitness-n-health.com',
        url='https://fitness-n-health.com/how-many-cec-to-renew-neta-personal-trainer-certificate.html',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='wits-renewal-qa',
        title='Renewal questions and answers',
        publisher='W.I.T.S.',
        url='http://www.witseducation.com/certifications/renewalQA.htm',
        year=2012,
        date_note='implied 2012–2014 by a worked renewal example on the page',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-renewal-2024',
        title='W.I.T.S. Certified Personal Trainer renewal',
        publisher='W.I.T.S.',
        url='https://witseducation.com/pages/w-i-t-s-certified-personal-trainer-renewal',
        year=2024,
        date_note='implied 2024: a note on the page is dated 1 November 2024',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-ptpioneer',
        title='World Instructor Training Schools (W.I.T.S.) review',
        publisher='PTPioneer',
        url='https://www.ptpioneer.com/world-instructor-training-schools-wits-review/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='wits-iacet-article',
        title='IACET article',
        publisher='yourfitnessindustry.org',
        url='http://yourfitnessindustry.org/iacet-article.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='wits-national-test',
        title='National test eligibility requirements and exam forms',
        publisher='W.I.T.S.',
        url='http://www.witseducation.com/fit/certification/national-test-eligibility-requirements-exam-forms/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-selecting',
        title='Selecting a personal trainer certification',
        publisher='W.I.T.S.',
        url='https://www.witseducation.com/fit/selecting-a-personal-trainer-certification/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-cpt-level-1',
        title='Certified Personal Trainer Level 1',
        publisher='W.I.T.S.',
        url='https://witseducation.com/certified-personal-trainer-level-1/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-ce-renewals',
        title='Continuing education credits and renewals',
        publisher='W.I.T.S.',
        url='http://www.witseducation.com/fit/certification/continuing-education-credits-and-renewals/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nesta-handbook',
        title='Exam candidate handbook',
        publisher='NESTA',
        url='https://pft.nestacertified.com/exam-candidate-handbook/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nesta-about',
        title='About NESTA: mission statement',
        publisher='NESTA',
        url='http://pft.nestacertified.com/about-nesta-mission-statement/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nesta-handbook-2019',
        title='Exam candidate handbook (effective 20 August 2019)',
        publisher='NESTA',
        url='https://pdfslide.us/documents/exam-candidate-handbook-pft-nesta-certified.html',
        as_of=date(2019, 8, 20),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nesta-recertification',
        title='Recertification',
        publisher='NESTA',
        url='http://www.nestacertified.com/recertification/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nesta-accommodations',
        title='Request for special accommodations',
        publisher='NESTA',
        url='https://pft.nestacertified.com/request-for-special-accommodations/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-accreditation',
        title='Accredited Strength and Conditioning Coach (ASCC) accreditation process',
        publisher='UKSCA',
        url='https://uksca.org.uk/blog/12',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-plyometrics-assessment',
        title="Insights into UKSCA's Accredited S&C Coach plyometrics, agility and speed assessment",
        publisher='UKSCA',
        url='https://www.uksca.org.uk/blog/14/insights-into-ukscas-accredited-sc-coach-plyometrics-agility-and-speed-assessment',
        as_of=date(2024, 6, 20),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-assets',
        title="UKSCA blog: the association's assets and registration levels",
        publisher='UKSCA',
        url='https://www.uksca.org.uk/blog/10/assets',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-university-sig',
        title='S&C coaches at university in the UK and Ireland: the need for a UKSCA special interest group',
        publisher='UKSCA',
        url='https://www.uksca.org.uk/uksca-iq/article/coach-insights/1974/sc-coaches-at-university-in-the-uk-and-ireland-the-need-for-a-uksca-special-interest-group',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-future-pathway',
        title='The future development pathway of strength and conditioning: a proposed model from the UKSCA',
        publisher='UKSCA',
        url='https://www.uksca.org.uk/uksca-iq-article/coach-insights/1851/the-future-development-pathway-of-strength-and-conditioning-a-proposed-model-from-the-uksca',
        year=2019,
        month=3,
        date_note="the page prints no date; March 2019 is the article's publication date in the Coventry University repository entry",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-chartered-status',
        title='UKSCA and CIMSPA chartered status update',
        publisher='UKSCA',
        url='https://uksca.org.uk/blog/25/uksca-cimspa-chartered-status-update',
        as_of=date(2024, 11, 14),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-sport-wales',
        title='UKSCA and Sport Wales partnership',
        publisher='UKSCA',
        url='https://uksca.org.uk/blog/22/uksca-sport-wales-partnership',
        year=2024,
        date_note='the page prints no date; it mentions courses planned for 2024 and 2025',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='uksca-cimspa-partnership-2018',
        title='CIMSPA and UKSCA developing standards and endorsement partnership',
        publisher='CIMSPA (workforce.org.uk)',
        url='https://www.workforce.org.uk/new-blog/2018/8/9/cimspa-and-uksca-developing-standards-and-endorsement-partnership',
        as_of=date(2018, 8, 9),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='uksca-kmperformance',
        title='UKSCA accreditation: the ins and outs of becoming an accredited S&C coach',
        publisher='KM Performance Training',
        url='https://kmperformancetraining.com/uksca-accreditation-the-ins-and-outs-of-becoming-an-accredited-sc-coach',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='uksca-irishscnetwork',
        title='The UKSCA accreditation: will it develop you as a practitioner? A reflective piece',
        publisher='Irish Strength and Conditioning Network',
        url='https://irishscnetwork.com/iscn-blog/the-uksca-accreditation-will-it-develop-you-as-a-practitioner-a-reflective-piece',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='uksca-coachianwood',
        title='What is a strength and conditioning coach?',
        publisher='Coach Ian Wood',
        url='https://www.coachianwood.com/post/what-is-a-strength-and-conditioning-coach',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='csep-about-fr',
        title='À propos de la SCPE (about CSEP, French site)',
        publisher='CSEP',
        url='https://scpe.ca/about/?lang=fr',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-turns-50',
        title='#CSEPturns50: message from the CSEP Chair',
        publisher='CSEP',
        url='https://csep.ca/2017/01/25/csepturns50-message-from-csep-chair/',
        as_of=date(2017, 1, 27),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-timeline',
        title='CSEP 50th-anniversary timeline',
        publisher='CSEP',
        url='https://timeline.csep.ca/',
        year=2017,
        date_note="the timeline is undated; it was made for CSEP's 50th anniversary in 2017",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cpt-study-guide-2019',
        title='CSEP-CPT Certification & Study Guide, 3rd edition',
        publisher='CSEP',
        url='https://studylib.net/doc/25917094/csep-cpt-certification-and-study-guide-',
        year=2019,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-certification-faq-fr',
        title='FAQ sur la certification (certification FAQ, French site)',
        publisher='CSEP',
        url='https://scpe.ca/fr/certifications/certification-faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-certification-faq',
        title='CSEP certification frequently asked questions',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/csep-certification-frequently-asked-questions/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-renew-membership',
        title='Renew your membership (latest stored version, no fee year shown)',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/renew-your-membership/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-renew-membership-2024',
        title='Renew your membership (2024–2025 fees)',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/renew-your-membership/',
        year=2024,
        date_note='the page prints no date; this version lists the fees for the 2024–2025 membership year',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-renew-membership-2023',
        title='Renew your membership (2023–2024 fees)',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/renew-your-membership/',
        year=2023,
        date_note='the page prints no date; this older version lists the fees for the 2023–2024 membership year',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cpt',
        title='CSEP Certified Personal Trainer',
        publisher='CSEP',
        url='https://www.csep.ca/view.asp?ccid=532',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cpt-become',
        title='How to become a CSEP Certified Personal Trainer',
        publisher='CSEP',
        url='https://csep.ca/view.asp?ccid=533',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cpt-2013',
        title='CSEP-CPT certification process (older site)',
        publisher='CSEP',
        url='http://www.csep.ca/english/view.asp?x=738',
        year=2013,
        date_note='the page prints no date; it announces a scope change effective 1 September 2013',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-equivalency-faq',
        title='Certification FAQ (older site)',
        publisher='CSEP',
        url='http://csep.ca/en/membership/certification-faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-exam-attempts',
        title='CSEP certification exam attempts policy',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/csep-certification-exam-attempts-policy/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-pdc',
        title='Professional Development Credits',
        publisher='CSEP',
        url='http://csep.ca/pdc',
        year=2020,
        date_note='the page prints no date; its examples of due dates run from 2020 to 2024',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-pdc-2015',
        title='Professional Development Credits (older site)',
        publisher='CSEP',
        url='http://www.csep.ca/en/membership/professional-development-credits',
        year=2015,
        date_note='the page prints no date; it describes the rule in force from 1 April 2015',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-pdc-fr',
        title='Crédits de développement professionnel (French site)',
        publisher='CSEP',
        url='http://scpe.ca/pdc',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-pearsonvue',
        title='CSEP certification exams at Pearson VUE',
        publisher='Pearson VUE',
        url='http://www.pearsonvue.com/csep/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='csep-uwaterloo-cpt',
        title='Certified Personal Trainer workshop',
        publisher='University of Waterloo',
        url='https://uwaterloo.ca/centre-community-clinical-applied-research-excellence/education/workshops/certified-personal-trainer',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='csep-pgwellness',
        title='Fitness advantages of a CSEP-CPT certification',
        publisher='PG Wellness',
        url='https://www.pgwellness.com/2018/08/22/fitness-advantages-of-a-csep-cpt-certification/',
        as_of=date(2018, 8, 22),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='csep-cep-prerequisites',
        title='CSEP-CEP prerequisites',
        publisher='CSEP',
        url='https://csep.ca/csep-certification/csep-professional-standards-program-cep/csep-cep-prerequisites/',
        year=2020,
        date_note='the page prints no date; its COVID-19 notes place it in 2020–2022, and the earliest year is given',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cep-2016',
        title='CSEP-CEP certification changes (October 2016)',
        publisher='CSEP',
        url='http://csep.ca/view.asp?ccid=638',
        year=2016,
        month=10,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cep-competencies-2016',
        title='CSEP-CEP eligibility after the October 2016 realignment',
        publisher='CSEP',
        url='http://www.csep.ca/view.asp?ccid=535',
        year=2016,
        date_note='the page prints no date; it describes the October 2016 realignment, so it is no older than that',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cep-older',
        title='CSEP Certified Exercise Physiologist (older site)',
        publisher='CSEP',
        url='http://www.csep.ca/english/view.asp?x=739',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-cep-bc-2023',
        title='The CSEP-CEP certification is now a recommended credential in BC',
        publisher='CSEP',
        url='https://csep.ca/2023/02/08/the-csep-cep-certification-is-now-a-recommended-credential-in-bc/',
        as_of=date(2023, 2, 9),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-magazine-2024',
        title='canfitpro Magazine, January/February 2024',
        publisher='canfitpro',
        url='https://issuu.com/canfitpro/docs/layout-jan-feb-2-final-2',
        year=2024,
        month=1,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-cec-provider',
        title='CEC provider application',
        publisher='canfitpro',
        url='https://www.canfitpro.com/cec-provider-application/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-history',
        title='The history of canfitpro',
        publisher='canfitpro',
        url='https://www.canfitpro.com/blog/history-canfitpro/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-faq',
        title='Certification FAQ',
        publisher='canfitpro',
        url='https://www.canfitpro.com/en/certification/faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-faq-staging',
        title='Certification FAQ (staging copy)',
        publisher='canfitpro',
        url='https://staging.canfitpro.rshft.com/certification-faq/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-stay-certified',
        title='Stay certified',
        publisher='canfitpro',
        url='https://www.canfitpro.com/stay-certified/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-staying-certified-old',
        title='Staying certified (older site)',
        publisher='canfitpro',
        url='http://www.canfitpro.com/staying-certified',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-external-cecs',
        title='Non-canfitpro approved CECs (older site)',
        publisher='canfitpro',
        url='http://www.canfitpro.com/staying-certified/non-canfitpro-approved-cecs',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-changeofpace',
        title="Personal training certification (a candidate's blog)",
        publisher='The Change of Pace (blog)',
        url='https://thechangeofpace.wordpress.com/2014/01/21/personaltrainingcertification/',
        as_of=date(2014, 1, 21),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='canfitpro-movementtravel',
        title="Becoming a personal trainer (a candidate's blog)",
        publisher='Movement Travel (blog)',
        url='https://www.movementtravel.com/becoming-a-personal-trainer/',
        year=2019,
        date_note='the post prints no date; the author took the certification as a 2019 resolution',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='canfitpro-seewhatshecando',
        title='How to become a certified fitness professional',
        publisher='See What She Can Do',
        url='https://www.seewhatshecando.com/discover/how-to-become-a-certified-fitness-professional',
        as_of=date(2019, 2, 11),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='canfitpro-gist-manuals',
        title='Anonymous manual-download page listing canfitpro course manuals',
        publisher='GitHub Gist (anonymous)',
        url='https://gist.github.com/883fb733cee9f6c535fad38c9c3ecce5',
        as_of=date(2017, 7, 13),
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='asca-scope-of-practice',
        title='ASCA Scope of Practice',
        publisher='ASCA',
        url='https://scribd.com/document/570602320/ASCA-Scope-of-Practice',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='asca-professional-l2-application',
        title='Professional L2 accreditation: information and application e-form',
        publisher='ASCA',
        url='https://www.scribd.com/document/700550235/asca-accred-professional-l2-info-application-eform-1',
        year=2022,
        date_note='implied 2022: the document describes the accreditation changes made from 2022',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='asca-podcast-39',
        title='ASCA Podcast #39: John Mitchell and Stephen Bird PhD (episode listing)',
        publisher='ASCA',
        url='https://podcast.app/asca-podcast-39-john-mitchell-and-stephen-bird-phd-e70278731',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='asca-3p-personal-training-doctor',
        title='Moving from personal trainer to strength and conditioning: understand the landscape',
        publisher='The Personal Training Doctor',
        url='https://www.thepersonaltrainingdoctor.co.uk/post/moving-from-personal-trainer-to-strength-and-conditioning-understand-the-landscape',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='asca-3p-australian-fitness-health',
        title='ASCA: supporting strength and conditioning coaches with training and professional development',
        publisher='Australian Fitness and Health',
        url='https://www.australianfitnessandhealth.com.au/post/asca-supporting-strength-and-conditioning-coaches-with-training-and-professional-development',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='asca-3p-unlockinglife',
        title="Copy of ASCA's accreditation statement",
        publisher='Unlocking Life',
        url='https://www.unlockinglife.com/posts/view/680',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='asca-3p-weststigers-forum',
        title='Comparing Level 1, 2, 3 ASCA S&C quals (forum thread)',
        publisher='Wests Tigers Forum',
        url='https://weststigersforum.com/topic/19855/comparing-level-1-2-3-asca-s-c-quals',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='essa-30-years-story-30',
        title='ESSA 30 Years: story 30 (the founding in 1991)',
        publisher='ESSA',
        url='https://www.essa.org.au/Public/Public/30_Years/ESSA_30_Years_Story_30.aspx',
        year=2021,
        date_note="implied 2021: part of the series for ESSA's 30th anniversary",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-30-years-media-release',
        title='ESSA celebrates 30 years of supporting health through exercise (media release)',
        publisher='ESSA',
        url='https://www.essa.org.au/Public/News_Room/Media_Releases1/2021/ESSA_celebrates_30_years_of_supporting_health_through_exercise.aspx',
        as_of=date(2021, 2, 2),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-30-years-story-20',
        title='ESSA 30 Years: story 20 (exercise science accreditation)',
        publisher='ESSA',
        url='https://www.essa.org.au/Public/30_Years/ESSA_30_Years_Story_20.aspx',
        year=2021,
        date_note="implied 2021: part of the series for ESSA's 30th anniversary",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-constitution-draft',
        title='Exercise & Sports Science Australia Ltd constitution (draft)',
        publisher='ESSA',
        url='https://docsbay.net/exercise-sports-science-australialtd',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-agm-minutes-2015',
        title='Minutes of the national annual general meeting',
        publisher='ESSA',
        url='https://vdocuments.site/minutes-meeting-opened-meeting-closed-national-no-item-description-discussion.html',
        as_of=date(2015, 5, 2),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-individual-accreditation',
        title='Individual accreditation (application portal home)',
        publisher='ESSA',
        url='https://essa.secure-platform.com/individual-accreditation/organizations/main/home',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-education-providers',
        title='Education providers (course accreditation)',
        publisher='ESSA',
        url='https://www.essa.org.au/education-providers/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-what-is-aes',
        title='What is an Accredited Exercise Scientist?',
        publisher='ESSA',
        url='https://www.essa.org.au/Public/Consumer_Information/What_is_an_Accredited_Exercise_Scientist_.aspx?WebsiteKey=b4460de9-2eb5-46f1-aeaa-3795ae70c687',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-managing-accreditation',
        title='Managing your accreditation',
        publisher='ESSA',
        url='https://www.essa.org.au/members-home/managing-your-accreditation/',
        year=2016,
        date_note="implied 2016: the page's worked example uses September 2016",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-bylaws-2008',
        title="Bylaws of USA Weightlifting, Inc. (stored as 'New York Non-Profit Bylaws')",
        publisher='USA Weightlifting',
        url='http://www.docstoc.com/docs/77512435/New-York-Non-Profit-Bylaws',
        as_of=date(2008, 11, 14),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-how-to-become-coach-2022',
        title='How to become a weightlifting coach',
        publisher='USA Weightlifting',
        url='https://www.usaweightlifting.org/news/features/2022/october/24/how-to-become-a-weightlifting-coach',
        as_of=date(2022, 10, 24),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-3p-wikipedia',
        title='USA Weightlifting',
        publisher='Wikipedia',
        url='https://en.wikipedia.org/wiki/USA_Weightlifting',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='usaw-wts',
        title='Weightlifting Training Specialist credential',
        publisher='USA Weightlifting',
        url='https://www.usaweightlifting.org/weightlifting-training-specialist-credential',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-3p-mashelite',
        title='Navigating USAW, by Crystal McCullough',
        publisher='Mash Elite',
        url='https://mashelite.com/navigating-usaw-by-crystal-mccullough',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='usaw-athlete-safety-policy',
        title='USA Weightlifting athlete safety policy',
        publisher='USA Weightlifting',
        url='https://usaweightlifting.org/usa-weightlifting-athlete-safety-policy-',
        as_of=date(2019, 5, 26),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-safesport-2017',
        title='SafeSport certification process changing',
        publisher='USA Weightlifting',
        url='https://www.teamusa.org/USA-Weightlifting/Features/2017/August/15/SafeSport-Certification-Process-Changing',
        as_of=date(2017, 8, 15),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-antidoping-2018',
        title='Anti-doping education required for registration to USAW national events',
        publisher='USA Weightlifting',
        url='https://www.teamusa.org/USA-Weightlifting/Features/2018/January/08/Anti-Doping-Education-Required-for-Registration-to-USAW-National-Events',
        as_of=date(2018, 1, 8),
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-how-to-host',
        title='How to host a course',
        publisher='USA Weightlifting',
        url='https://www.teamusa.org/usa-weightlifting/coaching/how-to-host-a-course',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-course-sanction-form',
        title='Course sanction form (older version)',
        publisher='USA Weightlifting',
        url='https://docsbay.net/please-see-the-how-to-host-a-course-page-for-important-information',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-coaching-faq',
        title='Coaching FAQ',
        publisher='USA Weightlifting',
        url='https://www.teamusa.org/usa-weightlifting/coaching/faq',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-course-policies',
        title='Coaching course policies and waiver',
        publisher='USA Weightlifting',
        url='https://www.teamusa.org/USA-Weightlifting/Coaching/Coaching-Course-Policies-and-Waiver',
        as_of=date(2011, 9, 1),
        date_note="Policy effective date printed on the page (the failed-exam retest rule takes effect September 1, 2011). The stored copy breaks off at a following item that starts 'Beginning APRIL' with its year cut off, so the page text may have been revised after this date; no other date is visible.",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-3p-dberninger-2010',
        title='USAW Level 1 Sports Performance Coach (blog post)',
        publisher='dberninger.blogspot.com',
        url='http://dberninger.blogspot.com/2010/12/usaw-level-1-sports-performance-coach.html',
        as_of=date(2010, 12, 6),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='usaw-3p-sportsrec',
        title='Olympic weight lifting certifications',
        publisher='SportsRec',
        url='https://www.sportsrec.com/457283-olympic-weight-lifting-certifications.html',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nsca-cscs-page-pearson-era',
        title='CSCS® Certification (older nsca.com page with exam registration fee table)',
        publisher='NSCA',
        url='http://www.nsca.com/Certification/CSCS/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-tsac-page-2015-2018',
        title='TSAC-F® Certification (older nsca.com page with exam registration fee table)',
        publisher='NSCA',
        url='http://www.nsca.com/Certification/TSAC/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-jp-exam-outline-fy2018',
        title='資格認定試験 概要 (exam outline, with pass rates)',
        publisher='NSCA Japan',
        url='https://www.nsca-japan.or.jp/exam/outline/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-2021-exam',
        title='Important SCCC Exam Deadlines and Information (Spring 2021 SCCC exam)',
        publisher='CSCCa (CSCCa Monthly newsletter)',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-18/',
        year=2021,
        date_note='Gives deadlines for the Spring 2021 SCCC exam (application and fee due 19 February 2021), so it was written for the 2021 exam cycle.',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-cancellation-2021',
        title='Refund and Cancellation Policy (SCCC exams of December 2021 and Spring 2022)',
        publisher='CSCCa',
        url='https://www.cscca.org/certification/sccc/cancellationpolicy',
        year=2021,
        date_note='The table covers the December 2021 written retake and the Spring 2022 exam, so it was current in late 2021.',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-stay-certified-2019',
        title='Stay Certified (older CSEP site; renewal fees for 2019-2020)',
        publisher='CSEP',
        url='http://www.csep.ca/en/membership/stay-certified',
        year=2019,
        date_note='The page prints no date; its fee list is marked as the fees for the 2019-2020 membership year (renewal for that year opened in February 2019), so 2019 is given.',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='csep-renewals-faqs',
        title='Renewals FAQs (membership overview)',
        publisher='CSEP',
        url='https://csep.ca/membership-overview/renewals-faqs/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='canfitpro-richmondathletica-2026',
        title='The Certification Scam',
        publisher='Richmond Athletica (John Richmond)',
        url='https://richmondathletica.com/method-and-thoughts/the-certification-scam',
        as_of=date(2026, 2, 26),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='essa-student-join-2021',
        title='ESSA Student Membership Application - Before You Start',
        publisher='ESSA',
        url='https://www.essa.org.au/Public/Join/Student/Student_Join.aspx',
        year=2021,
        date_note='implied 2021: the page says student membership is free of charge in 2021',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-refund-policy',
        title='Refund policy',
        publisher='ESSA',
        url='http://www.essa.org.au/refund-policy/',
        year=2006,
        month=6,
        date_note='the policy prints its approval date (June 2006) and a next review date of March 2012; reported in facts-gap-sweep.md',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='essa-renew-online',
        title='Renew Online',
        publisher='ESSA',
        url='https://www.essa.org.au/membership/renew-online/',
        year=2014,
        date_note="implied 2014: the page refers to ESSA's 2014 CPD guidelines and 2014 CPD requirements",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-recertification',
        title='Coaching recertification',
        publisher='USA Weightlifting',
        url='http://www.teamusa.org/USA-Weightlifting/Coaching/Recertification',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='usaw-l1-sp-recert-faq',
        title='Level 1 Sport Performance recertification FAQ',
        publisher='USA Weightlifting',
        url='http://www.teamusa.org/USA-Weightlifting/Coaching/Recertification/Level-1-Sport-Performance-FAQ.aspx',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='asca-3p-pressreader-2019',
        title='Australian strength and conditioning (column by Pio Solon, Sun.Star Cebu)',
        publisher='Sun.Star Cebu (via PressReader)',
        url='http://www.pressreader.com/philippines/sunstar-cebu/20190106/281694025914649',
        as_of=date(2019, 1, 6),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='asca-3p-pina-2024',
        title='ASCA accreditation a first for ONOC',
        publisher='Pacific Islands News Association (PINA)',
        url='https://pina.com.fj/2024/04/09/asca-accreditation-a-first-for-onoc/',
        as_of=date(2024, 4, 9),
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nasm-careeremployer-study-guide-2026',
        title='FREE NASM CPT Study Guide 2026: A Complete OPT-Model Walkthrough',
        publisher='Career Employer',
        url='https://careeremployer.com/test-prep/study-guides/nasm-study-guide',
        year=2026,
        date_note="No day or month printed; the page title names 2026 and its exam snapshot table is headed 'at a glance (2026)'.",
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nasm-trainerprep-pass-rate-2023',
        title='NASM CPT pass rate (article)',
        publisher='TrainerPrep',
        url='https://trainerprep.com/?p=4222',
        year=2023,
        date_note="No publication date printed; the page gives the rate 'as of 2023' and quotes a reporting period ending 1 November 2023, so it was written in late 2023 or later; 2023 is the year the page itself names.",
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='nasm-visualfoodie-roi-2026',
        title='The ROI of the NASM Certification Cost',
        publisher='visualfoodie.com',
        url='https://visualfoodie.com/the-roi-of-the-nasm-certification-cost',
        year=2026,
        date_note="Auto-generated-looking guide; it says its package price table reflects NASM's tiers 'as of early 2026'.",
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='acsm-cpt-jta-2010',
        title="ACSM Certified Personal Trainer Job Task Analysis (CPT_JTA_FINAL) (copy of ACSM's CPT job task analysis PDF, copied on the fdocuments.in document host's document)",
        publisher='American College of Sports Medicine',
        url='https://fdocuments.in/document/cptjtafinal-1.html',
        year=2010,
        date_note="each page of the document carries an ACSM copyright line dated 2010; the mirror's own 2019 upload date is not the document's date",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-cpt-jta-scribd-proxy',
        title="ACSM Study Guide Breakdown PDF (copy of the ACSM CPT job task analysis) (copy of ACSM's CPT job task analysis text, uploaded to scribd (document 330855285) and reached through a web proxy; same wording as the 2010 JTA's document)",
        publisher='American College of Sports Medicine',
        url='https://clevelandohioweatherforecast.com/php-proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F330855285%2FACSM-Study-Guide-Breakdown-pdf',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='acsm-ep-jta-2017-scribd',
        title="ACSM Certified Exercise Physiologist Job Task Analysis (acsm-ep-jta-full-2017-final) (copy of ACSM's ACSM-EP job task analysis PDF, copied on scribd's document)",
        publisher='American College of Sports Medicine',
        url='https://www.scribd.com/document/416334379/acsm-ep-jta-full-2017-final-1-85eeee5bc28a45b3a4d78b1881a4e4ab',
        year=2017,
        date_note="the domain table is headed 'Performance Domains (2017)' and the file name says 2017; no publication day is printed",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nccpt-issa-exam-only-page',
        title='Certified Personal Trainer NCCPT Exam Only',
        publisher="ISSA (sales page for its subsidiary NCCPT's exam)",
        url='https://www.issaonline.com/certification/nccpt-exams/certified-personal-trainer-exam/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-national-test-450',
        title='CPT Level 1 National Test Eligibility Requirements & Exam Forms (newer site version)',
        publisher='World Instructor Training Schools (W.I.T.S.)',
        url='https://witseducation.com/national-test-eligibility-requirements-exam-forms/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-retest-store',
        title='W.I.T.S. Certification Retest Registration (store page)',
        publisher='World Instructor Training Schools (W.I.T.S.)',
        url='https://witseducation.com/store-shop/wits-certification-retest-registration/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-retest-fit-store',
        title='CPT Level 1 Retest Registration Information',
        publisher='World Instructor Training Schools (W.I.T.S.)',
        url='https://www.witseducation.com/fit/store-shop/personal-trainer-retest-registration/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-test-voucher-page',
        title='Certified Personal Trainer Test Voucher Registration',
        publisher='World Instructor Training Schools (W.I.T.S.)',
        url='https://www.witseducation.com/fit/certification/test-voucher-registration/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-latestloom-programs',
        title='Best Training Programs for Personal Trainers',
        publisher='latestloom.com',
        url='https://latestloom.com/best-training-programs-for-personal-trainers',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='issa-open-exam-prep-2026',
        title='ISSA CPT Study Guide 2026: Build a Passing Plan Before You Open a Book',
        publisher='Open Exam Prep (open-exam-prep.com)',
        url='https://open-exam-prep.com/blog/issa-cpt-study-guide-2026',
        year=2026,
        date_note='The title names 2026; no day or month printed.',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='issa-winenfood-exam-difficulty',
        title='An ISSA Certification Exam Difficulty Review',
        publisher='winenfood.com',
        url='https://winenfood.com/an-issa-certification-exam-difficulty-review',
        kind=SourceKind.THIRD_PARTY_LOW,
    ),
    Source(
        id='nesta-aladygoeswest-blog',
        title='How I became a Certified Personal Trainer',
        publisher='A Lady Goes West (personal blog)',
        url='https://aladygoeswest.com/how-i-became-a-certified-personal-trainer/',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='ncsf-protrainerprep-pass-rates',
        title='How Hard Is the Personal Trainer Exam? Pass Rates',
        publisher='Pro Trainer Prep (protrainerprep.com)',
        url='https://protrainerprep.com/certifications/how-hard-is-personal-trainer-exam',
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='cscca-office-move-2021',
        title='CEO details ongoing transition, challenges membership to seek improvement in the new year',
        publisher='CSCCa (CSCCa Monthly)',
        url='http://csccamonthly.com/cscca-ceo-details-ongoing-time-of-transition-challenges-membership-to-seek-improvement-in-the-new-year/',
        year=2021,
        month=12,
        date_note='implied: the column greets members in December and announces the office closing on 17 December 2021 and the Austin opening on 3 January 2022',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nfpt-handbook-2021',
        title='NFPT Personal Trainer Certification Handbook',
        publisher='NFPT',
        url='https://wixlib.com/document/3f6_personal-trainer-certification-handbook-nfpt.html',
        year=2021,
        date_note="implied: the copy's copyright line reads 2021",
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='wits-stepped-out-of-the-shadows',
        title="Jay's Corner of the Industry: How We Stepped Out Of The Shadows",
        publisher='W.I.T.S.',
        url='https://www.witseducation.com/fit/blog/jays-corner-of-the-industry-how-we-stepped-out-of-the-shadows/',
        kind=SourceKind.OFFICIAL,
    ),
]
_O = [
    Organization(
        id='NSCA',
        name='National Strength and Conditioning Association',
        abbreviation='NSCA',
        founded=1978,
        type=OrganizationType.NONPROFIT,
        headquarters='Colorado Springs, Colorado, United States',
        country='US',
        website='https://www.nsca.com',
        description="Nonprofit membership association for strength and conditioning, started in 1978 by 76 strength coaches who wanted to network and unify their profession; it is based in Colorado Springs. It offers five certifications, conferences and workshops, and several publications; a 2012 third-party blog quoting NSCA describes two of them, the Journal of Strength and Conditioning Research and the Strength and Conditioning Journal, as peer-reviewed. The article counts more than 60,000 members and credentialed professionals, while NSCA's own, older history text says nearly 30,000 members in 72 countries. Its member exam prices are for Student and Professional members, and student members must prove full-time enrolment at each renewal.",
        memberships=(
            MembershipTier(
                id='student',
                name='Student',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('65'),
                        bound=PriceBound.EXACT,
                        jurisdiction='US',
                        stated_in=2015,
                        note="$65 a year, as a student member put it on a third-party blog in 2015; NSCA's own fee was not found. Shown as $; US dollars inferred, NSCA being a US body",
                        sources=(
                            _S[32],
                        ),
                    ),
                ),
                requirements=(
                    Requirement(
                        level=RequirementLevel.REQUIRED,
                        any_of=(
                            Condition(
                                kind=ConditionKind.STUDENT,
                                description='full-time student status, verified at each renewal (undergraduates: at least 9 credit hours); without verification the membership is prorated to a Professional membership',
                            ),
                        ),
                        sources=(
                            _S[93],
                        ),
                    ),
                ),
                sources=(
                    _S[93],
                    _S[17],
                ),
            ),
            MembershipTier(
                id='professional',
                name='Professional',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        bound=PriceBound.NOT_REPORTED,
                        jurisdiction='US',
                        note='no usable source gives the Professional membership fee',
                        sources=(
                            _S[17],
                            _S[93],
                        ),
                    ),
                ),
                sources=(
                    _S[17],
                    _S[93],
                ),
            ),
        ),
        disagreements=(
            Disagreement(
                path='memberships[1].prices[0]',
                value='$130 a year',
                note='a page that looks auto-generated calls this a 2026 estimate; such a page is never the only basis for a value, so the fee stays not reported',
                sources=(
                    _S[40],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='Student and Professional are confirmed as the two tiers that get member exam rates (student status verified at each renewal; unverified student memberships are prorated to Professional), but no official price for either tier was found in the stored copies. The stored NSCA pages hold only the opening part of each page; the membership-options page itself was not among them.',
                searched=(
                    'NSCA membership options Student Member Professional Member annual dues price per year',
                    '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                    'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                    'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                    'NSCA National Conference registration rates professional member student member non-member join and save',
                    'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                    'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                    'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                    'docs corpus: NSCA membership options professional student price',
                    "find_string 'NSCA Professional Membership' (code index: no hits)",
                    'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                    'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[0],
            _S[1],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[1],
                    _S[0],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[0],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[2],
                    _S[10],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[2],
                    _S[10],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[1],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[1],
                    _S[2],
                    _S[0],
                    _S[99],
                    _S[17],
                    _S[93],
                ),
            ),
        ),
    ),
    Organization(
        id='NASM',
        name='National Academy of Sports Medicine',
        abbreviation='NASM',
        founded=1987,
        type=OrganizationType.MEMBERSHIP,
        headquarters='Gilbert, Arizona, United States',
        country='US',
        website='https://www.nasm.org',
        description="Membership organization for the certification and continuing education of fitness professionals, as the primary article describes it, founded in 1987; besides its personal trainer certification it offers specializations and coaching credentials in nutrition, wellness and sports performance. Its courses follow its own Optimum Performance Training (OPT) model, which progresses through stabilization, strength and power. NASM's terms, issued by National Academy of Sports Medicine, LLC of Gilbert, Arizona, mark only the personal trainer certification as accredited; a third-party encyclopedia instead calls NASM a for-profit subsidiary of Ascend Learning.",
        disagreements=(
            Disagreement(
                path='type',
                value='for-profit',
                note="a third-party encyclopedia calls NASM a for-profit subsidiary of Ascend Learning; the primary article, which ranks above it, calls NASM a membership organization (NASM's own terms name an LLC but state no type)",
                sources=(
                    _S[54],
                ),
            ),
            Disagreement(
                path='headquarters',
                value='Chandler, Arizona',
                note="the address in NASM's August 2017 candidate handbook; NASM's newer terms and November 2022 handbook give Gilbert",
                sources=(
                    _S[45],
                ),
            ),
            Disagreement(
                path='headquarters',
                value='Calabasas, California',
                note="an old third-party encyclopedia entry; NASM's own newer pages give Gilbert",
                sources=(
                    _S[55],
                ),
            ),
        ),
        sources=(
            _S[0],
            _S[54],
            _S[42],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[0],
                    _S[54],
                    _S[52],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[0],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[42],
                    _S[44],
                    _S[54],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[42],
                    _S[44],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[54],
                    _S[41],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[0],
                    _S[52],
                    _S[42],
                    _S[54],
                ),
            ),
        ),
    ),
    Organization(
        id='ISSA',
        name='International Sports Sciences Association',
        abbreviation='ISSA',
        founded=1988,
        headquarters='Phoenix, Arizona, United States',
        country='US',
        description="Fitness education organization founded in 1988 by Sal Arria and Frederick Hatfield; its 2018-2019 catalog lists 12 certifications and an associate's degree and claims more than 200,000 trainers taught in 91 countries. Its school is approved by California's Bureau for Private Postsecondary Education and has been accredited by the Distance Education Accrediting Commission since January 2009. Its certifications are earned through online courses ending in a course exam (stated for its personal trainer and strength and conditioning credentials); NCCA-accredited exams are offered separately by its subsidiary NCCPT.",
        disagreements=(
            Disagreement(
                path='headquarters',
                value='Santa … (the rest of the name is cut off)',
                note="a third-party guide whose stored text is truncated; ISSA's 2021 textbook imprint gives a Phoenix address, which is kept",
                sources=(
                    _S[75],
                ),
            ),
            Disagreement(
                path='headquarters',
                value='Carpinteria, California',
                note="ISSA's Title IV disclosure says US Department of Education listings place its school in Carpinteria; the newer 2021 textbook imprint gives Phoenix, which is kept",
                sources=(
                    _S[141],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="No ISSA membership tier or member price seen (its FAQ mentions a 'Member Account' only), so dues may not apply.",
                searched=(
                    'ISSA Certified Personal Trainer tuition price payment plan',
                    'issaonline Certified Personal Trainer course Add To Cart $ monthly payments',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[67],
            _S[0],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[67],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[69],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[69],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[67],
                    _S[141],
                    _S[70],
                    _S[139],
                    _S[140],
                    _S[0],
                ),
            ),
        ),
    ),
    Organization(
        id='NCSF',
        name='National Council on Strength & Fitness',
        abbreviation='NCSF',
        founded=1996,
        type=OrganizationType.MEMBERSHIP,
        headquarters='Coral Gables, Florida, United States',
        country='US',
        website='https://www.ncsf.org',
        description="Certifying body whose credentials are run by its Board for Certification (NCSFBC). Wikipedia dates it to 1996, out of a 1994 outreach program at Florida International University, calls it member-driven, lists personal trainer, strength coach and sports nutrition credentials, and says the board oversees NCCA-accredited programs with exams at Prometric centres; NCSF's own policy page says no NCSF course is required for its personal trainer exam. Its licensee in Singapore says NCSF was a founding member of CREP, the coalition that maintains the US Registry of Exercise Professionals (USREPS).",
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='Wikipedia calls NCSF member-driven, but no membership tier or member price was seen on any NCSF page, so dues may not apply.',
                searched=(
                    'NCSF personal trainer certification packages price $ home study course exam included',
                    'NCSF Certified Strength Coach exam fee registration',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[143],
            _S[0],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[81],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[81],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[77],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[77],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[79],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[143],
                    _S[81],
                    _S[77],
                    _S[149],
                    _S[150],
                ),
            ),
        ),
    ),
    Organization(
        id='CSCCa',
        name='Collegiate Strength and Conditioning Coaches Association',
        abbreviation='CSCCa',
        founded=2000,
        type=OrganizationType.NONPROFIT,
        headquarters='Austin, Texas, United States',
        country='US',
        description='Association of collegiate and professional strength and conditioning coaches, founded on 20 May 2000 at a meeting of collegiate coaches in Las Vegas; a 2015 trade-magazine article calls it a nonprofit. It awards the SCCC, first offered in 2001, and a master level, the MSCC, which carries annual dues. For 2024 its dues were $55 a year for students and $110 for full-time members, for a membership year from 1 August to 31 July; membership is optional for the SCCC but lowers its fee. Its national office moved from Provo, Utah, to Austin, Texas, at the end of 2021.',
        memberships=(
            MembershipTier(
                id='student',
                name='Student',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('55'),
                        bound=PriceBound.EXACT,
                        jurisdiction='US',
                        note='per membership year (1 August to 31 July), 2024 cycle; $ amounts taken as US dollars (inferred: the page shows only $)',
                        sources=(
                            _S[84],
                        ),
                    ),
                ),
                requirements=(
                    Requirement(
                        level=RequirementLevel.REQUIRED,
                        any_of=(
                            Condition(
                                kind=ConditionKind.STUDENT,
                                description='a student',
                            ),
                        ),
                        sources=(
                            _S[84],
                        ),
                    ),
                ),
                sources=(
                    _S[84],
                ),
            ),
            MembershipTier(
                id='full-time',
                name='Full-time',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('110'),
                        bound=PriceBound.EXACT,
                        jurisdiction='US',
                        note='per membership year (1 August to 31 July), 2024 cycle; who may hold this tier is not stated beyond its name; $ amounts taken as US dollars (inferred: the page shows only $)',
                        sources=(
                            _S[84],
                        ),
                    ),
                ),
                sources=(
                    _S[84],
                ),
            ),
        ),
        sources=(
            _S[82],
            _S[0],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[82],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[92],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[82],
                    _S[92],
                    _S[151],
                    _S[84],
                    _S[407],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[407],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[407],
                ),
            ),
        ),
    ),
    Organization(
        id='NSCA-JAPAN',
        name='NSCA Japan',
        abbreviation='NSCA Japan',
        founded=1991,
        type=OrganizationType.NONPROFIT,
        headquarters='Nagareyama, Chiba, Japan',
        country='JP',
        website='https://nsca-japan.or.jp',
        description="NSCA Japan (特定非営利活動法人 NSCAジャパン, also called 日本ストレングス&コンディショニング協会) is a specified nonprofit corporation founded in 1991 and based in Nagareyama, Chiba. It runs the NSCA's CSCS and NSCA-CPT exams in Japanese, computer-based at Pearson VUE centres since April 2016, and handles recertification for holders in Japan. It issues no credential of its own: in this data its route appears as Japanese-language fees and rules for candidates in Japan on CSCS and NSCA-CPT. It has regular, student and English-language members, and membership runs for one year.",
        memberships=(
            MembershipTier(
                id='regular',
                name='Regular (正会員)',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('13200'),
                        currency=Currency.JPY,
                        bound=PriceBound.EXACT,
                        tax=TaxTreatment.INCLUDED,
                        jurisdiction='JP',
                        note="a year, tax included; third-party pages, as NSCA Japan's own fee page was not seen",
                        sources=(
                            _S[119],
                            _S[118],
                            _S[120],
                        ),
                    ),
                ),
                sources=(
                    _S[110],
                ),
            ),
            MembershipTier(
                id='student',
                name='Student (学生会員)',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('11000'),
                        currency=Currency.JPY,
                        bound=PriceBound.EXACT,
                        tax=TaxTreatment.INCLUDED,
                        jurisdiction='JP',
                        note="a year, tax included; third-party pages, as NSCA Japan's own fee page was not seen",
                        sources=(
                            _S[119],
                            _S[118],
                            _S[120],
                        ),
                    ),
                ),
                requirements=(
                    Requirement(
                        level=RequirementLevel.REQUIRED,
                        any_of=(
                            Condition(
                                kind=ConditionKind.STUDENT,
                                description='a student (middle or high school, vocational school or university, according to a third-party blog)',
                            ),
                        ),
                        sources=(
                            _S[119],
                        ),
                    ),
                ),
                sources=(
                    _S[110],
                ),
            ),
            MembershipTier(
                id='english-language',
                name='English-language (英文会員)',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        currency=Currency.JPY,
                        bound=PriceBound.NOT_REPORTED,
                        jurisdiction='JP',
                        note='no current fee for this category was found',
                        sources=(
                            _S[110],
                        ),
                    ),
                ),
                sources=(
                    _S[110],
                ),
            ),
        ),
        disagreements=(
            Disagreement(
                path='memberships[0].prices[0].amount',
                value='¥12,960',
                note='an older fee level on an undated third-party page; the newer pages agree on ¥13,200',
                sources=(
                    _S[121],
                ),
            ),
            Disagreement(
                path='memberships[0].prices[0].amount',
                value='¥12,000',
                note='an old, undated third-party page; not the current fee',
                sources=(
                    _S[125],
                ),
            ),
            Disagreement(
                path='memberships[1].prices[0].amount',
                value='¥10,800',
                note='an older fee level on an undated third-party page; the newer pages agree on ¥11,000',
                sources=(
                    _S[121],
                ),
            ),
            Disagreement(
                path='memberships[1].prices[0].amount',
                value='¥10,000',
                note='an old, undated third-party page; not the current fee',
                sources=(
                    _S[125],
                ),
            ),
            Disagreement(
                path='memberships[2].prices[0]',
                value='¥17,000 (English-journal membership)',
                note='an old, undated third-party page; no current fee for this category was found',
                sources=(
                    _S[125],
                ),
            ),
        ),
        sources=(
            _S[106],
            _S[103],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[104],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[105],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[105],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[105],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[106],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[103],
                    _S[104],
                    _S[105],
                    _S[106],
                    _S[107],
                    _S[116],
                    _S[110],
                    _S[113],
                ),
            ),
        ),
    ),
    Organization(
        id='ACSM',
        name='American College of Sports Medicine',
        abbreviation='ACSM',
        founded=1954,
        type=OrganizationType.NONPROFIT,
        headquarters='Indianapolis, Indiana, United States',
        country='US',
        website='https://acsm.org',
        description="Nonprofit sports-medicine and exercise-science body founded in 1954 (encyclopedias add that it began in New York City as the Federation of Sports Medicine and took its present name a year later) and based in Indianapolis (since 1984, Wikipedia says), where in 2024 it was selling its long-time building, which it now calls its former headquarters. It has certified exercise professionals since 1975 through an independent board inside ACSM, the Committee on Certification and Registry Boards, and names four core certifications: ACSM-GEI, ACSM-CPT and ACSM-EP for health and fitness settings and ACSM-CEP for clinical settings, with recertification rules it says follow NCCA standards. Counts of its members differ: more than 40,000 members and certified professionals in ACSM's 2012 guide, more than 20,000 members in almost 80 countries in an undated ACSM text, and over 50,000 on Wikipedia.",
        prices=(
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                tier='national',
                tier_name='National',
                bound=PriceBound.NOT_REPORTED,
                jurisdiction='US',
                note="ACSM counts national, international and regional members, but no ACSM page giving national dues was found; ACSM's 11 regional chapters charge their own dues ($15 student, $35 professional), which are not national membership",
                sources=(
                    _S[171],
                    _S[172],
                ),
            ),
        ),
        disagreements=(
            Disagreement(
                path='prices[0]',
                value='$55 a year',
                note="a low-quality prep page quoting 2024 pricing, whose other claims (a two-year renewal cycle) contradict ACSM's pages; such a page is never the only basis for a value",
                sources=(
                    _S[173],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="No ACSM national membership dues (professional, student, graduate student or other tier) were found on any stored page. Only regional chapter dues ($15 student, $35 professional, already in the data) and a low-quality third-party $55/year claim (already in the data as testprepnation) were seen. ACSM's Get Certified Guides tell readers that members get the best exam discount but their stored copies stop before any price list. Look next at acsm.org's membership/join page or the members.acsm.org store product pages for membership items.",
                searched=(
                    'ACSM membership types dues professional member student member emerging professional annual price',
                    'members.acsm.org ItemDetail membership dues Professional Membership price',
                    'Join ACSM membership categories Professional Plus Premium Student Graduate Student Retired dues per year',
                    'how much does ACSM membership cost per year professional member student member discount on exam',
                    'ACSM membership Professional-in-Training undergraduate student graduate student professional emeritus membership rates',
                    'ACSM CEO quarterly operational report certification exams taken pass rates membership numbers dues revenue',
                    'hosts looked at: certification.acsm.org/membership/regional-chapters, www.acsm.org/join-acsm/affiliate-societies, members.acsm.org (EPP fee item only), acsm.org/ceo-quarterly-operational-report-oct-2025, rebrandx.acsm.org annual-report-2024',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[158],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[159],
                    _S[160],
                    _S[161],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[159],
                    _S[161],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[162],
                    _S[160],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[162],
                    _S[160],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[164],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[159],
                    _S[160],
                    _S[161],
                    _S[162],
                    _S[163],
                    _S[165],
                    _S[166],
                    _S[168],
                    _S[169],
                    _S[170],
                    _S[171],
                ),
            ),
        ),
    ),
    Organization(
        id='ACE',
        name='American Council on Exercise',
        abbreviation='ACE',
        founded=1985,
        type=OrganizationType.NONPROFIT,
        headquarters='4933 Paramount Dr., San Diego, CA 92123, United States',
        country='US',
        website='https://www.acefitness.org',
        description="US nonprofit, established in 1985 and based in San Diego, that certifies fitness professionals; third-party pages trace it to the certifying arm of the IDEA Foundation, and in 2013 its President and CEO was Scott Goudeseune. Its four core certifications (Personal Trainer, Group Fitness Instructor, Health Coach and Medical Exercise Specialist) have been NCCA-accredited since 2003, and ACE points out that accreditation belongs to a certification, not to an organization. A third-party page counted more than 75,000 people ACE-certified in 2021. In 2018 CrossFit reported having complained to the NCCA that ACE carried an old certification's accreditation over to a new one; this is an allegation, and its outcome was not found.",
        disagreements=(
            Disagreement(
                path='headquarters',
                value='4851 Paramount Dr., San Diego, CA 92123',
                note="ACE's candidate handbook revised in October 2020; the handbook revised in January 2023 is newer and is kept",
                sources=(
                    _S[223],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="No ACE membership product or dues were found. ACE's exam fee tables charge one price to everyone (no member/non-member split), and its impact reports and FAQ describe certified professionals, not members, so ACE may have no dues at all; no ACE page saying so was found, so this stays 'not-found' rather than 'not-published'.",
                searched=(
                    'American Council on Exercise membership join ACE member benefits annual fee ACE Pro',
                    'hosts looked at: acefitness.org/about-ace/impact-report/, acefitness.org/40-years, acefitness.org/faqs/faqs.aspx, healthandfitnessbusiness.org jan2026 membership-ace',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[214],
            _S[221],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[216],
                    _S[217],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[220],
                    _S[221],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[222],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[222],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[224],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[216],
                    _S[220],
                    _S[222],
                    _S[218],
                    _S[219],
                    _S[221],
                    _S[214],
                    _S[226],
                    _S[227],
                ),
            ),
        ),
    ),
    Organization(
        id='NFPT',
        name='National Federation of Professional Trainers',
        abbreviation='NFPT',
        founded=1987,
        headquarters='Lafayette, Indiana, United States',
        country='US',
        website='https://www.nfpt.com',
        description="Personal trainer certification body incorporated in 1987 by Ron Clark, a former US Marine from Lafayette, Indiana, which has certified fitness professionals since 1988. Its about page names Clark as founder and CEO, while a 2012 NFPT blog post names his daughter Angie Pattengale, who joined him in 1994, as co-owner and CEO. NFPT's certification is renewed every year, and NFPT calls the yearly fee a membership renewal fee. Its handbook gives a post-office box in Lafayette, Indiana, as its address.",
        disagreements=(
            Disagreement(
                path='founded',
                value='1988',
                note="NFPT's archived FAQ says it has certified fitness professionals since 1988, and a 2012 NFPT blog post puts its 25th anniversary in February 2013; 1987 is the year the about page gives for incorporation",
                sources=(
                    _S[259],
                    _S[260],
                ),
            ),
        ),
        sources=(
            _S[258],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[258],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[262],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[258],
                    _S[259],
                    _S[260],
                    _S[262],
                    _S[408],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[408],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[408],
                ),
            ),
        ),
    ),
    Organization(
        id='NCCPT',
        name='National Council for Certified Personal Trainers',
        abbreviation='NCCPT',
        headquarters='Phoenix, Arizona, United States',
        country='US',
        website='https://www.nccpt.com',
        description='Certification body whose exams are run by the NCCPT Certification Board. It is a subsidiary of ISSA but is managed by an independent board, works separately from ISSA and makes its own decisions on eligibility, recertification and discipline; it says it has supplied certified professionals for over twenty years and lists itself as an NBFE affiliate. Its March 2023 about page names five NCCA-accredited certifications (CPT, CGxI, CICI, CYI and CSTS), while an older exams page said only the personal trainer certification was accredited.',
        disagreements=(
            Disagreement(
                path='headquarters',
                value='Newbury Park, California, United States',
                note="the renewal mailing address (3481 Old Conejo Road) on an older version of NCCPT's recertification page; the 2022 store page gives the Phoenix address and is newer",
                sources=(
                    _S[278],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='No NCCPT membership or member price seen; dues may not apply.',
                searched=(
                    'NCCPT Certified Personal Trainer exam voucher price $ purchase accredited exam',
                    'NCCPT recertification fee $ renew certification every two years CEUs fee amount',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[274],
            _S[139],
        ),
        citations=(
            Citation(
                path='headquarters',
                sources=(
                    _S[276],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[276],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[276],
                    _S[277],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[274],
                    _S[139],
                    _S[275],
                    _S[276],
                    _S[71],
                ),
            ),
        ),
    ),
    Organization(
        id='NETA',
        name='National Exercise Trainers Association',
        abbreviation='NETA',
        country='US',
        website='https://www.netafit.org',
        description='Fitness education association whose certification exams are run by the NETA Certification Board (NETA-CB). Its Group Exercise Instructor and Personal Trainer certifications are renewed under its primary-certification rules, and it also offers a Wellness Coach specialty. No address of NETA was seen; its country, the US, is inferred from its 2016 handbook, which has its certified trainers listed on the U.S. Registry of Exercise Professionals and its exams accredited by the NCCA.',
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='No NETA membership tier or member price seen on stored pages, so dues may not apply.',
                searched=(
                    'National Exercise Trainers Association membership annual dues member discount workshops',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[279],
        ),
        citations=(
            Citation(
                path='website',
                sources=(
                    _S[282],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[279],
                    _S[282],
                    _S[280],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[280],
                    _S[279],
                ),
            ),
        ),
    ),
    Organization(
        id='WITS',
        name='World Instructor Training Schools',
        abbreviation='W.I.T.S.',
        founded=1993,
        country='US',
        website='https://www.witseducation.com',
        description="Fitness education and certification organization, which said in 2024 that it had certified fitness professionals for 30 years. Since 2016 its certification program has been overseen by an independent W.I.T.S. Certification Council, and it says it is the only fitness certification with American Council on Education college-credit recommendations. A third-party page names Jay DelVecchio as President and CEO and says W.I.T.S. has been an IACET-accredited continuing-education provider since 2006. By its president's account it began with a site in Virginia Beach, Virginia, in 1993 and then went national; no office address was seen.",
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="W.I.T.S.'s CE page says its CEU courses carry 'an additional membership discount', so some member pricing exists, but no membership fee or tier was found.",
                searched=(
                    'witseducation store certification renewal fee personal trainer renewal $',
                    'W.I.T.S. personal trainer certification course cost tuition college $ includes national exam',
                    'college continuing education Personal Fitness Trainer W.I.T.S. course fee includes national certification exam voucher textbook',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[285],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[287],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[290],
                    _S[289],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[286],
                    _S[291],
                    _S[290],
                    _S[288],
                    _S[409],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[409],
                ),
            ),
        ),
    ),
    Organization(
        id='NESTA',
        name='National Exercise & Sports Trainers Association',
        abbreviation='NESTA',
        founded=1992,
        type=OrganizationType.ASSOCIATION,
        headquarters='Rancho Santa Margarita, California, United States',
        country='US',
        website='https://www.nestacertified.com',
        description='Professional association and certification body established in 1992; its personal fitness trainer exams are run by the NESTA Executive Certification Board. It counts more than 75,000 members worldwide on its handbook page but more than 56,000 professionals on its about page (both undated). Its recertification page groups it with other education companies of John Spencer Ellis Enterprises, such as the Spencer Institute.',
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='NESTA counts members (56,000+ / 75,000+), but no dues or member price was seen.',
                searched=(
                    'nestacertified personal fitness trainer certification program price $ payment plan master trainer',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[293],
            _S[294],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[293],
                    _S[294],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[294],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[295],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[295],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[296],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[293],
                    _S[294],
                    _S[296],
                ),
            ),
        ),
    ),
    Organization(
        id='UKSCA',
        name='United Kingdom Strength and Conditioning Association',
        abbreviation='UKSCA',
        founded=2004,
        type=OrganizationType.ASSOCIATION,
        country='GB',
        website='https://www.uksca.org.uk',
        description="The UK's professional association for strength and conditioning coaches, founded in 2004; a CIMSPA announcement calls it the professional body for S&C in the UK. From 2004 its only professional registration was the Accredited Strength and Conditioning Coach, held by about 400 coaches in 2011 and about 850 at the end of 2018; in 2018 it began work on an entry-level Accredited S&C Trainer. Rather than seek a Royal Charter of its own, it is pursuing chartered status for its accredited coaches through CIMSPA.",
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='No UKSCA subscription price for any grade (student, associate/graduate, accredited) was found. The ASCC fee is charged to members, so the dues matter, but no membership or join page of uksca.org.uk is in the stored copies, and no third-party page quoting the dues was found.',
                searched=(
                    'UKSCA membership fees student associate accredited member annual',
                    'UKSCA join become a member price per year',
                    'UK Strength and Conditioning Association membership accredited coach graduate student £ membership benefits',
                    'UKSCA student membership cost',
                    '"Accredited S&C Coach" UKSCA membership subscription £ per annum associate member',
                    'UKSCA membership options Accredited member Associate member Student member price monthly direct debit',
                    'is UKSCA accreditation worth it cost of membership per year plus assessment fee blog',
                    'UKSCA membership includes Professional Strength and Conditioning journal insurance discounts workshops join today',
                    'docs corpus: uksca.org.uk membership',
                    'pages seen: uksca.org.uk/blog/10/assets, /blog/12, /blog/22, /blog/25, /blog/57, UKSCA IQ articles 1851 and 1974 (none prints a membership price; no UKSCA membership or join page is in the stored copies)',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[298],
            _S[300],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[301],
                    _S[300],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[298],
                    _S[305],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[305],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[298],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[301],
                    _S[305],
                    _S[300],
                    _S[302],
                    _S[303],
                ),
            ),
        ),
    ),
    Organization(
        id='CSEP',
        name='Canadian Society for Exercise Physiology',
        abbreviation='CSEP',
        founded=1967,
        type=OrganizationType.ASSOCIATION,
        headquarters='Ottawa, Ontario, Canada',
        country='CA',
        website='https://csep.ca',
        description="Founded in 1967 as the Canadian Association of Sports Sciences and renamed CSEP by its members in 1992, it describes itself as a voluntary organization of professionals in exercise physiology, exercise biochemistry, fitness and health (in French, Société canadienne de physiologie de l'exercice, SCPE); its 50th-anniversary timeline counted about 6,000 members. Its Professional Standards Program awards two certifications, CSEP-CPT and CSEP-CEP, plus add-on specializations in high performance and in pre- and postnatal exercise. Certified members renew every year; all memberships run from 1 April to 31 March.",
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='Only the certified-member renewal fees (which are the CPT/CEP membership fees) were found. CSEP also has student and academic members (named on its awards and scholarship pages), but no dues for those categories appeared on any stored page.',
                searched=(
                    'CSEP membership categories student member general member fees membership year April 1',
                    'csep.ca join CSEP research membership trainee regular member dues Applied Physiology Nutrition and Metabolism subscription',
                    'csep.ca membership-overview become a member academic member student member non-certified membership fee benefits',
                    'pages seen: csep.ca/about/csep-awards/, csep.ca/about/csep-scholarship-for-persons-from-underrepresented-groups/, csep.ca/membership-overview/renewals-faqs/',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[309],
            _S[314],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[310],
                    _S[309],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[309],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[312],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[309],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[313],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[310],
                    _S[309],
                    _S[311],
                    _S[314],
                    _S[315],
                ),
            ),
        ),
    ),
    Organization(
        id='CANFITPRO',
        name='Canadian Fitness Professionals',
        abbreviation='canfitpro',
        founded=1993,
        country='CA',
        website='https://www.canfitpro.com',
        description='canfitpro is a division of the company Canadian Fitness Professionals Inc.; it began in 1993 with the BodyLife education conference, whose rights its founder and CEO David Patchell-Evans bought from Germany. It reports more than 100,000 members and calls itself the largest education provider in the Canadian fitness industry. It certifies fitness instructors (FIS) and personal trainers (PTS) among other designations, and certification requires keeping a canfitpro membership current; membership and certifications expire on the same date each year.',
        memberships=(
            MembershipTier(
                id='professional',
                name='Professional Membership',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('120'),
                        currency=Currency.CAD,
                        tier='professional',
                        tier_name='Professional',
                        bound=PriceBound.EXACT,
                        tax=TaxTreatment.ADDED,
                        jurisdiction='CA',
                        note='a new membership, per year, plus GST/HST; includes the magazine; CAD inferred from the Canadian taxes named',
                        sources=(
                            _S[334],
                        ),
                    ),
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('98'),
                        currency=Currency.CAD,
                        tier='professional',
                        tier_name='Professional',
                        bound=PriceBound.EXACT,
                        tax=TaxTreatment.ADDED,
                        jurisdiction='CA',
                        note='a renewal, per year, plus GST/HST; CAD inferred from the Canadian taxes named',
                        sources=(
                            _S[334],
                        ),
                    ),
                ),
                sources=(
                    _S[334],
                    _S[338],
                ),
            ),
        ),
        sources=(
            _S[334],
            _S[335],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[335],
                    _S[336],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[335],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[337],
                    _S[335],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[334],
                    _S[336],
                    _S[335],
                    _S[337],
                    _S[338],
                    _S[340],
                ),
            ),
        ),
    ),
    Organization(
        id='ASCA',
        name='Australian Strength and Conditioning Association',
        abbreviation='ASCA',
        founded=1992,
        type=OrganizationType.NONPROFIT,
        country='AU',
        website='https://www.strengthandconditioning.org',
        description="Accrediting body for strength and conditioning coaches in Australia. Its scope-of-practice document defines an S&C coach there as an ASCA-accredited coach who develops the physical capacities of competitive athletes (general-population fitness is outside that scope, and a Certificate IV in Fitness does not replace the accreditation), says a university degree is not needed for accreditation though most S&C jobs ask for one, and says its courses are endorsed under the National Coach Accreditation Scheme run by the Australian Sports Commission; a third-party copy names Sport Australia, the commission's later brand, and adds anti-doping education at each level. From 2022 ASCA merged its old Levels 2 and 3 with its Professional Coach Accreditation Scheme (PCAS) into one framework (Intro, Level 1, Associate L2, Professional L2, Elite L3, Master L3); an ASCA podcast listing says PCAS recognises experience as well as education and ties credentials to job competencies and proposed minimum pay. A third-party page calls ASCA an incorporated non-profit and the peak national body for S&C, recognised by the Australian Sports Commission and the AIS.",
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="No ASCA membership fee (any category) was found in the stored pages; the organisation's own pages on strengthandconditioning.org are not in the corpus except for two scribd copies of its documents, neither of which prints dues.",
                searched=(
                    'ASCA membership fees professional member student annual',
                    '"Australian Strength & Conditioning Association" membership per annum professional member associate member student $',
                    'ASCA membership benefits Journal of Australian Strength and Conditioning JASC subscription join ASCA member fee insurance',
                    'ASCA Level 1 course $ price includes 12 months ASCA membership',
                    "results for 'ASCA membership' were dominated by other bodies sharing the acronym (American School Counselor Association, Association for Student Conduct Administration, American Swimming Coaches Association)",
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[346],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[349],
                ),
            ),
            Citation(
                path='type',
                sources=(
                    _S[350],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[346],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[346],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[346],
                    _S[347],
                    _S[348],
                    _S[351],
                    _S[350],
                ),
            ),
        ),
    ),
    Organization(
        id='ESSA',
        name='Exercise & Sports Science Australia',
        abbreviation='ESSA',
        founded=1991,
        headquarters='Albion, Queensland, Australia (postal address Locked Bag 102, Albion DC QLD 4010, as given in 2015 AGM minutes)',
        country='AU',
        website='https://www.essa.org.au',
        description='Australian professional body for exercise and sports science, founded in 1991 as the Australian Association of Exercise and Sports Science (AAESS) when it split from Sports Medicine Australia; Prof. Tony Parker was its first president. It is a company limited by guarantee (ACN 053 849 460). ESSA grants four individual accreditations (Accredited Exercise Scientist, Accredited Exercise Physiologist, Accredited Sports Scientist and Accredited High Performance Manager) and accredits university courses in exercise science and exercise physiology at bachelor level (AQF level 7) or above.',
        memberships=(
            MembershipTier(
                id='student',
                name='Student',
                prices=(
                    Price(
                        pays_for=PriceItem.MEMBERSHIP,
                        amount=Decimal('0'),
                        currency=Currency.AUD,
                        bound=PriceBound.EXACT,
                        jurisdiction='AU',
                        stated_in=2021,
                        note="ESSA's student join page says student membership costs nothing in 2021 (the only year the page names); fees for other years are not stated.",
                        sources=(
                            _S[384],
                        ),
                    ),
                ),
                sources=(
                    _S[384],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note="Only the student category's price (free in 2021) was found. Dues for the other membership categories (exercise science/full, associate, academic, fellow and others) and for accredited members were not printed on any stored page; the membership-types page lists the categories without prices.",
                searched=(
                    'ESSA accreditation fees Accredited Exercise Scientist annual accreditation fee membership fee schedule',
                    'Exercise & Sports Science Australia membership fees 2023 2024 inc GST exercise scientist',
                    'ESSA accreditation application assessment fee non-refundable graduate exercise science',
                    'essa.org.au membership and accreditation fees table AES AEP student member $',
                    'ESSA membership types exercise science member student member graduate member cost per year',
                    'is ESSA accreditation worth it cost per year Accredited Exercise Scientist fee insurance',
                    'ESSA fee schedule 2025 accreditation renewal fee AES $ GST inclusive',
                    'essa.secure-platform.com Accredited Exercise Scientist application eligibility fee payment',
                    'ESSA annual report membership numbers accreditation numbers AES revenue membership subscriptions',
                    'ESSA Public APPLY NOW fees accreditation application fee annual fee pro rata exercise scientist physiologist',
                    'Exercise and Sports Science Australia membership fee accreditation fee AES annual cost (docs corpus)',
                    'ESSA application before you start accreditation fee payable Accredited Exercise Scientist join online application documents',
                    'ESSA Public Join membership fees AES $ AEP $ ASpS annual membership and accreditation fee 2022',
                    'pages looked at: essa.org.au managing-your-accreditation, membership/accreditation (older), membership/renew-online, membership/membership-types, Public/APPLY_NOW Graduate_Entry_Assessment and Provisional_Accreditation, essa.secure-platform.com individual-accreditation home, scribd ESSA 2016 Annual Report (opening pages only): none prints an individual application, accreditation or membership fee',
                    'ESSA student membership costs $ per year students encouraged join Exercise and Sports Science Australia university',
                    'ESSA student membership free of charge 2022 2023 student join application',
                ),
                searched_on=date(2026, 12, 7),
            ),
        ),
        sources=(
            _S[354],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[354],
                    _S[353],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[357],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[357],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[360],
                    _S[359],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[353],
                    _S[354],
                    _S[356],
                    _S[358],
                    _S[359],
                ),
            ),
        ),
    ),
    Organization(
        id='USAW',
        name='USA Weightlifting',
        abbreviation='USAW',
        type=OrganizationType.NONPROFIT,
        headquarters='Colorado Springs, Colorado, United States',
        country='US',
        website='https://www.usaweightlifting.org',
        description='The national governing body for weightlifting in the United States; its 2008 bylaws name the corporation USA Weightlifting, Inc. and have a section on its non-profit status, and Wikipedia (third party) lists it as a member of the US Olympic Committee and the International Weightlifting Federation with 45 state Local Weightlifting Committees. Under bylaws adopted in 2017 every member is bound by U.S. Center for SafeSport policies; coaches need SafeSport training (from October 2017 three online courses of about 30 minutes, valid two years) to be listed in the Online Coach Directory, and from January 2018 coaches registering for national events also need the USADA coach tutorial each calendar year and a USAW background check. Local hosts may run its Sports Performance Coach and Advanced Sports Performance Coach courses (older forms call them the Weightlifting and Sports Performance Coach courses), with at least 8 participants and applications 8 weeks ahead; the Program Design course is not offered locally.',
        prices=(
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                bound=PriceBound.NOT_REPORTED,
                jurisdiction='US',
                note='fee not seen in the sources; a third-party page says membership is needed to compete or to take a coaching course and can be paid monthly',
                sources=(
                    _S[366],
                ),
            ),
        ),
        gaps=(
            Gap(
                field=GapField.MEMBERSHIP_DUES,
                reason=GapReason.NOT_FOUND,
                note='No USA Weightlifting membership price (athlete, coach or any other type) was found on a stored USAW page or a dated third-party page. A third-party article says membership is needed to compete or take a coaching course and can be paid monthly, without a figure; the recertification page says coaches renew membership and certification separately in WebPoint.',
                searched=(
                    'USA Weightlifting coach membership annual fee $ professional coach membership',
                    'teamusa.org USA Weightlifting membership types join Senior Athlete Coach membership price',
                    'usaweightlifting.org membership options coach membership includes insurance background check price per year',
                    'USA Weightlifting membership price increase announcement new membership fees 2019 2020 2023',
                    'USA Weightlifting membership types Youth Athlete Junior Senior Coach Official Supporting Member annual dues dollars',
                    'USAW membership costs per year coach athlete blog how much is a USA Weightlifting membership',
                    'pages looked at: teamusa.org Membership Bill of Rights, monthly member updates (Nov 2017, Mar 2018, Nov 2019, Aug 2020, Feb 2022), 2008 LWC update, mashelite.com, Wikipedia: no dues printed',
                ),
                searched_on=date(2026, 12, 7),
                sources=(
                    _S[366],
                    _S[387],
                ),
            ),
        ),
        sources=(
            _S[362],
            _S[363],
        ),
        citations=(
            Citation(
                path='type',
                sources=(
                    _S[362],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[365],
                    _S[364],
                ),
            ),
            Citation(
                path='country',
                sources=(
                    _S[363],
                ),
            ),
            Citation(
                path='website',
                sources=(
                    _S[365],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[363],
                    _S[362],
                    _S[364],
                    _S[367],
                    _S[368],
                    _S[369],
                    _S[370],
                    _S[371],
                ),
            ),
        ),
    ),
]
RECORDS = ReleaseRecords(
    version='2026.5',
    sources=tuple(_S),
    organizations=tuple(_O),
    credentials=(
        Credential(
            id='CSCS',
            name='Certified Strength and Conditioning Specialist',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NSCA-CSCS',
            ),
            description="NSCA's certification for coaches who use sport science to train athletes: they run sport-specific testing, design strength and conditioning programs, advise on nutrition and injury prevention, and refer on when needed. The article notes that many collegiate and professional coaching jobs ask for it. The exam has two separately timed sections, and candidates have a year from the exam to send in transcripts and the CPR/AED card. From 1 January 2030, US candidates will need a degree from a CASCE-accredited program; in Japan, NSCA Japan offers the exam in Japanese.",
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.PROFESSIONAL_SPORTS,
                CareerSetting.TACTICAL,
                CareerSetting.PERFORMANCE_GYMS,
                CareerSetting.SPORT_SCIENCE,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=220,
                scored_questions=190,
                unscored_questions=30,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=14400),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('55'),
                        year=2016,
                    ),
                    PassRate(
                        percent=Decimal('53'),
                        year=2017,
                    ),
                    PassRate(
                        percent=Decimal('57'),
                        year=2021,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('38'),
                        year=2022,
                    ),
                    PassRate(
                        percent=Decimal('37'),
                        year=2023,
                    ),
                    PassRate(
                        percent=Decimal('39'),
                        year=2024,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('39'),
                        year=2025,
                    ),
                ),
                topics=(
                    'Exercise science',
                    'Sport psychology',
                    'Nutrition',
                    'Exercise technique',
                    'Program design',
                    'Organization and administration',
                    'Testing and evaluation',
                ),
                sections=(
                    'Scientific Foundations: 95 questions (80 scored), 1 h 30 min',
                    'Practical/Applied: 125 questions (110 scored), 2 h 30 min',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
                languages=(
                    'en',
                    'ja',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='no NSCA page in the sources gives the CSCS fee; the article and two 2026 third-party pages agree. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[0],
                        _S[27],
                        _S[28],
                        _S[376],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='no NSCA page in the sources gives the CSCS fee; the article and two 2026 third-party pages agree. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[0],
                        _S[27],
                        _S[28],
                        _S[376],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2015,
                    note='as a student reported it on a third-party blog in 2015. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[32],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2015,
                    note='as a student reported it on a third-party blog in 2015. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[32],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('268'),
                    bound=PriceBound.LOWER_BOUND,
                    jurisdiction='US',
                    note='the article\'s "Essential collection"; shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="the 2024-2026 cycle's fee: NSCA's page says holders pay a fee, but the stored copy gives no amount",
                    sources=(
                        _S[4],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('49300'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    jurisdiction='JP',
                    language='ja',
                    note="NSCA Japan's own page of March 2016, the newest official figure seen; the stored copy does not show whether tax is included. NSCA Japan's route asks for: a bachelor's, master's or doctoral degree from a four- or six-year university under Japan's School Education Act, or from a state-recognised foreign university or the 高度専門士 (advanced vocational diploma) title or a fourth-year university student with a certificate of expected graduation; the original graduation certificate must arrive within a year of the exam or the result is void; NSCA Japan regular membership or NSCA Japan student membership; a valid CPR/AED certificate from a course with a hands-on skills evaluation (not online only) that covers adults, such as a Japanese Red Cross course",
                    sources=(
                        _S[107],
                        _S[108],
                        _S[112],
                        _S[110],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    currency=Currency.JPY,
                    bound=PriceBound.NOT_REPORTED,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    note="NSCA Japan's 2024-2026 fee: its page says the fees are charged plus tax, but no amount was seen",
                    sources=(
                        _S[116],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('9000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='NSCA Japan, 2018-2020 cycle, for holders certified in 2017 or earlier (6.0 CEUs), plus tax; later starters paid ¥7,000 (certified in 2018, 4.0 CEUs), ¥5,000 (2019, 2.0 CEUs), ¥3,000 (January-June 2020, 1.0 CEU) and nothing from July 2020',
                    sources=(
                        _S[114],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('9000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    valid_from=date(2015, 1, 1),
                    valid_until=date(2017, 12, 31),
                    note='NSCA Japan, 2015-2017 cycle, for holders certified in 2014 or earlier (6.0 CEUs), plus tax; later starters paid ¥6,000 (certified in 2015, 4.0 CEUs), ¥3,000 (2016, 2.0 CEUs) and ¥1,500 (January-June 2017, 1.0 CEU)',
                    sources=(
                        _S[113],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('4000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    note="NSCA Japan's late recertification procedure, plus tax, on top of the renewal fee; open only to holders who already have all their CEUs and a valid CPR/AED certificate",
                    sources=(
                        _S[115],
                        _S[116],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    tier='both-sections',
                    tier_name='Both sections',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="Retaking both CSCS sections costs the same as the first registration on NSCA's Pearson VUE-era page. This is newer than the pre-2015 paper-exam retake fees in the data. shown as $; US dollars inferred, NSCA being a US body",
                    sources=(
                        _S[376],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    tier='both-sections',
                    tier_name='Both sections',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="Retaking both CSCS sections costs the same as the first registration on NSCA's Pearson VUE-era page. This is newer than the pre-2015 paper-exam retake fees in the data. shown as $; US dollars inferred, NSCA being a US body",
                    sources=(
                        _S[376],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('250'),
                    audience=Audience.MEMBER,
                    tier='one-section',
                    tier_name='One section',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Retaking only one CSCS section (Scientific Foundations or Practical/Applied). From the same undated Pearson VUE-era NSCA page; whether it still applies in 2026 is not shown. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[376],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('385'),
                    audience=Audience.NON_MEMBER,
                    tier='one-section',
                    tier_name='One section',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Retaking only one CSCS section (Scientific Foundations or Practical/Applied). From the same undated Pearson VUE-era NSCA page; whether it still applies in 2026 is not shown. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[376],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's degree or higher",
                        ),
                        Condition(
                            kind=ConditionKind.COLLEGE_SENIOR,
                            description='current enrolment as a college senior at an accredited institution',
                        ),
                    ),
                    sources=(
                        _S[10],
                        _S[0],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification (the AED part since 1 January 2007)',
                        ),
                    ),
                    effective_from=date(2007, 1, 1),
                    sources=(
                        _S[10],
                        _S[0],
                        _S[100],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ACCREDITED_PROGRAM,
                            accreditors=(
                                'CASCE',
                            ),
                            description="from 1 January 2030, for candidates in the US: a bachelor's degree from a CASCE-accredited program (candidates with degrees from outside the US are unaffected until January 2036)",
                        ),
                    ),
                    effective_from=date(2030, 1, 1),
                    jurisdiction='US',
                    sources=(
                        _S[10],
                    ),
                ),
            ),
            expected_knowledge=(
                'exercise science concepts',
            ),
            preferred_for=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.PROFESSIONAL_SPORTS,
                CareerSetting.TACTICAL,
            ),
            established=1993,
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=1993,
                    sources=(
                        _S[7],
                        _S[106],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('6.0'),
                    unit='CEU',
                    hours=Decimal('60'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note="One three-year cycle for every holder: the current one runs from 2024 to 2026 and ends on 31 December 2026, and CEUs count from 1 January 2024 or the certification date, whichever is later. Holders either report CEUs, keep CPR/AED current and pay the fee, or pass the exam again and keep CPR/AED current. The 6.0 CEUs (0.1 CEU per contact hour, so 60 hours) are the full-cycle figure of NSCA's 2018-2020 pages; NSCA Japan's page gives the same 6.0 CEUs for the 2024-2026 cycle to holders certified in 2023 or earlier, and fewer to later starters. No grace period is stated.",
            ),
            disagreements=(
                Disagreement(
                    path='established',
                    value='1985',
                    note="NSCA Japan's page (which dates NCCA accreditation to 1993) and a third-party page say the exam started in 1985; NSCA's own page, which ranks first, says it developed the CSCS in 1993",
                    sources=(
                        _S[106],
                        _S[26],
                    ),
                ),
                Disagreement(
                    path='exam.passing_score',
                    value='70%',
                    note='the article, and a Japanese third-party page for each section, write 70 percent correct; NSCA sets a scaled score of 70, to be reached on each section',
                    sources=(
                        _S[0],
                        _S[118],
                    ),
                ),
                Disagreement(
                    path='exam.pass_rates[5]',
                    value='41% (2024)',
                    note="an undated third-party page that does not say whom it counts; the newer third-party page's 39% of first-time candidates is kept",
                    sources=(
                        _S[30],
                    ),
                ),
                Disagreement(
                    path='exam.pass_rates[6]',
                    value='about 50% (2025)',
                    note="a third-party page citing NSCA's 2025 exam report (9,650 candidates; about 71% passed Scientific Foundations and 55% Practical/Applied); the article ranks above it",
                    sources=(
                        _S[27],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='310',
                    note='an older computer-based member fee on a third-party page labelled 2022 (paper: $260)',
                    sources=(
                        _S[26],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='445',
                    note='an older computer-based non-member fee on a third-party page labelled 2022 (paper: $395)',
                    sources=(
                        _S[26],
                    ),
                ),
                Disagreement(
                    path='prices[4]',
                    value='C$166.95 (5th edition with HKPropel access, 2026)',
                    note="no other page gives the article's $268; the publisher's Canadian store prices the main textbook alone at this amount",
                    sources=(
                        _S[101],
                    ),
                ),
                Disagreement(
                    path='prices[4]',
                    value='about $100 (4th edition, 2017)',
                    note="a 2017 third-party review's price for the older edition of the main textbook",
                    sources=(
                        _S[102],
                    ),
                ),
                Disagreement(
                    path='prices[8]',
                    value='English-language members also qualify',
                    note="a third-party page with 2015 data; NSCA Japan's own CSCS page names only regular and student members",
                    sources=(
                        _S[124],
                    ),
                ),
                Disagreement(
                    path='prices[8]',
                    value='¥49,300 (tax included)',
                    note="a third-party page of December 2018; NSCA Japan's own page ranks above a third party",
                    sources=(
                        _S[117],
                    ),
                ),
                Disagreement(
                    path='prices[8]',
                    value='¥50,270 (tax included)',
                    note="an undated third-party page, probably later than the others; NSCA Japan's current fee page was not seen; NSCA Japan's own page ranks above a third party",
                    sources=(
                        _S[118],
                    ),
                ),
                Disagreement(
                    path='prices[13].amount',
                    value='210',
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page of the paper-exam era; NSCA's newer Pearson VUE-era page gives the fee chosen here",
                    sources=(
                        _S[95],
                    ),
                ),
                Disagreement(
                    path='prices[15].amount',
                    value='165',
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page of the paper-exam era; NSCA's newer Pearson VUE-era page gives the fee chosen here",
                    sources=(
                        _S[95],
                    ),
                ),
                Disagreement(
                    path='prices[14].amount',
                    value='345',
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page of the paper-exam era; NSCA's newer Pearson VUE-era page gives the fee chosen here",
                    sources=(
                        _S[95],
                    ),
                ),
                Disagreement(
                    path='prices[16].amount',
                    value='300',
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page of the paper-exam era; NSCA's newer Pearson VUE-era page gives the fee chosen here",
                    sources=(
                        _S[95],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2024-2026 cycle fee (member and non-member, per credential) was not found. NSCA's current recertification page and its Singapore mirror say the fee must be paid but show no amounts in the stored text; the latest official table is 2018-2020 ($65/$90 for full-cycle holders, already in the data). Also: NSCA Japan's fee for the 2024-2026 (and 2021-2023) cycle for Japanese-route holders was not found; the latest NSCA Japan figures are 2018-2020 (¥9,000 plus tax for full-cycle holders), already in the data.",
                    searched=(
                        'NSCA recertification fee per certification 2024-2026 reporting period members non-members certified in 2024 2025',
                        'NSCA "How to Maintain Your Certification" guide recertification fees CEUs required table',
                        'NSCA recertification fee $75 members $100 non-members 6.0 CEUs three years CSCS renewal cost',
                        '2021-2023 Reporting Period NSCA recertification fee member non-member per credential held certified before 2021 6.0 CEUs',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                        'nsca.com/certification/recertification/ (2024-2026 version: pathways and deadline only, no fee table in the stored text)',
                        'nscasingapore.org/staying-certified (mirror of the 2024-2026 page; CEU table heading but no fees)',
                        'nsca.com/recertifyfaqs (2018-2020 and 2015-2017 versions)',
                        'wixlib.com 2018-2020 Recertification Policies & Procedures (mirror)',
                        "winenfood.com/renewal-cost-for-a-strength-and-conditioning-cert (3P-LOW; its NSCA renewal-fee cell is cut off after '$100 (Member', unusable alone)",
                        'visualfoodie.com/nsca-certification-renewal-cost-explained (3P-LOW; no amount in stored text)',
                        'NSCAジャパン 資格更新料 2024-2026 CEU 円 税',
                        '資格更新料 2023年以前 6.0 円 2024年 4.0 2025年 2.0 資格更新手続き NSCA',
                        'NSCA 資格更新手続き 更新料金 9,900円(税込) 6.0CEU 資格認定者',
                        'nsca-japan.or.jp/certification/recertification/overview (2024-2026: CEU table, fees said to be plus tax, no amount in stored text)',
                        'nsca-japan.or.jp/ceu/rule.html (2021-2023: CEU table only)',
                        'nsca-japan.or.jp/ceu/other/faq_1.html (2018-2020 fees, already in data)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.MEMBERSHIP_DUES,
                    reason=GapReason.NOT_FOUND,
                    note="NSCA member exam prices apply to Student and Professional members, but no NSCA page seen prints the dues for either tier (the data has only a 2015 third-party ~$65 student figure and a 3P-LOW $130 Professional figure). So a student's total cost with membership cannot be computed from official figures yet.",
                    searched=(
                        'NSCA membership options Student Member Professional Member annual dues price per year',
                        '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                        'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                        'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                        'NSCA National Conference registration rates professional member student member non-member join and save',
                        'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                        'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                        'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                        'docs corpus: NSCA membership options professional student price',
                        "find_string 'NSCA Professional Membership' (code index: no hits)",
                        'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                        'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[6],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[6],
                        _S[0],
                        _S[8],
                        _S[10],
                        _S[106],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[7],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[0],
                        _S[108],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[8],
                        _S[0],
                        _S[28],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[8],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[8],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[8],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[0],
                        _S[28],
                        _S[118],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[8],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[33],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[9],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[2]',
                    sources=(
                        _S[31],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[3]',
                    sources=(
                        _S[8],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[4]',
                    sources=(
                        _S[29],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[5]',
                    sources=(
                        _S[29],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[6]',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[8],
                        _S[31],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.topics[0]',
                    sources=(
                        _S[8],
                        _S[108],
                    ),
                ),
                Citation(
                    path='exam.topics[1]',
                    sources=(
                        _S[8],
                        _S[108],
                    ),
                ),
                Citation(
                    path='exam.topics[2]',
                    sources=(
                        _S[8],
                        _S[108],
                    ),
                ),
                Citation(
                    path='exam.topics[3]',
                    sources=(
                        _S[31],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.topics[4]',
                    sources=(
                        _S[31],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.topics[5]',
                    sources=(
                        _S[31],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.topics[6]',
                    sources=(
                        _S[31],
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.sections',
                    sources=(
                        _S[8],
                        _S[31],
                    ),
                ),
                Citation(
                    path='exam.sections[0]',
                    sources=(
                        _S[8],
                        _S[108],
                    ),
                ),
                Citation(
                    path='exam.sections[1]',
                    sources=(
                        _S[8],
                        _S[31],
                        _S[118],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[6],
                        _S[3],
                        _S[107],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[3],
                        _S[106],
                    ),
                ),
                Citation(
                    path='exam.languages[0]',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.languages[1]',
                    sources=(
                        _S[106],
                    ),
                ),
                Citation(
                    path='expected_knowledge',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='preferred_for',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[7],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                        _S[94],
                        _S[116],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[5],
                        _S[94],
                        _S[116],
                    ),
                ),
            ),
        ),
        Credential(
            id='CPSS',
            name='Certified Performance and Sport Scientist',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NSCA-CPSS',
            ),
            description="NSCA's most advanced certification, for sport scientists who apply scientific processes to improve individual and team performance and lower the risk of injury, as generalists or as specialists in one discipline. Candidates first apply, paying a $25 fee that is credited toward the exam, and may register for the exam once NSCA approves them. It was launched in 2021.",
            settings=(
                CareerSetting.SPORT_SCIENCE,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=115,
                scored_questions=100,
                unscored_questions=15,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=9900),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('65'),
                        year=2022,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('68'),
                        year=2025,
                    ),
                ),
                topics=(
                    'Training theory and process',
                    'Needs analysis',
                    'Acute and chronic monitoring',
                    'Communication and education',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
                languages=(
                    'en',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.APPLICATION,
                    amount=Decimal('25'),
                    bound=PriceBound.INCLUDED,
                    included_in=PriceItem.EXAM,
                    jurisdiction='US',
                    note='non-refundable; credited toward the exam fee once approved. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="NSCA's page says holders pay a fee each cycle, but no amount, and no CPSS-specific fee, was found",
                    sources=(
                        _S[4],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.DOCTORATE,
                                    description='a doctorate',
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in sport science or a related field',
                                ),
                            ),
                            description='a doctorate in sport science or a related field',
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.MASTER,
                                    description="a master's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_HOURS,
                                    hours=480,
                                    description='480 hours of applied experience',
                                ),
                            ),
                            description="a master's degree and 480 hours (12 weeks) of applied experience",
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_YEARS,
                                    years=3,
                                    description='three years of full-time professional experience beyond internship level',
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='a related degree, or documented coursework in biomechanics, physiology, psychology, nutrition, strength and conditioning, research methods and statistics',
                                ),
                            ),
                            description="a bachelor's degree and three years of full-time professional experience",
                        ),
                    ),
                    sources=(
                        _S[13],
                        _S[14],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification',
                        ),
                    ),
                    sources=(
                        _S[14],
                    ),
                ),
            ),
            established=2021,
            recertification=Recertification(
                cycle_years=3,
                reexamination=True,
                requires_cpr_aed=True,
                note="One three-year cycle for every holder: the current one runs from 2024 to 2026 and ends on 31 December 2026, and CEUs count from 1 January 2024 or the certification date, whichever is later. Holders either report CEUs, keep CPR/AED current and pay the fee, or pass the exam again and keep CPR/AED current. No source states the CPSS's CEU total. No grace period is stated.",
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2024-2026 cycle fee (member and non-member, per credential) was not found. NSCA's current recertification page and its Singapore mirror say the fee must be paid but show no amounts in the stored text; the latest official table is 2018-2020 ($65/$90 for full-cycle holders, already in the data). This covers the CPSS too: it follows the common three-year cycle, but no CPSS-specific fee or CEU table for 2024-2026 was seen.",
                    searched=(
                        'NSCA recertification fee per certification 2024-2026 reporting period members non-members certified in 2024 2025',
                        'NSCA "How to Maintain Your Certification" guide recertification fees CEUs required table',
                        'NSCA recertification fee $75 members $100 non-members 6.0 CEUs three years CSCS renewal cost',
                        '2021-2023 Reporting Period NSCA recertification fee member non-member per credential held certified before 2021 6.0 CEUs',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                        'nsca.com/certification/recertification/ (2024-2026 version: pathways and deadline only, no fee table in the stored text)',
                        'nscasingapore.org/staying-certified (mirror of the 2024-2026 page; CEU table heading but no fees)',
                        'nsca.com/recertifyfaqs (2018-2020 and 2015-2017 versions)',
                        'wixlib.com 2018-2020 Recertification Policies & Procedures (mirror)',
                        "winenfood.com/renewal-cost-for-a-strength-and-conditioning-cert (3P-LOW; its NSCA renewal-fee cell is cut off after '$100 (Member', unusable alone)",
                        'visualfoodie.com/nsca-certification-renewal-cost-explained (3P-LOW; no amount in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.MEMBERSHIP_DUES,
                    reason=GapReason.NOT_FOUND,
                    note="NSCA member exam prices apply to Student and Professional members, but no NSCA page seen prints the dues for either tier (the data has only a 2015 third-party ~$65 student figure and a 3P-LOW $130 Professional figure). So a student's total cost with membership cannot be computed from official figures yet.",
                    searched=(
                        'NSCA membership options Student Member Professional Member annual dues price per year',
                        '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                        'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                        'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                        'NSCA National Conference registration rates professional member student member non-member join and save',
                        'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                        'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                        'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                        'docs corpus: NSCA membership options professional student price',
                        "find_string 'NSCA Professional Membership' (code index: no hits)",
                        'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                        'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="Only 2022 (65% first-time, NSCA) and 2025 (68%, third party citing NSCA's 2025 exam report) are known, both already in the data; nothing was found for 2023 or 2024.",
                    searched=(
                        'Exam Pass Rates table CSCS NSCA-CPT CSPS TSAC-F number of candidates first attempt pass rate 2019',
                        'NSCA certification exam statistics pass rates by year all certifications annual exam report',
                        'NSCA Certification Handbook 2024 exam pass rates 2023 CPSS CSCS CSPS NSCA-CPT TSAC-F percentages',
                        "handbook copies: fdocuments (2015), abcdocz (2015), scribd (June 2015, Jan 2020, Jul 2023), alohafreshvending (Jan 2024): only title pages and tables of contents are in the stored text, not the 'Exam Pass Rates' section",
                        'CPSS exam description scored non-scored questions length of exam hours case studies 2022 65% first-time candidates',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[11],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[13],
                        _S[11],
                        _S[12],
                        _S[16],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[98],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[12],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[16],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[34],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[34],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[34],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[34],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[16],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[16],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[15],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[15],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[34],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[4],
                    ),
                ),
            ),
        ),
        Credential(
            id='NSCA-CPT',
            name='NSCA Certified Personal Trainer',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            description="NSCA's personal trainer certification, for fitness professionals who assess, motivate, educate and train individual clients, respond to emergencies and refer clients on when needed. It asks for no degree: candidates must be at least 18, with a high school diploma or equivalent and current CPR/AED, and a third-party university page says the CPR/AED card may follow within a year of the exam. NSCA Japan offers the exam in Japanese.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
                CareerSetting.GENERAL_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=155,
                scored_questions=140,
                unscored_questions=15,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=10800),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('77'),
                        year=2018,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('78'),
                        year=2023,
                    ),
                    PassRate(
                        percent=Decimal('77'),
                        year=2025,
                    ),
                ),
                topics=(
                    'Client consultation and fitness assessment',
                    'Program planning',
                    'Exercise technique',
                    'Safety, emergency procedures and legal issues',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
                languages=(
                    'en',
                    'ja',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[17],
                        _S[0],
                        _S[35],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('435'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[17],
                        _S[0],
                        _S[35],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="the 2024-2026 cycle's fee: NSCA's page says holders pay a fee, but the stored copy gives no amount",
                    sources=(
                        _S[4],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('46000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.INCLUDED,
                    jurisdiction='JP',
                    language='ja',
                    note="two undated third-party pages; NSCA Japan's own fee page for the NSCA-CPT was not seen. NSCA Japan's route asks for: NSCA Japan membership (regular, student or English-language) when applying and on the exam day; at least 18 years old when applying; a high school diploma or higher, or a pass in the high school equivalency exam, shown by an original certificate issued within the past year (diplomas and copies are not accepted); a valid CPR/AED certificate from a hands-on course covering adults, needed for certification; the exam may be taken before it is sent",
                    sources=(
                        _S[121],
                        _S[122],
                        _S[110],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXTENSION,
                    amount=Decimal('11000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.INCLUDED,
                    jurisdiction='JP',
                    language='ja',
                    note='one extension of the 120-day testing window by another 120 days, asked for at least two weeks before the window ends (an undated third-party page)',
                    sources=(
                        _S[123],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    currency=Currency.JPY,
                    bound=PriceBound.NOT_REPORTED,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    note="NSCA Japan's 2024-2026 fee: its page says the fees are charged plus tax, but no amount was seen",
                    sources=(
                        _S[116],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('9000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='NSCA Japan, 2018-2020 cycle, for holders certified in 2017 or earlier (6.0 CEUs), plus tax; later starters paid ¥7,000 (certified in 2018, 4.0 CEUs), ¥5,000 (2019, 2.0 CEUs), ¥3,000 (January-June 2020, 1.0 CEU) and nothing from July 2020',
                    sources=(
                        _S[114],
                        _S[116],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('9000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    valid_from=date(2015, 1, 1),
                    valid_until=date(2017, 12, 31),
                    note='NSCA Japan, 2015-2017 cycle, for holders certified in 2014 or earlier (6.0 CEUs), plus tax; later starters paid ¥6,000 (certified in 2015, 4.0 CEUs), ¥3,000 (2016, 2.0 CEUs) and ¥1,500 (January-June 2017, 1.0 CEU)',
                    sources=(
                        _S[113],
                        _S[116],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('4000'),
                    currency=Currency.JPY,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='JP',
                    language='ja',
                    note="NSCA Japan's late recertification procedure, plus tax, on top of the renewal fee; open only to holders who already have all their CEUs and a valid CPR/AED certificate",
                    sources=(
                        _S[115],
                        _S[116],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[0],
                        _S[18],
                        _S[38],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[18],
                        _S[38],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification (the AED part since 1 January 2007)',
                        ),
                    ),
                    effective_from=date(2007, 1, 1),
                    sources=(
                        _S[0],
                        _S[18],
                        _S[38],
                        _S[100],
                    ),
                ),
            ),
            established=1993,
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=1996,
                    sources=(
                        _S[106],
                        _S[39],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('6.0'),
                    unit='CEU',
                    hours=Decimal('60'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note="One three-year cycle for every holder: the current one runs from 2024 to 2026 and ends on 31 December 2026, and CEUs count from 1 January 2024 or the certification date, whichever is later. Holders either report CEUs, keep CPR/AED current and pay the fee, or pass the exam again and keep CPR/AED current. The 6.0 CEUs (0.1 CEU per contact hour, so 60 hours) are the full-cycle figure of NSCA's 2018-2020 pages; NSCA Japan's page gives the same 6.0 CEUs for the 2024-2026 cycle to holders certified in 2023 or earlier, and fewer to later starters. No grace period is stated.",
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2024-2026 cycle fee (member and non-member, per credential) was not found. NSCA's current recertification page and its Singapore mirror say the fee must be paid but show no amounts in the stored text; the latest official table is 2018-2020 ($65/$90 for full-cycle holders, already in the data). Also: NSCA Japan's fee for the 2024-2026 (and 2021-2023) cycle for Japanese-route holders was not found; the latest NSCA Japan figures are 2018-2020 (¥9,000 plus tax for full-cycle holders), already in the data.",
                    searched=(
                        'NSCA recertification fee per certification 2024-2026 reporting period members non-members certified in 2024 2025',
                        'NSCA "How to Maintain Your Certification" guide recertification fees CEUs required table',
                        'NSCA recertification fee $75 members $100 non-members 6.0 CEUs three years CSCS renewal cost',
                        '2021-2023 Reporting Period NSCA recertification fee member non-member per credential held certified before 2021 6.0 CEUs',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                        'nsca.com/certification/recertification/ (2024-2026 version: pathways and deadline only, no fee table in the stored text)',
                        'nscasingapore.org/staying-certified (mirror of the 2024-2026 page; CEU table heading but no fees)',
                        'nsca.com/recertifyfaqs (2018-2020 and 2015-2017 versions)',
                        'wixlib.com 2018-2020 Recertification Policies & Procedures (mirror)',
                        "winenfood.com/renewal-cost-for-a-strength-and-conditioning-cert (3P-LOW; its NSCA renewal-fee cell is cut off after '$100 (Member', unusable alone)",
                        'visualfoodie.com/nsca-certification-renewal-cost-explained (3P-LOW; no amount in stored text)',
                        'NSCAジャパン 資格更新料 2024-2026 CEU 円 税',
                        '資格更新料 2023年以前 6.0 円 2024年 4.0 2025年 2.0 資格更新手続き NSCA',
                        'NSCA 資格更新手続き 更新料金 9,900円(税込) 6.0CEU 資格認定者',
                        'nsca-japan.or.jp/certification/recertification/overview (2024-2026: CEU table, fees said to be plus tax, no amount in stored text)',
                        'nsca-japan.or.jp/ceu/rule.html (2021-2023: CEU table only)',
                        'nsca-japan.or.jp/ceu/other/faq_1.html (2018-2020 fees, already in data)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.MEMBERSHIP_DUES,
                    reason=GapReason.NOT_FOUND,
                    note="NSCA member exam prices apply to Student and Professional members, but no NSCA page seen prints the dues for either tier (the data has only a 2015 third-party ~$65 student figure and a 3P-LOW $130 Professional figure). So a student's total cost with membership cannot be computed from official figures yet.",
                    searched=(
                        'NSCA membership options Student Member Professional Member annual dues price per year',
                        '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                        'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                        'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                        'NSCA National Conference registration rates professional member student member non-member join and save',
                        'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                        'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                        'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                        'docs corpus: NSCA membership options professional student price',
                        "find_string 'NSCA Professional Membership' (code index: no hits)",
                        'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                        'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='Years with no figure: 2016-2017, 2019-2022 and 2024. A 2014 third-party blog (postemaperformance.com, 18 Nov 2014) quotes NSCA as giving 58% for the NSCA-CPT and 63% for the CSCS, but names no year, so it was not recorded as a yearly rate.',
                    searched=(
                        'Exam Pass Rates table CSCS NSCA-CPT CSPS TSAC-F number of candidates first attempt pass rate 2019',
                        'NSCA certification exam statistics pass rates by year all certifications annual exam report',
                        'NSCA Certification Handbook 2024 exam pass rates 2023 CPSS CSCS CSPS NSCA-CPT TSAC-F percentages',
                        "handbook copies: fdocuments (2015), abcdocz (2015), scribd (June 2015, Jan 2020, Jul 2023), alohafreshvending (Jan 2024): only title pages and tables of contents are in the stored text, not the 'Exam Pass Rates' section",
                        'pass rate was for candidates attempting the NSCA-CPT exam for the first time',
                        'NSCA-Certified Personal Trainer exam description "In 2022" candidates passed the NSCA-CPT exam scaled score 70',
                        'NSCA-Certified Personal Trainer Exam Description 140 scored 15 non-scored pass rate candidates',
                        'NSCA-Certified Personal Trainer Exam Description four areas ... pass rate first time in 2017',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[17],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[17],
                        _S[18],
                        _S[38],
                        _S[0],
                        _S[106],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[17],
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[17],
                        _S[0],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[106],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[17],
                        _S[109],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[17],
                        _S[109],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[17],
                        _S[109],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[17],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[36],
                        _S[35],
                        _S[123],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[20],
                        _S[35],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[36],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[37],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[2]',
                    sources=(
                        _S[35],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[17],
                        _S[109],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[17],
                        _S[3],
                        _S[111],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[3],
                        _S[106],
                    ),
                ),
                Citation(
                    path='exam.languages[0]',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.languages[1]',
                    sources=(
                        _S[106],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                        _S[94],
                        _S[116],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[5],
                        _S[94],
                        _S[116],
                    ),
                ),
            ),
        ),
        Credential(
            id='CSPS',
            name='Certified Special Population Specialist',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NSCA-CSPS',
            ),
            description='NSCA certification for fitness professionals who train clients with chronic or temporary health conditions, working alongside healthcare providers; the article mentions clients from youth to older adults and people with medical conditions. Candidates qualify through a related degree, a health licence, or an NSCA or other NCCA-accredited trainer certification, and also need 250 hours of related practical experience and current CPR/AED.',
            settings=(
                CareerSetting.SPECIAL_POPULATIONS,
                CareerSetting.WELLNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=110,
                scored_questions=100,
                unscored_questions=10,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=9000),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('59'),
                        year=2017,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('59'),
                        year=2022,
                    ),
                ),
                topics=(
                    'Basic pathophysiology',
                    'Client consultation and assessment',
                    'Program planning',
                    'Safety, emergency procedures and legal issues',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
                languages=(
                    'en',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='member rate for Student and Professional members only. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[19],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[19],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='no usable source gives the CSPS retake fee; the only page that does looks auto-generated (see the disagreement)',
                    sources=(
                        _S[40],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="the 2024-2026 cycle's fee: NSCA's page says holders pay a fee, but the stored copy gives no amount",
                    sources=(
                        _S[4],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree or higher",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in exercise science or a related field, such as physical therapy or chiropractic',
                                ),
                            ),
                            description="a bachelor's degree or higher in exercise science or a related field",
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a current licence as a physical therapist, physical therapist assistant, athletic trainer or registered dietitian',
                        ),
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'CSCS',
                                'NSCA-CPT',
                                'TSAC-F',
                            ),
                            description='a current NSCA certification (CSCS, NSCA-CPT or TSAC-F)',
                        ),
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'NSCA-CPT',
                                'NASM-CPT',
                            ),
                            or_similar=True,
                            description='an NCCA-accredited personal trainer certification',
                        ),
                    ),
                    sources=(
                        _S[22],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification (it may be sent up to a year after the exam)',
                        ),
                    ),
                    sources=(
                        _S[22],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=250,
                            description='250 hours of related practical experience',
                        ),
                    ),
                    sources=(
                        _S[22],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('6.0'),
                    unit='CEU',
                    hours=Decimal('60'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note="One three-year cycle for every holder: the current one runs from 2024 to 2026 and ends on 31 December 2026, and CEUs count from 1 January 2024 or the certification date, whichever is later. Holders either report CEUs, keep CPR/AED current and pay the fee, or pass the exam again and keep CPR/AED current. The 6.0 CEUs (0.1 CEU per contact hour, so 60 hours) are the full-cycle figure of NSCA's 2018-2020 pages, for holders certified before 2018 (fewer for later starters); the current cycle's figure was not found. No grace period is stated.",
            ),
            disagreements=(
                Disagreement(
                    path='prices[2]',
                    value='$340 member / $475 non-member, the same as the first attempt',
                    note='only a page that looks auto-generated says so; such a page is never the only basis for a value',
                    sources=(
                        _S[40],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2024-2026 cycle fee (member and non-member, per credential) was not found. NSCA's current recertification page and its Singapore mirror say the fee must be paid but show no amounts in the stored text; the latest official table is 2018-2020 ($65/$90 for full-cycle holders, already in the data).",
                    searched=(
                        'NSCA recertification fee per certification 2024-2026 reporting period members non-members certified in 2024 2025',
                        'NSCA "How to Maintain Your Certification" guide recertification fees CEUs required table',
                        'NSCA recertification fee $75 members $100 non-members 6.0 CEUs three years CSCS renewal cost',
                        '2021-2023 Reporting Period NSCA recertification fee member non-member per credential held certified before 2021 6.0 CEUs',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                        'nsca.com/certification/recertification/ (2024-2026 version: pathways and deadline only, no fee table in the stored text)',
                        'nscasingapore.org/staying-certified (mirror of the 2024-2026 page; CEU table heading but no fees)',
                        'nsca.com/recertifyfaqs (2018-2020 and 2015-2017 versions)',
                        'wixlib.com 2018-2020 Recertification Policies & Procedures (mirror)',
                        "winenfood.com/renewal-cost-for-a-strength-and-conditioning-cert (3P-LOW; its NSCA renewal-fee cell is cut off after '$100 (Member', unusable alone)",
                        'visualfoodie.com/nsca-certification-renewal-cost-explained (3P-LOW; no amount in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.MEMBERSHIP_DUES,
                    reason=GapReason.NOT_FOUND,
                    note="NSCA member exam prices apply to Student and Professional members, but no NSCA page seen prints the dues for either tier (the data has only a 2015 third-party ~$65 student figure and a 3P-LOW $130 Professional figure). So a student's total cost with membership cannot be computed from official figures yet.",
                    searched=(
                        'NSCA membership options Student Member Professional Member annual dues price per year',
                        '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                        'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                        'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                        'NSCA National Conference registration rates professional member student member non-member join and save',
                        'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                        'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                        'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                        'docs corpus: NSCA membership options professional student price',
                        "find_string 'NSCA Professional Membership' (code index: no hits)",
                        'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                        'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='Official figures exist only for 2017 (59% first-time) and 2022 (59%), both already in the data. No figure was found for 2018-2021 or 2023-2025 on any NSCA page version, handbook copy or third-party page.',
                    searched=(
                        'Exam Pass Rates table CSCS NSCA-CPT CSPS TSAC-F number of candidates first attempt pass rate 2019',
                        'NSCA certification exam statistics pass rates by year all certifications annual exam report',
                        'NSCA Certification Handbook 2024 exam pass rates 2023 CPSS CSCS CSPS NSCA-CPT TSAC-F percentages',
                        "handbook copies: fdocuments (2015), abcdocz (2015), scribd (June 2015, Jan 2020, Jul 2023), alohafreshvending (Jan 2024): only title pages and tables of contents are in the stored text, not the 'Exam Pass Rates' section",
                        'CSPS exam pass rate 2023 2024 Certified Special Population Specialist candidates passed',
                        'open-exam-prep CSPS practice NSCA 2025 exam report pass rate candidates Certified Special Population Specialist',
                        'nscasingapore.org exam description candidates passed the exam in 2023 CSPS TSAC-F NSCA-CPT',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[19],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[97],
                        _S[0],
                        _S[22],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[97],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[19],
                        _S[20],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[20],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[19],
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[21],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[20],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                        _S[94],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[5],
                        _S[94],
                    ),
                ),
            ),
        ),
        Credential(
            id='TSAC-F',
            name='Tactical Strength and Conditioning Facilitator',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NSCA-TSAC-F',
            ),
            description="NSCA certification for those who train military, fire and rescue, law enforcement, protective services and other emergency personnel: they run needs analyses and testing, design strength and conditioning programs and give general nutrition information. NSCA's stored page lists a minimum age of 18 and a high school diploma but is cut off after them, so the full list of prerequisites is not known.",
            settings=(
                CareerSetting.TACTICAL,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                scored_questions=130,
                unscored_questions=20,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=10800),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('92'),
                        year=2017,
                        population=PassRatePopulation.FIRST_TIME,
                    ),
                    PassRate(
                        percent=Decimal('85'),
                        year=2022,
                    ),
                ),
                topics=(
                    'Exercise science',
                    'Nutrition',
                    'Exercise technique',
                    'Program design',
                    'Organization and administration',
                    'Testing, assessment and evaluation',
                    'Wellness intervention',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
                languages=(
                    'en',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[23],
                        _S[377],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('435'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[23],
                        _S[377],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('185'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2015, 3, 31),
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page ($220 after the registration cutoff); those fees ended at the latest when Pearson VUE took over delivery of the English-language exams on 1 April 2015, per NSCA's FAQ. shown as $; US dollars inferred, NSCA being a US body",
                    sources=(
                        _S[96],
                        _S[3],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('320'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2015, 3, 31),
                    note="early-registration rate on NSCA's older, undated nsca-lift.org page ($355 after the registration cutoff); those fees ended at the latest when Pearson VUE took over delivery of the English-language exams on 1 April 2015, per NSCA's FAQ. shown as $; US dollars inferred, NSCA being a US body",
                    sources=(
                        _S[96],
                        _S[3],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="the 2024-2026 cycle's fee: NSCA's page says holders pay a fee, but the stored copy gives no amount",
                    sources=(
                        _S[4],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2018, 1, 1),
                    valid_until=date(2020, 12, 31),
                    note='2018-2020 cycle, per credential, for holders certified before 2018 (6.0 CEUs); later starters paid less: $55 member / $80 non-member if certified in 2018, $45/$70 in 2019, $35/$60 in January-June 2020, and nothing from July 2020; $15 off for recertifying by 31 July 2020. shown as $; US dollars inferred, NSCA being a US body',
                    sources=(
                        _S[5],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[23],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma',
                        ),
                    ),
                    sources=(
                        _S[23],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="whatever else NSCA's list of prerequisites asks: the stored copy of its page stops after the diploma, so the rest is not known",
                        ),
                    ),
                    sources=(
                        _S[23],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('6.0'),
                    unit='CEU',
                    hours=Decimal('60'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note="One three-year cycle for every holder: the current one runs from 2024 to 2026 and ends on 31 December 2026, and CEUs count from 1 January 2024 or the certification date, whichever is later. Holders either report CEUs, keep CPR/AED current and pay the fee, or pass the exam again and keep CPR/AED current. NSCA's 2018-2020 policies name the TSAC-F among the credentials renewed this way. The 6.0 CEUs (0.1 CEU per contact hour, so 60 hours) are the full-cycle figure of NSCA's 2018-2020 pages, for holders certified before 2018 (fewer for later starters); the current cycle's figure was not found. No grace period is stated.",
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2024-2026 cycle fee (member and non-member, per credential) was not found. NSCA's current recertification page and its Singapore mirror say the fee must be paid but show no amounts in the stored text; the latest official table is 2018-2020 ($65/$90 for full-cycle holders, already in the data).",
                    searched=(
                        'NSCA recertification fee per certification 2024-2026 reporting period members non-members certified in 2024 2025',
                        'NSCA "How to Maintain Your Certification" guide recertification fees CEUs required table',
                        'NSCA recertification fee $75 members $100 non-members 6.0 CEUs three years CSCS renewal cost',
                        '2021-2023 Reporting Period NSCA recertification fee member non-member per credential held certified before 2021 6.0 CEUs',
                        'CPSS Certified Performance and Sport Scientist recertification CEUs required fee maintain credential',
                        'nsca.com/certification/recertification/ (2024-2026 version: pathways and deadline only, no fee table in the stored text)',
                        'nscasingapore.org/staying-certified (mirror of the 2024-2026 page; CEU table heading but no fees)',
                        'nsca.com/recertifyfaqs (2018-2020 and 2015-2017 versions)',
                        'wixlib.com 2018-2020 Recertification Policies & Procedures (mirror)',
                        "winenfood.com/renewal-cost-for-a-strength-and-conditioning-cert (3P-LOW; its NSCA renewal-fee cell is cut off after '$100 (Member', unusable alone)",
                        'visualfoodie.com/nsca-certification-renewal-cost-explained (3P-LOW; no amount in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.MEMBERSHIP_DUES,
                    reason=GapReason.NOT_FOUND,
                    note="NSCA member exam prices apply to Student and Professional members, but no NSCA page seen prints the dues for either tier (the data has only a 2015 third-party ~$65 student figure and a 3P-LOW $130 Professional figure). So a student's total cost with membership cannot be computed from official figures yet.",
                    searched=(
                        'NSCA membership options Student Member Professional Member annual dues price per year',
                        '"NSCA" membership cost student $65 professional $130 join NSCA worth it',
                        'Compare NSCA memberships: Professional Membership and Student Membership, annual dues, Strength and Conditioning Journal included, JSCR online access',
                        'NSCA Membership page: Professional Member Student Member Associate Member dues one year two year three year membership join today',
                        'NSCA National Conference registration rates professional member student member non-member join and save',
                        'how much does NSCA student membership cost per year reddit CSCS discount worth joining',
                        'NSCA become a member membership types pricing Professional Student Early Career membership per year episerver',
                        'nsca-lift.org Membership categories Professional Membership Student Membership High School Coach Military price includes journals',
                        'docs corpus: NSCA membership options professional student price',
                        "find_string 'NSCA Professional Membership' (code index: no hits)",
                        'nsca.com/membership/nsca-student-membership-verification-information (tiers confirmed, no prices)',
                        'exercise.com NSCA CPT review (membership benefits listed, no price in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='Official figures exist only for 2017 (92% first-time) and 2022 (85%), both already in the data. The 2018 version of the exam description still shows the 2017 figure. No figure for 2018-2021 or 2023-2025 was found.',
                    searched=(
                        'Exam Pass Rates table CSCS NSCA-CPT CSPS TSAC-F number of candidates first attempt pass rate 2019',
                        'NSCA certification exam statistics pass rates by year all certifications annual exam report',
                        'NSCA Certification Handbook 2024 exam pass rates 2023 CPSS CSCS CSPS NSCA-CPT TSAC-F percentages',
                        "handbook copies: fdocuments (2015), abcdocz (2015), scribd (June 2015, Jan 2020, Jul 2023), alohafreshvending (Jan 2024): only title pages and tables of contents are in the stored text, not the 'Exam Pass Rates' section",
                        'Tactical Strength and Conditioning Facilitator exam description pass rate first time candidates 2018 2019 2020',
                        'TSAC-F exam pass rate 2024 2025 study guide tactical facilitator exam difficulty percent pass',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[23],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[23],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[23],
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[23],
                        _S[24],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[24],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[23],
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[3],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[25],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[24],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                        _S[94],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[4],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[5],
                        _S[94],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CPT',
            name='NASM Certified Personal Trainer',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            description="NASM's personal trainer certification, which the primary article calls widely recognized and the only NASM credential its own pages present as accredited (by the NCCA). The exam must be proctored, online with a live remote proctor or in person, within 180 days of enrolling; it has 120 questions, 20 of them unscored, a 2-hour limit and a passing scaled score of 70. Holders renew every 2 years with 2.0 NASM-approved CEUs, including CPR/AED, and NASM's 2021 candidate handbook keeps diagnosing or treating pain or disease outside a trainer's scope.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.COURSE_AND_EXAM,
            exam=Exam(
                questions=120,
                scored_questions=100,
                unscored_questions=20,
                duration=timedelta(seconds=7200),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('79'),
                        year=2023,
                    ),
                    PassRate(
                        percent=Decimal('85'),
                        year=2025,
                    ),
                ),
                topics=(
                    'Basic and applied sciences and nutritional concepts (17%)',
                    'Assessment (18%)',
                    'Program design (21%)',
                    'Exercise technique and training instruction (22%)',
                    'Client relations and behavioral coaching (12%)',
                    'Professional development and responsibility (10%)',
                ),
                delivery=(
                    ExamDelivery.REMOTE_PROCTORED,
                    ExamDelivery.TESTING_CENTRE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.CERTIFICATION_PROGRAM,
                    amount=Decimal('899'),
                    bound=PriceBound.LOWER_BOUND,
                    jurisdiction='US',
                    note="the primary article's starting price ('starts at'); the source shows only '$', so USD is inferred from NASM's US base",
                    sources=(
                        _S[0],
                        _S[393],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('199'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="retest fee given by a third-party exam guide; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[58],
                        _S[391],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXTENSION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='the exam must be taken within 180 days of enrolling or redeeming a key; NASM says an extension may cost extra but gives no figure',
                    sources=(
                        _S[41],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('99'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="every 2 years; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[49],
                        _S[127],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('30'),
                    tier='up-to-90-days',
                    tier_name='Up to 90 days after expiry',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="renewing up to 90 days after the certification expires; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[49],
                        _S[48],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('50'),
                    tier='90-days-to-1-year',
                    tier_name='From 90 days to 1 year after expiry',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="renewing later than 90 days and within 1 year after expiry; NASM's renewal page says only that an additional fee applies then; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[49],
                        _S[48],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a student in a Career and Technical Education programme',
                        ),
                    ),
                    sources=(
                        _S[0],
                        _S[46],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent (such as a GED)',
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='within 90 days of finishing a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[47],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current adult CPR and AED certification from an approved provider, from a course with a hands-on part, before sitting the exam',
                        ),
                    ),
                    sources=(
                        _S[0],
                        _S[46],
                        _S[47],
                    ),
                ),
            ),
            established=1989,
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[41],
                        _S[43],
                        _S[42],
                        _S[129],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEU',
                    hours=Decimal('20'),
                ),
                grace_months=12,
                requires_cpr_aed=True,
                note="2.0 NASM-approved CEUs every 2 years, 0.1 of them from the required CPR/AED course (NASM counts 0.1 CEU per contact hour). Late renewal is accepted up to a year after expiry if the CEUs were earned before or within 90 days after it; each course petitioned that is not pre-approved costs $25, not refunded. A third-party page describes a one-time $399 'Recertify for Life' option that waives later renewal fees but not the CEUs.",
            ),
            disagreements=(
                Disagreement(
                    path='exam.topics[2]',
                    value='Program design (20%)',
                    note='another undated third-party page; the kept page gives the weights of all six domains',
                    sources=(
                        _S[59],
                    ),
                ),
                Disagreement(
                    path='exam.topics[3]',
                    value='Exercise technique and training instruction (24%)',
                    note='another undated third-party page; the kept page gives the weights of all six domains',
                    sources=(
                        _S[59],
                    ),
                ),
                Disagreement(
                    path='prices[3].amount',
                    value='199',
                    note="a 2026 third-party review; NASM's own renewal guidelines (undated) and another third-party page say $99, and NASM's word ranks above a third party's",
                    sources=(
                        _S[57],
                    ),
                ),
                Disagreement(
                    path='prices[0]',
                    value='Self-Study $999; Premium Self-Study $1,199; Guided Study $1,499; All-Inclusive $2,099',
                    note='list prices of the study packages in a 2026 third-party review, which adds that promotions are frequent (Self-Study about $699 on sale); the article ranks above a third party',
                    sources=(
                        _S[57],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='Only 2023 (79%, third party) and 2025 (85%, third party) were found. No year-tied figure was found for 2024 or before 2023, and no NASM statistics page or NCCA disclosure was found. Several third-party pages give undated round figures that cannot be tied to a year: about 61% (thefitnesstraineracademy), about 65% first attempt (protrainerprep and content farms), and 50-70% (exampedia, which also says NASM does not appear to publish official pass rates).',
                    searched=(
                        'NASM CPT pass rate NCCA annual statistics candidates passed',
                        'NASM-CPT exam statistics reporting period total candidates tested pass rate first attempt',
                        'NASM CPT pass rate 2025 85% official',
                        'careeremployer NASM CPT pass rate reference NASM official data',
                        'blog.nasm.org how hard is the NASM CPT exam pass rate percent of candidates',
                        'ptpioneer what is the NASM CPT pass rate first time test takers percent',
                        'NASM Certified Personal Trainer exam 2025 statistics number of candidates pass rate NCCA accreditation disclosure',
                        'NASM CPT exam pass rate in 2021 2022 reported by NASM percent passed',
                        'https://thefitnesstraineracademy.org/?p=2291',
                        'https://protrainerprep.com/certifications/how-hard-is-personal-trainer-exam',
                        'https://exampedia.org/wiki/NASM_Certified_Personal_Trainer',
                        'https://www.ptpioneer.com/nasm-exam-info/ (2023 FAQ; pass-rate section not in stored text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[41],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[41],
                        _S[42],
                        _S[48],
                        _S[43],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[43],
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[41],
                        _S[57],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[41],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[58],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[56],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[48],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[48],
                        _S[129],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education.hours',
                    sources=(
                        _S[50],
                        _S[51],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[48],
                        _S[50],
                        _S[128],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[0]',
                    sources=(
                        _S[392],
                    ),
                ),
                Citation(
                    path='exam.pass_rates[1]',
                    sources=(
                        _S[391],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CNC',
            name='Certified Nutrition Coach',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NASM Certified Nutrition Coach',
            ),
            description='NASM nutrition-coaching credential that the primary article pairs with the Sports Nutrition Coach for coaching athletes and the general population; a third-party page limits its scope to general, non-medical nutrition coaching, without diagnosis or clinical meal plans. Third-party pages describe a self-paced, fully online course of 24 chapters in three sections (nutritional science, behavior change, coaching and application) and an exam of 100 multiple-choice questions in 90 minutes with 70% to pass, which one calls open-book and a lower-quality page calls proctored.',
            settings=(
                CareerSetting.NUTRITION,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            exam=Exam(
                questions=100,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=5400),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.PERCENT,
                ),
            ),
            disagreements=(
                Disagreement(
                    path='exam',
                    value='an online proctored exam',
                    note='a page that looks auto-generated calls the exam proctored, while the kept third-party page calls it open-book; neither is held as a delivery',
                    sources=(
                        _S[65],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No page stating a CNC course price was found, official or third-party. Content-farm CNC guides mention 'program packages' but show no figure in the stored text.",
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No NASM CNC renewal page was found. Stored NASM renewal pages exist only for the CPT, CSNC, CWC and PTA Global credentials. The cycle and fee for the CNC are therefore unsourced, though the sibling CSNC and CWC pages (2-year cycle, fee paid in the recertification portal, no amount printed) suggest the same scheme.',
                    searched=(
                        'nasm.org recertify certified nutrition coach renewal CEUs fee',
                        'Certified Nutrition Coach Renewal Process NASM-CNC credential must be renewed every two years 1.9 CEUs',
                        'nasm.org recertify choose your credential to renew personal trainer nutrition coach sports nutrition wellness coach',
                        'https://support.nasm.org/migration/recertification-renewal (only question titles are stored, not the answers)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CNC pass rate was found on any page, NASM or third-party.',
                    searched=(
                        'NASM Certified Nutrition Coach course price $',
                        'how much does NASM CNC nutrition certification cost',
                        'NASM Certified Sports Nutrition Coach CSNC final exam number of questions time limit',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[64],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[64],
                        _S[126],
                        _S[65],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[64],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[126],
                        _S[64],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[64],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CSNC',
            name='Certified Sports Nutrition Coach',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'Sports Nutrition Coach',
                'NASM Sports Nutrition Coach',
            ),
            description="NASM sports nutrition coaching credential, which the primary article groups with the Certified Nutrition Coach as suited to coaching athletes and the general population. NASM's renewal page asks for 1.9 CEUs every 2 years, without CPR/AED, and accepts renewal up to a year after expiry, with a $30 late fee in the first 90 days and $50 after that.",
            settings=(
                CareerSetting.NUTRITION,
            ),
            prices=(
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('30'),
                    tier='up-to-90-days',
                    tier_name='Up to 90 days after expiry',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="renewing up to 90 days after the certification expires; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[50],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('50'),
                    tier='90-days-to-1-year',
                    tier_name='From 90 days to 1 year after expiry',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="renewing later than 90 days and within 1 year after expiry; the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[50],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('1.9'),
                    unit='CEU',
                    hours=Decimal('19'),
                ),
                grace_months=12,
                requires_cpr_aed=False,
                note='NASM counts 0.1 CEU per contact hour; renewal is accepted up to a year after expiry, with a late fee',
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSNC course price was found on any page.',
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="NASM's CSNC renewal page (undated, already in data) prints only the late fees ($30 and $50). The base renewal fee is paid in the recertification portal and no amount is printed. The NASM-AFAA Recertification Handbook it points to was not found. The 2-year cycle is already in the data.",
                    searched=(
                        'nasm.org recertify certified nutrition coach renewal CEUs fee',
                        'NASM-AFAA Recertification Handbook specializations credentials that require renewal',
                        'NASM Recertify for Life one-time fee waive recertification fees all NASM credentials',
                        'https://www.nasm.org/recertify/certified-sports-nutrition-coach-renewal',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No page giving the number of questions on the CSNC final exam was found. Pages on the 'NASM nutrition exam' describe the CNC exam, not the CSNC.",
                    searched=(
                        'NASM Certified Sports Nutrition Coach CSNC final exam number of questions time limit',
                        'nasm.org FAQ how many questions are on the specialization final exam CES PES',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSNC pass rate was found.',
                    searched=(
                        'NASM Certified Sports Nutrition Coach CSNC final exam number of questions time limit',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[50],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[50],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[50],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CWC',
            name='Certified Wellness Coach',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NASM Certified Wellness Coach',
            ),
            description="NASM credential that, per the primary article, helps fitness professionals extend their work into mental health, wellness and holistic well-being. NASM's renewal page asks for 1.9 NASM-approved CEUs every 2 years, without CPR/AED, and accepts renewal up to a year late for extra fees it does not state.",
            settings=(
                CareerSetting.WELLNESS,
            ),
            prices=(
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='the renewal page says renewing up to a year late costs extra fees but gives no figure',
                    sources=(
                        _S[51],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('1.9'),
                    unit='CEU',
                    hours=Decimal('19'),
                ),
                grace_months=12,
                requires_cpr_aed=False,
                note='1.9 NASM-approved CEUs every 2 years (0.1 CEU per contact hour); renewal is accepted up to a year late, for extra fees',
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No CWC course price was found on any page.',
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                        'NASM Certified Wellness Coach exam questions final exam format',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="NASM's CWC renewal page (undated, already in data) says fees are paid in the recertification portal 'if applicable' and that NASM One costs about the same as a standard renewal, but it prints no amount. The cycle (2 years, 1.9 CEUs) is already in the data.",
                    searched=(
                        'nasm.org recertify certified nutrition coach renewal CEUs fee',
                        'Certified Nutrition Coach Renewal Process NASM-CNC credential must be renewed every two years 1.9 CEUs',
                        'NASM Recertify for Life one-time fee waive recertification fees all NASM credentials',
                        'https://www.nasm.org/recertify/certified-wellness-coach-renewal',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='Only an auto-generated page (eatsip365.com/preparing-for-the-nasm-wellness-coach-exam, undated) gives a format: 100 multiple-choice questions, 90 minutes, 70%, four domains. Under the rules a content-farm page cannot be the only basis for a value, so the count is left open. No NASM or reputable third-party page was found.',
                    searched=(
                        'NASM Certified Wellness Coach exam questions final exam format',
                        'https://eatsip365.com/preparing-for-the-nasm-wellness-coach-exam',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CWC pass rate was found.',
                    searched=(
                        'NASM Certified Wellness Coach exam questions final exam format',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[51],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[51],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[51],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CES',
            name='Corrective Exercise Specialization',
            organization=_O[1],
            kind=CredentialKind.SPECIALIZATION,
            aliases=(
                'NASM Corrective Exercise Specialization',
                'Corrective Exercise Specialist',
            ),
            description="NASM specialization in muscle mobility, injury prevention and corrective exercise, which NASM's 2017 timeline places after the PES. A 2026 third-party practice-test site says candidates need a current NASM-CPT or another nationally accredited certification, and that the online-proctored exam has 120 multiple-choice questions (100 scored) in 2 hours with about a scaled 70 to pass. An older third-party page says finishing it counts as 1.9 CEUs toward NASM-CPT renewal.",
            settings=(
                CareerSetting.CORRECTIVE_EXERCISE,
            ),
            earned_by=EarningMethod.COURSE_AND_EXAM,
            exam=Exam(
                questions=120,
                scored_questions=100,
                unscored_questions=20,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=7200),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Scientific rationale and muscle imbalance',
                    'Assessments (static posture, overhead squat, single-leg squat, pushing and pulling)',
                    'Corrective exercise continuum programming',
                ),
                delivery=(
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'NASM-CPT',
                            ),
                            or_similar=True,
                            description='a current NASM-CPT or another nationally accredited certification',
                        ),
                    ),
                    sources=(
                        _S[62],
                    ),
                ),
            ),
            recertification=Recertification(
                note='an older third-party page says completing the CES counts as 1.9 CEUs toward NASM-CPT renewal',
            ),
            disagreements=(
                Disagreement(
                    path='exam.questions',
                    value='100',
                    note='a page that looks auto-generated; the kept 2026 third-party page says 120',
                    sources=(
                        _S[63],
                    ),
                ),
                Disagreement(
                    path='exam.duration',
                    value='PT1H30M',
                    note='a page that looks auto-generated says 90 minutes; the kept 2026 third-party page says 2 hours',
                    sources=(
                        _S[63],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No CES course price was found. The gap sweep's CES price queries also found only content farms without figures.",
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="whether it expires is not settled: From an old, undated third-party answer. It says NASM treats the CES and PES as 'advanced specializations' rather than certifications and that these do not expire, and it describes completing either as a way to earn 1.9 CEUs toward CPT renewal. Nothing official confirms or denies this. NASM's stored renewal pages cover only the CPT, CSNC, CWC and PTA Global credentials; no CES renewal page exists among them, which fits the claim. Against it, a 2026 content-farm page (winenfood.com/nasm-ces-certification-renewal-requirement) says the CES is renewed together with the CPT. The 2026.3 record already has a recertification note from the same askthetrainer page, so whether to set 'expires: false' is for a maintainer to decide.",
                    searched=(
                        "askthetrainer: the answer's second paragraph says there is no expiration for the advanced specializations; the next section describes the 1.9-CEU credit.",
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CES pass rate was found.',
                    searched=(
                        'nasm.org FAQ how many questions are on the specialization final exam CES PES',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[52],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[52],
                        _S[62],
                        _S[130],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[0],
                        _S[62],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[62],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[130],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-PES',
            name='Performance Enhancement Specialization',
            organization=_O[1],
            kind=CredentialKind.SPECIALIZATION,
            aliases=(
                'Performance Enhancement Specialist',
                'NASM Performance Enhancement Specialist',
            ),
            description="NASM specialization in performance training, strength and conditioning for athletes, built on NASM's OPT model; NASM's 2017 timeline calls it the first performance enhancement specialization. The primary article sees it as an add-on to a personal trainer credential that asks for less foundational science than the NSCA's CSCS, priced in 2025 as a course with exam in three tiers from $699 to $999, with no pass rate reported. Its exam has 100 multiple-choice questions in 90 minutes with 70% to pass; an older third-party page says the specialization does not expire.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
                CareerSetting.COMMERCIAL_GYMS,
                CareerSetting.TRAINING_STUDIOS,
                CareerSetting.PRIVATE_PRACTICE,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            exam=Exam(
                questions=100,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=5400),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.PERCENT,
                ),
                topics=(
                    'Coaching and sport psychology',
                    'Sport science',
                    'Athlete assessments',
                    'Testing and monitoring',
                    'Integrated training model components',
                    'Program design',
                    'Nutrition and supplements',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    amount=Decimal('699'),
                    tier='self-study',
                    tier_name='Self-study',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="the primary article (2025); the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    amount=Decimal('849'),
                    tier='premium-self-study',
                    tier_name='Premium self-study',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="the primary article (2025); the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    amount=Decimal('999'),
                    tier='all-inclusive',
                    tier_name='All-inclusive',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="the primary article (2025); the source shows only '$'; USD inferred from NASM's US base",
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    bound=PriceBound.INCLUDED,
                    included_in=PriceItem.COURSE_AND_EXAM,
                    jurisdiction='US',
                    note='the article says study materials are included in the course-and-exam price',
                    sources=(
                        _S[0],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'NASM-CPT',
                                'NSCA-CPT',
                                'NASM-CSNC',
                            ),
                            or_similar=True,
                            description='a personal trainer (CPT), sports nutrition coach or similar credential',
                        ),
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description='a four-year college degree',
                        ),
                    ),
                    sources=(
                        _S[0],
                    ),
                ),
            ),
            preferred_for=(
                CareerSetting.COMMERCIAL_GYMS,
                CareerSetting.TRAINING_STUDIOS,
                CareerSetting.PRIVATE_PRACTICE,
            ),
            recertification=Recertification(
                note='an older third-party page calls the PES an advanced specialization that does not expire, and says completing it counts as 1.9 CEUs toward NASM-CPT renewal',
            ),
            disagreements=(
                Disagreement(
                    path='exam.passing_score',
                    value='70 (scaled)',
                    note='only a page that looks auto-generated calls it a scaled score; the article and a 2026 third-party page say 70%',
                    sources=(
                        _S[61],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='Sport psychology and coaching; Sport science foundations; Performance assessment and testing; Integrated training models; Athletic program design',
                    note='a 2026 third-party grouping of the material into five areas; the primary article ranks above it',
                    sources=(
                        _S[60],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='four performance domains centred on the OPT model',
                    note='a page that looks auto-generated',
                    sources=(
                        _S[61],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="whether it expires is not settled: Same old, undated third-party answer as for the CES: the PES is called an 'advanced specialization' that does not expire. No official NASM statement either way was found, and no PES renewal page exists among NASM's stored renewal pages. The 2026.3 record already carries this as a recertification note, so a maintainer should decide whether to set 'expires: false'.",
                    searched=(
                        "askthetrainer: the answer's second paragraph says there is no expiration for the advanced specializations (CES and PES).",
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='The primary article lists the PES pass rate as not reported. No figure was found on NASM or third-party pages.',
                    searched=(
                        'nasm.org performance enhancement specialist program exam 100 questions 90 minutes',
                        'NASM PES review cost performance enhancement specialist price',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[52],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[52],
                        _S[60],
                        _S[130],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[131],
                    ),
                ),
                Citation(
                    path='preferred_for',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[0],
                        _S[60],
                        _S[61],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[0],
                        _S[61],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[0],
                        _S[60],
                    ),
                ),
                Citation(
                    path='requirements_known',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[130],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-PBC',
            name='Physique and Bodybuilding Coach Specialization',
            organization=_O[1],
            kind=CredentialKind.SPECIALIZATION,
            aliases=(
                'Physique and Body Building Coach Specialization',
                'NASM Physique and Bodybuilding Coach',
            ),
            description="NASM specialization for coaches focused on strength training, muscle development and physique aesthetics, per the primary article; NASM's blog introduces it as the Physique and Bodybuilding Coach (NASM-PBC), built with lead subject-matter expert Dr. Guillermo Escalante. A third-party reseller lists no prerequisites, says a fitness credential or a bachelor's degree may help, and aims it at fitness professionals, physique competitors and enthusiasts.",
            settings=(
                CareerSetting.PHYSIQUE,
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a fitness credential (said to help, not required)',
                        ),
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's degree (said to help, not required)",
                        ),
                    ),
                    sources=(
                        _S[132],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No PBC course price was found. The mudarrib reseller page (already in data) shows no price in its stored text.',
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No PBC renewal page or statement about expiry was found.',
                    searched=(
                        'NASM specializations such as CES PES WLS do not require recertification only certifications CPT CNC CSNC CWC renew',
                        'NASM specialization never expires lifetime credential no renewal required corrective exercise',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='No PBC final-exam question count was found. A stuvia flashcard set (2026) sells practice terms but gives no exam format.',
                    searched=(
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No PBC pass rate was found.',
                    searched=(
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[53],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[0],
                        _S[53],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[53],
                        _S[132],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[53],
                    ),
                ),
                Citation(
                    path='requirements_known',
                    sources=(
                        _S[132],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-WLS',
            name='Weight Loss Specialization',
            organization=_O[1],
            kind=CredentialKind.SPECIALIZATION,
            aliases=(
                'NASM Weight Loss Specialization',
            ),
            description='NASM specialization in evidence-based strategies for helping clients lose weight, per the primary article; a third-party review lists it as the Weight-Loss Specialization (WLS) beside the PES and CES. A 2020 personal blog describes online study modules on energy balance, macronutrients, plateaus and obesity, followed by an exam, taking about two months.',
            settings=(
                CareerSetting.WEIGHT_LOSS,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No WLS course price was found. The 2020 blog already in the data describes the course but gives no price.',
                    searched=(
                        'NASM Certified Personal Trainer self-study price',
                        'NASM Certified Nutrition Coach course price $',
                        'personaltraineredge NASM program packages cost Option 1 Self Study',
                        'NASM Self Study Premium Self Study Guided Study All-Inclusive price comparison 2020',
                        'nasm.org certified personal trainer program packages (docs corpus)',
                        'NASM Corrective Exercise Specialization cost $699 review worth it',
                        'how much does the NASM CES cost',
                        'how much does NASM CNC nutrition certification cost',
                        'blog.nasm.org how much does it cost to become a personal trainer NASM',
                        '"Self-Study" "$899" NASM CPT package',
                        'NASM CPT price 2019 self study $699 premium self study $999 guided study all-inclusive $1,999',
                        'nasm.org corrective exercise specialist become a CES program options',
                        'NASM Corrective Exercise Specialist CES certification course 1-800-460-6276 PROMOTIONS get prequalified',
                        'Premier Global NASM Corrective Exercise Specialisation course price £',
                        'NASM CES review cost of the corrective exercise specialist certification price tiers',
                        'NASM PES review cost performance enhancement specialist price',
                        'NASM Physique and Bodybuilding Coach PBC final exam questions cost',
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'reddit NASM CES price sale worth it paid',
                        'r/NASM nutrition coach CNC bought on sale for $ dollars worth it',
                        'NASM Black Friday sale specialization CES PES CNC discount price deal',
                        'NASM advanced specialization CES costs around $500 online course exam included',
                        'mudarrib NASM course price SAR Certified Nutrition Coach Corrective Exercise',
                        'NASM Certified Nutrition Coach course price self-study (docs corpus)',
                        'NASM candidate handbook Exam Only option price Advanced Specializations CPT Free Trial enrollment period',
                        'nasm.org exam-info, resources/faq and recertify pages (stored copies hold no price tables)',
                        "NASM CPT candidate handbooks 2016/2017/2021/2022 mirrors (pdfrog, wixlib, vdocuments, scribd): only the opening and table of contents are stored; the 'program options' pages with any prices are not reachable",
                        'personaltraineredge.com 2020 comparison: stored text stops just before its NASM price list',
                        'premierglobal.co.uk (UK NASM partner, closed June 2022): only sale banners, no course prices',
                        'mudarrib.com PBC reseller page: no price in stored text',
                        'content farms winenfood.com, visualfoodie.com, eatsip365.com: package tables without specialization figures in the stored text',
                        'so you want to be a fitness trainer blog NASM weight loss specialization exam modules energy balance plateaus',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No WLS renewal page or statement was found, so it is unknown whether the WLS renews or, like the CES and PES in an old third-party answer, does not expire.',
                    searched=(
                        'NASM specialization recertification does not expire',
                        'NASM specializations such as CES PES WLS do not require recertification only certifications CPT CNC CSNC CWC renew',
                        'NASM specialization never expires lifetime credential no renewal required corrective exercise',
                        'nasm.org recertify corrective exercise specialist renewal process CEUs every two years',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='No WLS exam question count was found. The 2020 blog says only that an exam follows the online modules.',
                    searched=(
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                        'so you want to be a fitness trainer blog NASM weight loss specialization exam modules energy balance plateaus',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No WLS pass rate was found.',
                    searched=(
                        'NASM Weight Loss Specialist WLS exam questions cost course',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[133],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[133],
                        _S[66],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[66],
                    ),
                ),
            ),
        ),
        Credential(
            id='ISSA-SCC',
            name='Strength and Conditioning Coach',
            organization=_O[2],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ISSA Strength and Conditioning Coach',
                'Specialist in Strength and Conditioning',
            ),
            description="ISSA's strength and conditioning credential (the id ISSA-SCC follows the article; no official abbreviation was found): its course textbook is titled Strength and Conditioning, and ISSA's 2014 catalog called it Specialist in Strength and Conditioning. The article calls it a broad-based option earned through an online course and an exam, and a third-party copy of ISSA's FAQ says specialization courses must be finished within eight months of purchase. NCCPT, ISSA's subsidiary, says only its personal trainer exam is NCCA-accredited, so this credential is not; no price, prerequisite or exam format was found.",
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('0'),
                    tier='issa-ceus',
                    tier_name='All CEUs from ISSA',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='when all 20 CEUs were earned through ISSA; fees are non-refundable; shown as $; US dollars inferred, ISSA being a US body',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('99'),
                    tier='other-ceus',
                    tier_name='CEUs from elsewhere',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='when CEUs were earned outside ISSA; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('40'),
                    tier='late-3-6-months',
                    tier_name='3 to 6 months late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing 3 to 6 months late; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('50'),
                    tier='late-6-12-months',
                    tier_name='6 to 12 months late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing 6 to 12 months late; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('20'),
                    unit='CEU',
                    hours=Decimal('20'),
                ),
                grace_months=12,
                requires_cpr_aed=True,
                note="ISSA's rule for all its certifications: at least 20 continuing-education hours every two years and CPR/AED valid at least 30 days past submission. Late fees run to 12 months after expiry, so late renewal is taken to be possible until then.",
            ),
            disagreements=(
                Disagreement(
                    path='accreditations',
                    value='NCCA',
                    note='a page that looks auto-generated; NCCPT says only its own personal trainer exam is NCCA-accredited, so no accreditation is recorded',
                    sources=(
                        _S[74],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No price for ISSA's Strength and Conditioning course on any stored ISSA page, catalog chunk or third-party page. The 2013, 2014 and 2018-19 catalogs are stored, but only their opening pages (history, catalog effective dates) surfaced, never a tuition table.",
                    searched=(
                        'ISSA catalog tuition Certified Fitness Trainer $ total cost of course Specialist in Strength and Conditioning tuition',
                        'ISSA Strength and Conditioning certification course Add To Cart $ strength coach',
                        'issaonline.com certification strength-and-conditioning course price enroll today',
                        'vocCat tuition schedule Certified Fitness Trainer Elite Trainer Master Trainer Youth Fitness Trainer tuition $ cancellation refund policy',
                        'ISSA Strength and Conditioning Coach certification review cost $ worth it',
                        'ISSA specialization course price each specialization costs Strength and Conditioning Nutritionist Glute bundle $',
                        'scribd 221707840 (2013 catalog), tr.scribd 249875948 (2014), scribd 404001311 (2018-19), studylib 8890035 (2015-16 college catalog): openings only',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='Only a low-quality page (aroundthe.net: 80-100 questions, about 90 minutes) gives a count, which cannot be used alone; no ISSA or reputable third-party figure found.',
                    searched=(
                        'ISSA Strength and Conditioning certification course Add To Cart $ strength coach',
                        'ISSA Strength and Conditioning Coach certification review cost $ worth it',
                        'aroundthe.net/issa-strength-and-conditioning-final-exam (3P-LOW)',
                        'visualfoodie.com/issa-strength-and-conditioning-certification-guide (3P-LOW, no count in captured text)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass rate for the S&C course exam anywhere; ISSA course exams are open-book with free retakes, and no statistics were seen.',
                    searched=(
                        'ISSA exam pass rate percent ptpioneer ISSA CPT exam FAQ difficulty',
                        'ISSA Strength and Conditioning Coach certification review cost $ worth it',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[134],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[0],
                        _S[68],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[0],
                        _S[135],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[72],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[134],
                        _S[68],
                        _S[135],
                        _S[71],
                    ),
                ),
            ),
        ),
        Credential(
            id='NCSF-CSC',
            name='Certified Strength Coach',
            organization=_O[3],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NCSF Certified Strength Coach',
            ),
            description="NCSF board certification for strength coaches, which the article groups with the SCCC as credentials for aspiring coaches aiming at collegiate or elite athletics. Candidates must be 18 and hold either a current NCCA-accredited personal trainer certification with a high school diploma or an associate's or higher degree in an exercise-related field, and must agree to NCSF's code of ethics; the exam rests on job task analyses from 2011 and 2016. Wikipedia says NCSF exams are taken at Prometric centres, and NCSF's 2017 candidate handbook treats its courses as optional. No exam format, exam fee or pass rate was found, and no page says the CSC itself is NCCA-accredited.",
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.ELITE_ATHLETICS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('85'),
                    tier='one-credential',
                    tier_name='One credential',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one NCSF credential; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[79],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('100'),
                    tier='several-credentials',
                    tier_name='Two or more credentials',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing two or more NCSF credentials together; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[79],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[76],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.CREDENTIAL,
                                    credentials=(
                                        'NSCA-CPT',
                                        'NASM-CPT',
                                    ),
                                    or_similar=True,
                                    description='a current NCCA-accredited personal trainer certification',
                                ),
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.HIGH_SCHOOL,
                                    description='a high school diploma or equivalent',
                                ),
                            ),
                            description='a current NCCA-accredited personal trainer certification and a high school diploma or equivalent',
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.ASSOCIATE,
                                    description="an associate's degree or higher",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in an exercise-related field such as exercise science, athletic training, physical therapy or sports nutrition',
                                ),
                            ),
                            description="an associate's or higher degree in an exercise-related field",
                        ),
                    ),
                    sources=(
                        _S[76],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('10'),
                    unit='CEU',
                    hours=Decimal('20'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note='10 CEUs every two years, one CEU being two hours of study: 2 for a CPR course and 1 for ethics and professional practice are required, 7 are general, and the same 10 cover several NCSF credentials. The cycle runs from the exam date to the last day of that month two years later. Retaking the board exam also renews; a lapsed credential means retaking the exam under the rules and fees then in force.',
            ),
            disagreements=(
                Disagreement(
                    path='earned_by',
                    value='online-course-and-exam',
                    note="the article; NCSF's eligibility page and 2017 handbook describe a board exam for which its courses are optional preparation",
                    sources=(
                        _S[0],
                    ),
                ),
                Disagreement(
                    path='accreditations',
                    value='NCCA',
                    note="Wikipedia says NCSF's board oversees NCCA-accredited programs and names the CSC among NCSF's credentials, but no stored page says the CSC itself is accredited, so none is recorded",
                    sources=(
                        _S[81],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='50',
                    note="an older, undated NCSF fact sheet on a mirror gives a $50 recertification fee; NCSF's current how-to page gives $85 (one credential) or $100 (two or more), which is kept",
                    sources=(
                        _S[144],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSC exam fee on any stored page. Only the CSC eligibility page and the opening (title, copyright 2017, table of contents) of the CSC Candidate Handbook on pdfslide are stored; the CPT policies page ($349/$99) has no CSC counterpart in the store.',
                    searched=(
                        'NCSF Certified Strength Coach exam fee registration',
                        'Strength Coach Policies and Procedures Examination Fees Paying for the Examination NCSF',
                        'NCSF Certified Strength Coach exam cost price CSC exam $ study program NCSF review',
                        'NCSF personal trainer certification packages price $ home study course exam included',
                        'pdfslide.us CSC Candidate Handbook (2017; pages 1-3 only)',
                        'ncsf.org/certexam/strengthcoach/EligibilityRationale.aspx (no fees)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="The 2017 CSC handbook has a 'General information about NCSF-CSC examination' section (p. 10) but its text is not in the stored copy; no other page gives the count.",
                    searched=(
                        'NCSF-CSC exam multiple choice questions hours strength coach exam content domains percent',
                        'NCSF Certified Strength Coach exam cost price CSC exam $ study program NCSF review',
                        'pdfslide.us CSC Candidate Handbook table of contents',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSC pass rate on any page.',
                    searched=(
                        'NCSF certified personal trainer exam pass rate first-time candidates percent difficult',
                        'NCSF-CSC exam multiple choice questions hours strength coach exam content domains percent',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[76],
            ),
            citations=(
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[76],
                        _S[78],
                        _S[81],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[81],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[143],
                        _S[80],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[79],
                        _S[80],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[79],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[145],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[79],
                        _S[143],
                        _S[80],
                        _S[145],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[76],
                        _S[78],
                        _S[81],
                    ),
                ),
            ),
        ),
        Credential(
            id='CSCCA-SCCC',
            name='Strength and Conditioning Coach Certified',
            organization=_O[4],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'SCCC',
                'CSCCa Strength and Conditioning Coach Certified',
            ),
            description="CSCCa's certification for full-time collegiate and professional strength and conditioning coaches and the students preparing for that work. Candidates need a bachelor's degree (the rule stated for those with under 12 years of full-time experience), a 640-hour internship under an approved mentor or, for coaches with three years full time, a mentoring packet, and CPR/AED and first aid; from August 2024 first-time candidates also need credit in five science courses. The assessment is a written exam at PSI testing centres and a hands-on practical held by CSCCa in person, both to be passed within three years; it has been NCCA-accredited since 18 February 2014, and CSCCa does not allow it to be held alongside another profession's certification.",
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.PROFESSIONAL_SPORTS,
                CareerSetting.ELITE_ATHLETICS,
            ),
            earned_by=EarningMethod.WRITTEN_AND_PRACTICAL_IN_PERSON,
            exam=Exam(
                topics=(
                    'Muscle physiology',
                    'Bioenergetics and metabolism',
                    'Neuromuscular concepts',
                    'Cardiorespiratory system',
                    'Biomechanics',
                    'Responses and adaptations to training',
                    'Aerobic and anaerobic exercise prescription',
                    'Program design and periodization',
                    'Free weights, machines and HIT',
                    'Speed and plyometrics',
                    'Flexibility',
                    'Nutrition',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.IN_PERSON,
                ),
                parts=(
                    AssessmentPart(
                        name='Written exam',
                        format=AssessmentFormat.WRITTEN,
                        description="science and applied questions, given through a national testing agency at PSI testing centres; written retakes have a December window. The topics shown are those in the stored copy of CSCCa's overview, whose list is cut off",
                    ),
                    AssessmentPart(
                        name='Practical exam',
                        format=AssessmentFormat.PRACTICAL,
                        description='a hands-on evaluation held by CSCCa in person (in 2013 at its National Conference); candidates stay from check-in until they finish',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('360'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='one fee covers the written and practical portions; given for the 2024 cycle on the page for candidates with fewer than 12 years of full-time experience and students; a practicum fee, amount not found, is also due; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[84],
                        _S[85],
                        _S[154],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('470'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='one fee covers the written and practical portions; given for the 2024 cycle on the page for candidates with fewer than 12 years of full-time experience and students; a practicum fee, amount not found, is also due; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[84],
                        _S[85],
                        _S[154],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('200'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2013, 1, 1),
                    valid_until=date(2013, 12, 31),
                    note='the certification fee for the 2013 exam, announced in November 2012; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[155],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a retake fee is due for each failed portion; its amount was not found',
                    sources=(
                        _S[85],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('50'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='to reinstate a lapsed SCCC, as given in 2019; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[157],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('360'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note='The SCCC certification fee (written and practical) for first-time candidates at the Spring 2021 exam. It is the same as the 2024 figure in the data, so the fee was unchanged from 2021 to 2024. Retest candidates taking one portion have separate prices, not given here. A practicum fee is also due (amount not shown). $ amounts taken as US dollars (inferred: the page shows only $).',
                    sources=(
                        _S[379],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('470'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note='The SCCC certification fee (written and practical) for first-time candidates at the Spring 2021 exam. It is the same as the 2024 figure in the data, so the fee was unchanged from 2021 to 2024. Retest candidates taking one portion have separate prices, not given here. A practicum fee is also due (amount not shown). $ amounts taken as US dollars (inferred: the page shows only $).',
                    sources=(
                        _S[379],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='working full time as a collegiate or professional strength and conditioning coach, or a student preparing for that work',
                        ),
                    ),
                    sources=(
                        _S[83],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's degree from an accredited institution, shown by a sealed official transcript sent by the school (CSCCa states this for candidates with fewer than 12 years of full-time collegiate or professional experience, and for students)",
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_YEARS,
                                    years=12,
                                    description='12 or more years of full-time collegiate or professional coaching',
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='meeting the separate requirements CSCCa sets for such coaches, which the sources do not give',
                                ),
                            ),
                            description='12 or more years of full-time collegiate or professional coaching, under separate requirements not in the sources',
                        ),
                    ),
                    sources=(
                        _S[84],
                        _S[155],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="for first-time candidates, credit within a bachelor's or master's degree for five courses: two in anatomy and physiology, one in exercise physiology, one in biomechanics or kinesiology and one in nutrition (sports nutrition preferred); introductory courses and standalone labs do not count",
                        ),
                    ),
                    effective_from=date(2024, 8, 1),
                    sources=(
                        _S[91],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.INTERNSHIP_HOURS,
                            hours=640,
                            description='a 640-hour practicum/internship under a CSCCa-approved mentor, who signs an internship completion verification before the exam (a practicum waiver form is filed at its start)',
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_YEARS,
                                    years=3,
                                    description='three or more years as a full-time collegiate or professional coach',
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='completing the mentoring packet with an approved mentor',
                                ),
                            ),
                            description='three or more years as a full-time collegiate or professional coach and the mentoring packet',
                        ),
                    ),
                    sources=(
                        _S[83],
                        _S[153],
                        _S[84],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification from the American Red Cross or American Heart Association, valid on the practical exam date; online-only courses are not accepted',
                        ),
                    ),
                    sources=(
                        _S[89],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.FIRST_AID,
                            description='current first aid certification (an online-only course is accepted)',
                        ),
                    ),
                    sources=(
                        _S[89],
                    ),
                ),
            ),
            established=2001,
            accreditations=(
                Accreditation(
                    body='NCCA',
                    since=date(2014, 2, 18),
                    sources=(
                        _S[86],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('45'),
                    unit='CEU',
                ),
                requires_cpr_aed=True,
                note='45 CEUs per three-year cycle running 1 August to 31 July (15 a year recommended), including a health and safety quiz once per cycle (3.0 CEUs, 80% to pass); CPR/AED and first aid must be valid to the end of the cycle and all balances paid. The 2022-2025 cycle ended on 31 July 2025 and the next ends on 31 July 2028. In 2015-2016 CSCCa also required attending at least one National Conference per cycle.',
            ),
            disagreements=(
                Disagreement(
                    path='exam.delivery',
                    value='both parts at an authorised testing site',
                    note='the article; CSCCa sends the written part to PSI test centres and holds the practical itself',
                    sources=(
                        _S[0],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="CSCCa does not print a flat SCCC renewal fee. Renewal needs 45 CEUs, CPR/AED/First Aid, the Health & Safety quiz and payment of any outstanding balance. CSCCa mentions 'CEU reporting fees' with a member discount, but no amount appears on any page seen. The $50 reinstatement fee for a lapsed SCCC (2019) is already in the data.",
                    searched=(
                        'csccamonthly CEU reporting fee SCCC recertification deadline July 31 fee members non-members health and safety quiz',
                        'CSCCa membership dues 2025-2026 student full-time SCCC certification fee member non-member clubexpress',
                        'cscca.clubexpress.com CEU Reporting page (2025-2028 cycle)',
                        'cscca.org/ceu/reporting (2022-2025 table)',
                        'csccamonthly.com continuing-education-corner-2021 and continuing-education-updates-reminders-11',
                        'cscca.org/certification/sccc/not_fulltime (2024)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No page seen gives the number of written-exam questions, the time limit or the passing score; CSCCa's pages say only that the written part has science and applied questions and is taken at PSI centres. The SCCC Certification Handbook linked from the exam registration page was not in the stored copies.",
                    searched=(
                        'SCCC Certification Handbook CSCCa written examination multiple choice items time allowed passing score practical exam stations',
                        'CSCCa SCCC certification exam pass rate written exam number of questions',
                        'cscca.org/certification/certification_fee',
                        'cscca.org/certification/SCCC_Process_Overview',
                        'cscca.org/certification/sccc/examregistration',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No SCCC pass rate, by year or overall, was found on CSCCa pages, in CSCCa Monthly or on third-party pages. CSCCa publishes no statement that it withholds pass rates.',
                    searched=(
                        'CSCCa SCCC certification exam pass rate written exam number of questions',
                        'SCCC vs CSCS comparison cost pass rate CSCCa certification difficulty',
                        'candidates sat for the SCCC certification exam and passed, newly certified SCCC coaches CSCCa national conference results',
                        'csccamonthly.com exam-information posts 2018-2021',
                        'cscca.org/news/newsroom',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[0],
                _S[83],
                _S[92],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[92],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[0],
                        _S[82],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[85],
                        _S[90],
                        _S[89],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[82],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[83],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[83],
                        _S[90],
                        _S[89],
                    ),
                ),
                Citation(
                    path='exam.parts[0]',
                    sources=(
                        _S[85],
                        _S[83],
                        _S[90],
                    ),
                ),
                Citation(
                    path='exam.parts[1]',
                    sources=(
                        _S[85],
                        _S[89],
                        _S[155],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[88],
                        _S[151],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[87],
                        _S[88],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[88],
                        _S[151],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[87],
                        _S[88],
                        _S[151],
                        _S[156],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[83],
                        _S[84],
                        _S[91],
                        _S[89],
                        _S[90],
                        _S[85],
                        _S[86],
                        _S[152],
                    ),
                ),
            ),
        ),
        Credential(
            id='ISSA-CPT',
            name='ISSA Certified Personal Trainer',
            organization=_O[2],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ISSA Certified Fitness Trainer',
            ),
            description="ISSA's personal trainer certification, formerly the Certified Fitness Trainer, earned through an online course (lessons, online textbook, quizzes, workbook) that ends in an open-note, untimed, unproctored exam. That course exam is not NCCA-accredited; ISSA's accredited route is the separate NCCPT exam. A third-party copy of ISSA's FAQ gives six months from purchase to finish the course (an older third-party page said eight) and says the certificate is issued once CPR/AED is on file and at least a twelfth of the price is paid; no course price was found.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            exam=Exam(
                questions=200,
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.PERCENT,
                ),
                delivery=(
                    ExamDelivery.ONLINE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('0'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="a third-party exam guide says retakes of ISSA's standard course exam are free; shown as $; US dollars inferred, ISSA being a US body",
                    sources=(
                        _S[73],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('0'),
                    tier='issa-ceus',
                    tier_name='All CEUs from ISSA',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='when all 20 CEUs were earned through ISSA; fees are non-refundable; shown as $; US dollars inferred, ISSA being a US body',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('99'),
                    tier='other-ceus',
                    tier_name='CEUs from elsewhere',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='when CEUs were earned outside ISSA; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('40'),
                    tier='late-3-6-months',
                    tier_name='3 to 6 months late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing 3 to 6 months late; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('50'),
                    tier='late-6-12-months',
                    tier_name='6 to 12 months late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing 6 to 12 months late; non-refundable; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[72],
                    ),
                ),
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    amount=Decimal('800'),
                    bound=PriceBound.APPROXIMATE,
                    jurisdiction='US',
                    note='A third-party guide puts the ISSA CPT at roughly $800 (course with its online exam). No ISSA page with a price was found; ISSA runs frequent promotions. Shown as $; US dollars inferred. The same guide wrongly calls the ISSA CPT NCCA-accredited, so treat it with care.',
                    sources=(
                        _S[75],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[73],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description="current adult CPR/AED certification, valid at least 30 days past submission: a hands-on course from an approved provider or ISSA's own online CPR/AED course",
                        ),
                    ),
                    sources=(
                        _S[136],
                        _S[135],
                        _S[73],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('20'),
                    unit='CEU',
                    hours=Decimal('20'),
                ),
                grace_months=12,
                requires_cpr_aed=True,
                note="ISSA's rule for all its certifications: at least 20 continuing-education hours every two years and CPR/AED valid at least 30 days past submission. Late fees run to 12 months after expiry, so late renewal is taken to be possible until then.",
            ),
            disagreements=(
                Disagreement(
                    path='exam.passing_score',
                    value='75% on every section of the final exam',
                    note="ISSA's older FAQ for the Certified Fitness Trainer, and a third-party copy of ISSA's FAQ; ISSA's current FAQ gives 70% on the final exam, which is kept (all undated)",
                    sources=(
                        _S[136],
                        _S[135],
                    ),
                ),
                Disagreement(
                    path='requirements[1].any_of[0]',
                    value='CPR/AED and first aid',
                    note="an older version of ISSA's FAQ also asked for first aid, with an exemption for international students without AED training; newer pages ask only for CPR/AED",
                    sources=(
                        _S[138],
                    ),
                ),
                Disagreement(
                    path='requirements[1].any_of[0]',
                    value='a first CPR/AED course cannot be taken online',
                    note="an older third-party page; the third-party copy of ISSA's FAQ accepts ISSA's own online CPR/AED course",
                    sources=(
                        _S[142],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No ISSA figure found. A 2026 prep guide (issa-open-exam-prep-2026) says ISSA/NCCPT do not disclose a pass rate in candidate-facing material, but that is a third party, not ISSA's own statement. The only number seen (about 90%, eatsip365, in facts-gap-sweep.md) is a content-farm claim and cannot be used alone.",
                    searched=(
                        'ISSA exam pass rate percent ptpioneer ISSA CPT exam FAQ difficulty',
                        'how much does ISSA CPT cost $799 $999 price breakdown',
                        'ptpioneer.com/issa-exam-faq (only its 2024 opening captured)',
                        'open-exam-prep.com/blog/issa-cpt-study-guide-2026 (says not disclosed)',
                        'eatsip365.com/the-difficulty-level-of-the-issa-cpt-certification (3P-LOW ~90%)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[139],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[136],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[139],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[139],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[137],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[73],
                        _S[139],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[72],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[139],
                        _S[136],
                        _S[140],
                        _S[135],
                        _S[142],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[403],
                        _S[404],
                    ),
                ),
            ),
        ),
        Credential(
            id='NCSF-CPT',
            name='NCSF Certified Personal Trainer',
            organization=_O[3],
            kind=CredentialKind.CERTIFICATION,
            description="NCSF's board certification for personal trainers, earned by passing a 150-question multiple-choice exam of at most three hours, which Wikipedia says is taken at Prometric centres; an NCSF course is not required, and candidates may prepare with other organizations' or college materials. Candidates must be at least 18 and hold a high school diploma or equivalent; practical experience helps but is not required. NCSF shows two undated versions of the exam's content outline, and no passing score or pass rate was found; Wikipedia says NCSF's board runs NCCA-accredited programs, but no page found says so of this credential.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=10800),
                topics=(
                    'Functional Anatomy (15%)',
                    'Exercise Physiology (10%)',
                    'Physical Activity and Health Promotion (6%)',
                    'Screening, Evaluation and Professional Practice (11%)',
                    'Nutrition (11%)',
                    'Weight Management (7%)',
                    'Exercise Prescription and Programming (19%)',
                    'Training Instruction (16%)',
                    'Special Populations (5%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('349'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='first-time candidates; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[77],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('99'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='each retake of the exam; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[77],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('85'),
                    tier='one-credential',
                    tier_name='One credential',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one NCSF credential; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[79],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('100'),
                    tier='several-credentials',
                    tier_name='Two or more credentials',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing two or more NCSF credentials together; $ amounts taken as US dollars (inferred: the page shows only $)',
                    sources=(
                        _S[79],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[77],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[77],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='practical experience as a trainer (helps, not required)',
                        ),
                    ),
                    sources=(
                        _S[77],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('10'),
                    unit='CEU',
                    hours=Decimal('20'),
                ),
                reexamination=True,
                requires_cpr_aed=True,
                note='10 CEUs every two years, one CEU being two hours of study: 2 for a CPR course and 1 for ethics and professional practice are required, 7 are general, and the same 10 cover several NCSF credentials. The cycle runs from the exam date to the last day of that month two years later. Retaking the board exam also renews; a lapsed credential means retaking the exam under the rules and fees then in force.',
            ),
            disagreements=(
                Disagreement(
                    path='exam.topics',
                    value='Functional Anatomy 12%, Exercise Physiology 9%, Health and Physical Fitness 11%, Screening and Evaluation 11%, Nutrition 7%, Weight Management 8%, Exercise Programming 19%, Training Instruction 16%, Special Populations 4%, Professionalism and Risk Management 3%',
                    note="another stored version of NCSF's exam content page; both are undated and which is current is not known, so the www.ncsf.org version is shown",
                    sources=(
                        _S[147],
                    ),
                ),
                Disagreement(
                    path='accreditations',
                    value='NCCA',
                    note="Wikipedia says NCSF's board oversees NCCA-accredited programs; no stored page says so of the NCSF-CPT itself, so none is recorded",
                    sources=(
                        _S[81],
                    ),
                ),
                Disagreement(
                    path='prices[2].amount',
                    value='50',
                    note="an older, undated NCSF fact sheet on a mirror gives a $50 recertification fee; NCSF's current how-to page gives $85 (one credential) or $100 (two or more), which is kept",
                    sources=(
                        _S[144],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No NCSF figure. A third-party prep page (ncsf-protrainerprep-pass-rates) says NCSF does not publish official pass rates, but that is not NCSF's own statement; a second protrainerprep page on 'NCSF CPT exam pass rates' gives no number.",
                    searched=(
                        'NCSF certified personal trainer exam pass rate first-time candidates percent difficult',
                        'protrainerprep.com/ncsf-cpt-exam-pass-rates-explained (no figure)',
                        'protrainerprep.com/certifications/how-hard-is-personal-trainer-exam (says not published)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[148],
                _S[77],
            ),
            citations=(
                Citation(
                    path='settings',
                    sources=(
                        _S[148],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[77],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[146],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[146],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[146],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[146],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[81],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[143],
                        _S[80],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[79],
                        _S[80],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[79],
                    ),
                ),
                Citation(
                    path='recertification.reexamination',
                    sources=(
                        _S[145],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[79],
                        _S[143],
                        _S[80],
                        _S[145],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[77],
                        _S[146],
                        _S[147],
                        _S[81],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACSM-CPT',
            name='ACSM Certified Personal Trainer',
            organization=_O[6],
            kind=CredentialKind.CERTIFICATION,
            description="ACSM's personal-trainer certification, for professionals who plan and lead exercise programs for healthy people or people medically cleared to exercise, covering strength, endurance, flexibility, cardiorespiratory fitness and body composition. It is earned by an exam sat at a Pearson VUE centre or online; no ACSM page found gives the item count, so the exam length and domain weights here come from third-party prep sites. ACSM published its CPT statistics as a condition of NCCA accreditation: 13,999 holders in June 2015 and pass rates up to 2014, while a 2026 prep site puts the recent first-attempt pass rate at about 53%. The prerequisites (18 or older, a high-school diploma and a hands-on CPR/AED course) are as third-party pages give them.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
                CareerSetting.GENERAL_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=135,
                scored_questions=120,
                unscored_questions=15,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=9000),
                passing_score=PassingScore(
                    value=Decimal('550'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('69'),
                        year=2012,
                    ),
                    PassRate(
                        percent=Decimal('61'),
                        year=2013,
                    ),
                    PassRate(
                        percent=Decimal('55'),
                        year=2014,
                    ),
                ),
                topics=(
                    'Client Consultation and Assessment (25%)',
                    'Exercise Programming and Implementation (43%)',
                    'Exercise Leadership and Client Education (22%)',
                    'Legal and Professional Responsibilities (10%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('310'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='third-party prep sites, undated; they describe the newer 135-item exam, so they are probably newer than the $279 figure (see disagreements); one says to check acsm.org; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[189],
                        _S[186],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('410'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='third-party prep sites, undated; probably newer than the $349 figure (see disagreements); shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[189],
                        _S[186],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('175'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="only on older third-party pages that describe the 150-item exam and the $279/$349 fees, so it may be out of date; a retest needs a new Pearson VUE voucher and at least 15 days' wait; shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[193],
                        _S[192],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="a third-party page recommends the book ACSM's Resources for the Personal Trainer; no ACSM study package or price was found",
                    sources=(
                        _S[195],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('60'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='per three-year cycle, with 45 CECs; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('80'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='paid on top of the renewal fee during the six-month grace period; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('165'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='after the grace period has ended; chosen from the main acsm.org page (another ACSM copy says $225, see disagreements); shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('45'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2021, 12, 31),
                    note="older fee schedule: ACSM's older, undated FAQ (before 2018) gives $45 for this credential; ACSM's 2021 page says renewal fees rise on 1 January 2022, so the schedule held until 31 December 2021; when it began is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[183],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('75'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note="in force from 1 January 2020 (2019 notice) and still given on ACSM's 2021 page; when it rose to $80 is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="the late fee until it rose on 1 January 2020 (2019 notice); ACSM's older FAQ (before 2018) also gives $25. The start bounds the year of the notice. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[183],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('150'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="non-refundable, once the grace period ending 30 June has passed, as ACSM's notice of 15 October 2019 gives it; the dates bound the year of the notice, as its start and end are not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[187],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[187],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current adult CPR/AED certification from a course with a hands-on skills part (online-only courses do not count)',
                        ),
                    ),
                    sources=(
                        _S[187],
                        _S[188],
                        _S[186],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[197],
                        _S[187],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('45'),
                    unit='CEC',
                ),
                grace_months=6,
                reexamination=True,
                requires_cpr_aed=True,
                note='Every three years, either earn the CECs, keep CPR current and pay the renewal fee, or pass the exam again. Certifications expire on 31 December; in the six-month grace period that follows the credential counts as expired until the CECs, the fee and the late fee are in, and after it reinstatement may use only CECs earned in the lapsed cycle, with a new cycle starting on approval (2019 notice). CECs: up to 8 a year (24 a cycle) for ACSM committee or working-group service from 2023; 5 a year for CPR, AED or first-aid certification from 2025; 10 per credit hour for a college course passed with a C or better in the cycle. CECs earned through ACSM after 22 February 2025 are posted automatically. An older FAQ had holders of several ACSM credentials earn the CECs of the highest one and pay its fee plus $5 for each other credential.',
            ),
            disagreements=(
                Disagreement(
                    path='exam.questions',
                    value='150',
                    note='older third-party pages (one titled 2023) give 150 items; newer ones, including two dated 2026, give 135; no ACSM page gives the count. The change may match the second-edition outline used from 1 July 2022, but that is not confirmed',
                    sources=(
                        _S[192],
                        _S[193],
                        _S[194],
                    ),
                ),
                Disagreement(
                    path='exam.questions',
                    value='about 125-150',
                    note='an old third-party page using the earlier cPT name, across nine content areas',
                    sources=(
                        _S[195],
                    ),
                ),
                Disagreement(
                    path='exam.unscored_questions',
                    value='30',
                    note='older third-party pages describing the 150-item exam',
                    sources=(
                        _S[192],
                        _S[194],
                    ),
                ),
                Disagreement(
                    path='exam.duration',
                    value='165 minutes',
                    note='an older third-party page describing the 150-item exam (seat time)',
                    sources=(
                        _S[192],
                    ),
                ),
                Disagreement(
                    path='exam.duration',
                    value='3 hours',
                    note='a UK provider selling ACSM personal trainer preparation and booking',
                    sources=(
                        _S[185],
                    ),
                ),
                Disagreement(
                    path='exam.delivery',
                    value='PSI test centres (or live remote proctoring)',
                    note="one third-party page names PSI; ACSM's FAQ and a 2025 third-party news page name Pearson VUE",
                    sources=(
                        _S[186],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='279',
                    note='member exam fee on third-party pages describing the older 150-item exam (both undated)',
                    sources=(
                        _S[193],
                        _S[192],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='349',
                    note='non-member exam fee on third-party pages describing the older 150-item exam (both undated)',
                    sources=(
                        _S[193],
                        _S[192],
                    ),
                ),
                Disagreement(
                    path='recertification.continuing_education.amount',
                    value='30',
                    note="a third-party guide; ACSM's own pages say 45 CECs",
                    sources=(
                        _S[198],
                    ),
                ),
                Disagreement(
                    path='recertification.cycle_years',
                    value='2',
                    note="a low-quality prep page; ACSM's pages say three years",
                    sources=(
                        _S[173],
                    ),
                ),
                Disagreement(
                    path='prices[6].amount',
                    value='225',
                    note="another ACSM copy of the recertification page (corkscrew.acsm.org) with the same February 2025 text gives $225; both are official and which is newer is unknown, so the main acsm.org page's $165 is kept",
                    sources=(
                        _S[180],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACSM's professional-resources page shows first-time pass rates for 2019-2023 in four tables, but every stored copy loses the credential labels, so no 2015-2023 value can be attributed to the CPT. Table 1: 2019 3,282/64%, 2020 1,448/69%, 2021 1,630/58%, 2022 1,386/55%, 2023 1,012/54%; table 2: 136/70%, 64/75%, 91/74%, 110/71%, 64/64%; table 3: 2,687/72%, 1,527/78%, 2,026/70%, 1,924/66%, 1,665/52%; table 4 cut off. A maintainer with the live page should label them.",
                    searched=(
                        'ACSM certification first-time pass rates by year ACSM-CPT ACSM-EP ACSM-CEP ACSM-GEI number of candidates',
                        '"First time pass-rate" ACSM Certified Group Exercise Instructor Candidates 2024',
                        'ACSM exam statistics 3,282 candidates 64% 2019 first time pass-rate',
                        'total active certified professionals ACSM-GEI ACSM-CPT ACSM-EP ACSM-CEP active certified count 2024',
                        'acsm.org/certification/professional-resources/about/ (labels missing in stored copy)',
                        'certification.acsm.org/certstats (2015 only)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[165],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[159],
                        _S[176],
                        _S[177],
                        _S[197],
                        _S[190],
                        _S[187],
                        _S[186],
                        _S[189],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[159],
                        _S[165],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[176],
                        _S[174],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[189],
                        _S[186],
                        _S[191],
                        _S[190],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[189],
                        _S[190],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[189],
                        _S[190],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[189],
                        _S[191],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[189],
                        _S[186],
                        _S[191],
                        _S[190],
                        _S[194],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[174],
                        _S[175],
                    ),
                ),
                Citation(
                    path='exam.pass_rates',
                    sources=(
                        _S[197],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[190],
                    ),
                ),
                Citation(
                    path='exam.topics[0]',
                    sources=(
                        _S[190],
                        _S[196],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[177],
                        _S[176],
                        _S[178],
                        _S[190],
                        _S[186],
                        _S[185],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[181],
                        _S[187],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[183],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[184],
                        _S[183],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACSM-EP',
            name='ACSM Certified Exercise Physiologist',
            organization=_O[6],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ACSM Health Fitness Specialist',
                'ACSM EP-C',
            ),
            description="ACSM's degree-based certification for working with apparently healthy clients and with clients whose disease is medically controlled: pre-participation screening, submaximal graded exercise tests, strength, flexibility and body-composition testing, and exercise programming. It was the Health Fitness Specialist until ACSM renamed it in November 2014, and ACSM presents it as a possible step toward the ACSM-CEP. Candidates need a bachelor's degree in exercise science or a related field (a third-party guide citing ACSM's handbook adds that there is no petition route); from 15 August 2027, under a rule announced in November 2020 and phased in over seven years, the degree must come from a CAAHEP-accredited exercise science program. The exam length here is from the content outline based on the 2017 job task analysis; the outline in use since July 2022 was not found.",
            settings=(
                CareerSetting.GENERAL_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=140,
                scored_questions=125,
                unscored_questions=15,
                duration=timedelta(seconds=12600),
                passing_score=PassingScore(
                    value=Decimal('550'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('59'),
                        year=2012,
                    ),
                    PassRate(
                        percent=Decimal('57'),
                        year=2013,
                    ),
                    PassRate(
                        percent=Decimal('43'),
                        year=2014,
                    ),
                ),
                topics=(
                    'Health and Fitness Assessment (35%)',
                    'Exercise Prescription and Implementation (35%)',
                    'Exercise Counseling and Behavior Modification (25%)',
                    'Risk Management and Professional Responsibilities (5%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('70'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='per three-year cycle, with 60 CECs; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('80'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='paid on top of the renewal fee during the six-month grace period; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('165'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='after the grace period has ended; chosen from the main acsm.org page (another ACSM copy says $225, see disagreements); shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('55'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2021, 12, 31),
                    note="older fee schedule: ACSM's older, undated FAQ (before 2018) gives $55 for this credential; ACSM's 2021 page says renewal fees rise on 1 January 2022, so the schedule held until 31 December 2021; when it began is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[183],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('75'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note="in force from 1 January 2020 (2019 notice) and still given on ACSM's 2021 page; when it rose to $80 is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="the late fee until it rose on 1 January 2020 (2019 notice); ACSM's older FAQ (before 2018) also gives $25. The start bounds the year of the notice. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[183],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('150'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="non-refundable, once the grace period ending 30 June has passed, as ACSM's notice of 15 October 2019 gives it; the dates bound the year of the notice, as its start and end are not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree from a regionally accredited college or university",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in exercise science, kinesiology or an equivalent exercise-science-related field (no petitions for other degrees, no experience in place of the degree)',
                                ),
                            ),
                            description="a bachelor's degree in exercise science or an equivalent field",
                        ),
                    ),
                    effective_until=date(2027, 8, 14),
                    sources=(
                        _S[199],
                        _S[202],
                        _S[179],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.ACCREDITED_PROGRAM,
                                    accreditors=(
                                        'CAAHEP',
                                    ),
                                    description='from an exercise science program accredited by CAAHEP (reviewed by CoAES) at a regionally accredited institution',
                                ),
                            ),
                            description="a bachelor's degree from a CAAHEP-accredited exercise science program",
                        ),
                    ),
                    effective_from=date(2027, 8, 15),
                    sources=(
                        _S[199],
                        _S[162],
                        _S[158],
                        _S[203],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current adult CPR certification with a practical skills part',
                        ),
                    ),
                    sources=(
                        _S[200],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[197],
                        _S[200],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('60'),
                    unit='CEC',
                ),
                grace_months=6,
                reexamination=True,
                requires_cpr_aed=True,
                note='Every three years, either earn the CECs, keep CPR current and pay the renewal fee, or pass the exam again. Certifications expire on 31 December; in the six-month grace period that follows the credential counts as expired until the CECs, the fee and the late fee are in, and after it reinstatement may use only CECs earned in the lapsed cycle, with a new cycle starting on approval (2019 notice). CECs: up to 8 a year (24 a cycle) for ACSM committee or working-group service from 2023; 5 a year for CPR, AED or first-aid certification from 2025; 10 per credit hour for a college course passed with a C or better in the cycle. CECs earned through ACSM after 22 February 2025 are posted automatically. An older FAQ had holders of several ACSM credentials earn the CECs of the highest one and pay its fee plus $5 for each other credential.',
            ),
            disagreements=(
                Disagreement(
                    path='exam.questions',
                    value='125',
                    note="a third-party guide on a 2026 site; ACSM's own outline (2017 job task analysis) gives 140 items, and the outline used since July 2022 was not found",
                    sources=(
                        _S[198],
                    ),
                ),
                Disagreement(
                    path='exam.duration',
                    value='2.5 hours',
                    note="the same third-party guide; ACSM's outline gives 210 minutes of seat time",
                    sources=(
                        _S[198],
                    ),
                ),
                Disagreement(
                    path='prices[2].amount',
                    value='225',
                    note="another ACSM copy of the recertification page (corkscrew.acsm.org) with the same February 2025 text gives $225; both are official and which is newer is unknown, so the main acsm.org page's $165 is kept",
                    sources=(
                        _S[180],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No ACSM-EP exam fee (member or non-member) was found on any stored page. ACSM's Get Certified Guides (2012 and an older edition on scribd) and the 2010 CCRB candidate handbook (vdocuments.mx) are stored only as their opening pages (tables of contents), so any fee tables deeper in them were not reachable; content-farm 'cost breakdown' pages are cut before their figures. Look next at the current ACSM candidate handbook's fee table or the ACSM store's EP exam product page.",
                    searched=(
                        'ACSM certification exam fees member non-member Exercise Physiologist Clinical Exercise Physiologist',
                        'ACSM Get Certified Guide exam fee ACSM member price non-member price Health Fitness Specialist Clinical Exercise Specialist Registered Clinical Exercise Physiologist $',
                        'ACSM exam fee "$279" "$349" member non-member retest fee Exercise Physiologist',
                        'acsm.org ACSM Certified Exercise Physiologist exam price members save',
                        'ACSM certification exam cost member nonmember ACSM-EP ACSM-CEP (docs corpus)',
                        'ACSM-EP exam costs $ for ACSM members and $ for nonmembers; ACSM-CEP exam costs',
                        'Exam Fees table ACSM Member Non-Member ACSM-GEI ACSM-CPT ACSM-EP ACSM-CEP retake fee candidate handbook',
                        'ACSM announces new certification exam pricing effective 2024 exam fee change',
                        'certification.acsm.org FAQ how much does the exam cost exam fees retest fee',
                        "ACSM Certified Exercise Physiologist get certified page eligibility exam purchase apply now CAAHEP bachelor's degree exam cost",
                        'Stephanie Cooper ACSM-EP how to apply ... exam fee (ACSM 2022 EP blog)',
                        'trainerprep ACSM Exercise Physiologist certification cost exam fee members non-members',
                        'ACSM Health Fitness Specialist exam fee cost members nonmembers Clinical Exercise Specialist exam fee',
                        'Army COOL ACSM Certified Exercise Physiologist credential cost exam fee renewal fee',
                        'code corpus: ACSM certification exam fee member nonmember personal trainer exercise physiologist clinical',
                        'hosts looked at: id.scribd.com 2012-CRC-Guide-Web-1, pl.scribd.com acsmguide, vdocuments.mx candidate handbook V6.0 (Feb 2010), siteproxy scribd acsm-candidate-handbook, woman.thenest.com HFS article, cool.army.mil CERT_HFS830',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No labelled ACSM-EP pass rate after 2014 was found; ACSM's 2019-2023 tables have lost their credential labels in every stored copy (values listed under the ACSM-CPT gap).",
                    searched=(
                        'same queries as the ACSM-CPT pass-rate gap',
                        'acsm.org/certification/professional-resources/about/',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[199],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[201],
                        _S[167],
                        _S[202],
                        _S[179],
                        _S[199],
                        _S[162],
                        _S[176],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[165],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[174],
                        _S[200],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[201],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[201],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[201],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[201],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[201],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[174],
                        _S[175],
                    ),
                ),
                Citation(
                    path='exam.pass_rates',
                    sources=(
                        _S[197],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[177],
                        _S[176],
                        _S[179],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[181],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[183],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[184],
                        _S[183],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACSM-CEP',
            name='ACSM Certified Clinical Exercise Physiologist',
            organization=_O[6],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ACSM Clinical Exercise Specialist',
            ),
            description="ACSM's clinical certification for allied health professionals who use prescribed exercise and basic behaviour change with children to older adults living with chronic disease (cardiovascular, pulmonary, metabolic, orthopaedic, neuromuscular, cancer, immune and other conditions). It was called Clinical Exercise Specialist until November 2014, and since 2018 its single clinical exam replaces the former CEP and RCEP exams, the RCEP having been discontinued; ACSM and the Clinical Exercise Physiology Association planned a joint registry. Candidates need a bachelor's degree plus 1,200 clinical hours or a master's plus 600, and a professional-rescuer CPR or BLS card; from 15 August 2027 the degree must come through a CAAHEP-accredited program. ACSM gives no length for the current exam; an old third-party page gives 100 multiple-choice items (65 scored) at Pearson VUE, which may describe the earlier exam.",
            settings=(
                CareerSetting.CLINICAL_EXERCISE,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                passing_score=PassingScore(
                    value=Decimal('550'),
                    scale=ScoreScale.SCALED,
                ),
                pass_rates=(
                    PassRate(
                        percent=Decimal('44'),
                        year=2012,
                    ),
                    PassRate(
                        percent=Decimal('46'),
                        year=2013,
                    ),
                    PassRate(
                        percent=Decimal('38'),
                        year=2014,
                    ),
                ),
                topics=(
                    'Patient Assessment',
                    'Exercise Testing',
                    'Exercise Prescription',
                    'Exercise Training and Leadership',
                    'Education and Behavior Change',
                    'Legal and Professional Responsibilities',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('70'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='per three-year cycle, with 60 CECs; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('80'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='paid on top of the renewal fee during the six-month grace period; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('165'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='after the grace period has ended; chosen from the main acsm.org page (another ACSM copy says $225, see disagreements); shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('55'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2021, 12, 31),
                    note="older fee schedule: ACSM's older, undated FAQ (before 2018) gives $55 for this credential; ACSM's 2021 page says renewal fees rise on 1 January 2022, so the schedule held until 31 December 2021; when it began is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[183],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('75'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note="in force from 1 January 2020 (2019 notice) and still given on ACSM's 2021 page; when it rose to $80 is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="the late fee until it rose on 1 January 2020 (2019 notice); ACSM's older FAQ (before 2018) also gives $25. The start bounds the year of the notice. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[183],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('150'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="non-refundable, once the grace period ending 30 June has passed, as ACSM's notice of 15 October 2019 gives it; the dates bound the year of the notice, as its start and end are not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.MASTER,
                                    description="a master's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in clinical exercise physiology or an equivalent field',
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_HOURS,
                                    hours=600,
                                    description='600 hands-on clinical hours',
                                ),
                            ),
                            description="a master's degree in clinical exercise physiology or equivalent and 600 hands-on clinical hours",
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description="in exercise science or exercise physiology, or an equivalent (ACSM's older site defines an equivalent degree as at least 21 semester (28 quarter) hours covering exercise physiology, strength and conditioning, kinesiology or biomechanics, anatomy and physiology, exercise testing and prescription, special populations and health risk appraisal)",
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_HOURS,
                                    hours=1200,
                                    description='1,200 hands-on clinical hours',
                                ),
                            ),
                            description="a bachelor's degree in exercise science or exercise physiology or equivalent and 1,200 hands-on clinical hours",
                        ),
                    ),
                    effective_until=date(2027, 8, 14),
                    sources=(
                        _S[204],
                        _S[208],
                        _S[207],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.BACHELOR,
                                    description="a bachelor's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.ACCREDITED_PROGRAM,
                                    accreditors=(
                                        'CAAHEP',
                                    ),
                                    description='from a CAAHEP-accredited exercise science program',
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_HOURS,
                                    hours=1200,
                                    description='1,200 clinical hours',
                                ),
                            ),
                            description="a bachelor's degree from a CAAHEP-accredited exercise science program and 1,200 clinical hours",
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EDUCATION,
                                    education=Education.MASTER,
                                    description="a master's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.ACCREDITED_PROGRAM,
                                    accreditors=(
                                        'CAAHEP',
                                    ),
                                    description='earned through a CAAHEP-accredited program',
                                ),
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_HOURS,
                                    hours=600,
                                    description='600 clinical hours',
                                ),
                            ),
                            description="a master's degree earned through a CAAHEP-accredited program and 600 clinical hours",
                        ),
                    ),
                    effective_from=date(2027, 8, 15),
                    sources=(
                        _S[199],
                        _S[162],
                        _S[158],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='Basic Life Support Provider or CPR for the Professional Rescuer certification with a hands-on skills part',
                        ),
                    ),
                    sources=(
                        _S[204],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[197],
                        _S[207],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('60'),
                    unit='CEC',
                ),
                grace_months=6,
                reexamination=True,
                requires_cpr_aed=True,
                note='Every three years, either earn the CECs, keep CPR current and pay the renewal fee, or pass the exam again. Certifications expire on 31 December; in the six-month grace period that follows the credential counts as expired until the CECs, the fee and the late fee are in, and after it reinstatement may use only CECs earned in the lapsed cycle, with a new cycle starting on approval (2019 notice). CECs: up to 8 a year (24 a cycle) for ACSM committee or working-group service from 2023; 5 a year for CPR, AED or first-aid certification from 2025; 10 per credit hour for a college course passed with a C or better in the cycle. CECs earned through ACSM after 22 February 2025 are posted automatically. An older FAQ had holders of several ACSM credentials earn the CECs of the highest one and pay its fee plus $5 for each other credential.',
            ),
            disagreements=(
                Disagreement(
                    path='requirements[0].any_of[1].all_of[2].hours',
                    value='400-500',
                    note="ACSM's journal in November 2015, before the 2018 merger with the RCEP; the 2018 blog, the CEP page, Army COOL and the 2027 page all give 1,200 hours, the current rule",
                    sources=(
                        _S[167],
                    ),
                ),
                Disagreement(
                    path='prices[2].amount',
                    value='225',
                    note="another ACSM copy of the recertification page (corkscrew.acsm.org) with the same February 2025 text gives $225; both are official and which is newer is unknown, so the main acsm.org page's $165 is kept",
                    sources=(
                        _S[180],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No official or reputable ACSM-CEP exam fee was found. The only figure seen is on a brain-dump practice site (study4exam.com, page for exam code 030-444), which lists a $460 'registration price' without saying member or non-member; such a site can never be the only basis for a value, so it is not recorded. The queries of the ACSM-EP earn-price gap also covered the CEP.",
                    searched=(
                        'all queries listed under the ACSM-EP earn-price gap',
                        'ACSM Clinical Exercise Physiologist 030-444 exam 115 questions duration registration price',
                        'study4exam.com/acsm/syllabus/030-444 (third-party-low, not used)',
                        'www.acsm.org/get-stay-certified/get-certified/clinical_certifications/cep (no fee in stored copy)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="ACSM's 2018 ACSM-CEP job task analysis is stored on scribd (document 415320421, 'acsm-cep-jta-full-2018'), but the stored copy stops before its overview paragraph, where the EP and CPT JTAs state item counts and seat time. The only count seen for the merged CEP exam is on a brain-dump site (study4exam.com, exam 030-444: 115 questions, 210 minutes), which cannot be used alone. The 100-item (65 scored) figure on testscorehelp.com describes the former Clinical Exercise Specialist exam, and the 125-question figure on an ACSM outline copy (paperzz) is for the discontinued RCEP. Look next at the full 2018 CEP JTA or the current CEP exam content outline.",
                    searched=(
                        'ACSM-CEP exam number of questions scored unscored time limit clinical exercise physiologist exam format',
                        '"The ACSM-CEP® exam has a seat time of" minutes and consists of items scored non-scored job task analysis Clinical Exercise Physiologist exam content outline',
                        'ACSM CERTIFIED CLINICAL EXERCISE PHYSIOLOGIST JOB TASK ANALYSIS Overview exam seat time items scored non-scored Patient Assessment Exercise Testing weights',
                        'ACSM-CEP exam seat time 210 minutes consists of 115 items 100 scored 15 non-scored percentages Table 1 proportion of scored questions',
                        'ACSM Certified Clinical Exercise Physiologist JTA 2018 exam has a seat time of minutes and consists of items',
                        'ACSM FAQ how many questions are on each exam and how much time is allowed ACSM-CEP questions minutes',
                        "find_string (code index): 'ACSM Certified Clinical Exercise Physiologist exam' -> no hits",
                        'hosts looked at: scribd.com/document/415320421 (CEP JTA 2018, overview cut), healthdocbox.com CEP JTA (title only), acsm.org/certification/get-certified/faqs/, alliedhealthexam.com CEP guide (May 2026, no figure in stored part), study4exam.com 030-444',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No labelled ACSM-CEP pass rate after 2014 was found; see the unlabelled 2019-2023 tables listed under the ACSM-CPT gap (table 4, cut off in the stored copy, may be the CEP).',
                    searched=(
                        'same queries as the ACSM-CPT pass-rate gap',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[204],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[204],
                        _S[167],
                        _S[205],
                        _S[206],
                        _S[199],
                        _S[209],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[204],
                        _S[165],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[174],
                        _S[207],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[205],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[174],
                        _S[175],
                    ),
                ),
                Citation(
                    path='exam.pass_rates',
                    sources=(
                        _S[197],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[177],
                        _S[176],
                        _S[209],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[181],
                        _S[207],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[183],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[184],
                        _S[183],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACSM-GEI',
            name='ACSM Certified Group Exercise Instructor',
            organization=_O[6],
            kind=CredentialKind.CERTIFICATION,
            description="ACSM's certification for group exercise instructors, one of its four core certifications for health and fitness settings. A 2013 third-party blog describes holders as leading classes for healthy people and for people with health conditions who can exercise on their own. It is earned by an ACSM exam on the common 200-800 scale; ACSM's own eligibility rules for it were not found, so the prerequisites and the exam length here come from third-party pages. Whether it is NCCA-accredited is not confirmed: it is missing from the credentials whose statistics ACSM published in 2015 as an NCCA requirement.",
            settings=(
                CareerSetting.GROUP_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=115,
                scored_questions=100,
                unscored_questions=15,
                duration=timedelta(seconds=9900),
                passing_score=PassingScore(
                    value=Decimal('550'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Participant and Program Assessment (10 questions, 10%)',
                    'Class Design (25 questions, 25%)',
                    'Leadership and Instruction (55 questions, 55%)',
                    'Legal and Professional Responsibilities (10 questions, 10%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('219'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2013,
                    note="a candidate's account from February 2013 (third party); the dates bound that year; no current fee was found; shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[210],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('279'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2013,
                    note="a candidate's account from February 2013 (third party); the dates bound that year; no current fee was found; shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[210],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('70'),
                    bound=PriceBound.APPROXIMATE,
                    jurisdiction='US',
                    stated_in=2013,
                    note="about $70 for the manual a candidate bought, one of the two books ACSM recommends (ACSM's Guidelines for Exercise Testing and Prescription and ACSM's Resources for the Group Exercise Instructor), in a February 2013 third-party account; shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[210],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('60'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='per three-year cycle, with 45 CECs; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('80'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='paid on top of the renewal fee during the six-month grace period; shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('165'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='after the grace period has ended; chosen from the main acsm.org page (another ACSM copy says $225, see disagreements); shown as $; USD inferred because ACSM is a US organization',
                    sources=(
                        _S[164],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('45'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_until=date(2021, 12, 31),
                    note="older fee schedule: ACSM's older, undated FAQ (before 2018) gives $45 for this credential; ACSM's 2021 page says renewal fees rise on 1 January 2022, so the schedule held until 31 December 2021; when it began is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[183],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('75'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2021,
                    note="in force from 1 January 2020 (2019 notice) and still given on ACSM's 2021 page; when it rose to $80 is not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[181],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="the late fee until it rose on 1 January 2020 (2019 notice); ACSM's older FAQ (before 2018) also gives $25. The start bounds the year of the notice. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                        _S[183],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('150'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    stated_in=2019,
                    note="non-refundable, once the grace period ending 30 June has passed, as ACSM's notice of 15 October 2019 gives it; the dates bound the year of the notice, as its start and end are not stated. shown as $; USD inferred because ACSM is a US organization",
                    sources=(
                        _S[182],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[211],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or GED',
                        ),
                    ),
                    sources=(
                        _S[211],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current adult CPR certification',
                        ),
                    ),
                    sources=(
                        _S[211],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                continuing_education=ContinuingEducation(
                    amount=Decimal('45'),
                    unit='CEC',
                ),
                grace_months=6,
                reexamination=True,
                requires_cpr_aed=True,
                note='Every three years, either earn the CECs, keep CPR current and pay the renewal fee, or pass the exam again. Certifications expire on 31 December; in the six-month grace period that follows the credential counts as expired until the CECs, the fee and the late fee are in, and after it reinstatement may use only CECs earned in the lapsed cycle, with a new cycle starting on approval (2019 notice). CECs: up to 8 a year (24 a cycle) for ACSM committee or working-group service from 2023; 5 a year for CPR, AED or first-aid certification from 2025; 10 per credit hour for a college course passed with a C or better in the cycle. CECs earned through ACSM after 22 February 2025 are posted automatically. An older FAQ had holders of several ACSM credentials earn the CECs of the highest one and pay its fee plus $5 for each other credential.',
            ),
            disagreements=(
                Disagreement(
                    path='prices[5].amount',
                    value='225',
                    note="another ACSM copy of the recertification page (corkscrew.acsm.org) with the same February 2025 text gives $225; both are official and which is newer is unknown, so the main acsm.org page's $165 is kept",
                    sources=(
                        _S[180],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACSM's page of first-time pass rates for 2019-2023 holds four tables, but every stored copy has lost the names of the credentials they belong to, so none can be tied to the GEI; no newer certification-statistics page than the 2015 one was stored.",
                    searched=(
                        'ACSM certification first-time pass rates by year ACSM-CPT ACSM-EP ACSM-CEP ACSM-GEI number of candidates',
                        '"First time pass-rate" ACSM Certified Group Exercise Instructor Candidates 2024',
                        'ACSM exam statistics 3,282 candidates 64% 2019 first time pass-rate',
                        'total active certified professionals ACSM-GEI ACSM-CPT ACSM-EP ACSM-CEP active certified count 2024',
                        'acsm.org/certification/professional-resources/about/ (labels missing in stored copy)',
                        'certification.acsm.org/certstats (2015 only)',
                        'Current annual first-time pass rates ... Group Exercise Instructor (gap sweep)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[165],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[165],
                        _S[210],
                        _S[174],
                        _S[211],
                        _S[212],
                        _S[197],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[165],
                        _S[210],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[174],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[212],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[212],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[212],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[212],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[211],
                        _S[213],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[174],
                        _S[175],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[177],
                        _S[176],
                        _S[212],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[164],
                        _S[180],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[181],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[183],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[164],
                        _S[180],
                        _S[182],
                        _S[184],
                        _S[183],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACE-CPT',
            name='ACE Certified Personal Trainer',
            organization=_O[7],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ACE Personal Trainer',
            ),
            description="ACE's entry-level certification for personal trainers who coach clients one-on-one or in small groups; ACE's own FAQ calls it the ACE Personal Trainer. It is earned by passing one multiple-choice exam at a computer-based testing centre or, by ACE's 2023 handbook, with live remote proctoring; at a centre the result comes before leaving, with a score report by domain, and ACE suggests aiming for about 72% in each. Third-party figures: a 2024 Sports Illustrated article reposted by ACE gives a 65% pass rate and study packages from $675 that take 3 to 6 months, and another page says about 65-70% pass at the first attempt. ACE's fee table also prices a Simplified Chinese exam for two of its four credentials without naming them; fitcerts keeps those fees here, where its fact table put them.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                scored_questions=125,
                unscored_questions=25,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=10800),
                passing_score=PassingScore(
                    value=Decimal('500'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Client Onboarding and Assessments (23%)',
                    'Program Design and Implementation (31%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
                languages=(
                    'en',
                    'zh',
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('499'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="first attempt, computer-based; the same in the US/Canada and internationally. The same table charges $249 for a candidate's second ACE certification and $199 for someone formerly ACE-certified; USD inferred: the page shows only $ and ACE is a US organization",
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('249'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='computer-based, the same in the US/Canada and internationally; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('149'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='the same in the US/Canada and internationally; a 2012 ACE post gives the same fee for a one-time reschedule, allowed until 11:59 pm Pacific the night before the exam; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                        _S[248],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('675'),
                    tier='basic',
                    tier_name='Basic Study Package',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="Basic Study Package, in a 2024 Sports Illustrated article reposted on ACE's press page; whether the package includes the exam is not stated there; USD inferred: the page shows only $ and ACE is a US organization",
                    sources=(
                        _S[249],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('745'),
                    tier='plus',
                    tier_name='Plus Study Package',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Plus Study Package, called the most popular, in the same 2024 article; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[249],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('945'),
                    tier='advantage',
                    tier_name='Advantage Study Package',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Advantage Study Package, in the same 2024 article; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[249],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('129'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one certification on time, as a third-party page gives it (no ACE page with the fee was found); renewing several ACE certifications is discounted; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[233],
                        _S[234],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a third-party page says renewing late costs extra but gives no amount',
                    sources=(
                        _S[233],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[230],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[236],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='a current adult CPR and AED certificate, valid through the exam date, from a course with a live skills check by an instructor (online-only courses do not count, hybrid courses with an in-person skills test do; first aid is not required); a candidate picked for a CPR/AED audit may sit the exam but is certified only once ACE has verified the card',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[230],
                        _S[241],
                        _S[237],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a government-issued photo ID with signature',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[230],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=2003,
                    sources=(
                        _S[214],
                        _S[235],
                        _S[225],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEC',
                    hours=Decimal('20'),
                ),
                grace_months=6,
                requires_cpr_aed=True,
                note='Every two years, without retaking the exam: 2.0 CECs (20 hours) of ACE-approved continuing education and a current adult CPR/AED card (the AED part for the US and Canada). A course cannot be counted twice and extra CECs do not carry over, but the same CECs count for every ACE certification renewed in the cycle; renewing CPR, AED or First Aid earns 0.2 CEC each. ACE calls the six-month grace period a courtesy, not an extension of the certification.',
            ),
            disagreements=(
                Disagreement(
                    path='prices[0].amount',
                    value='399',
                    note="the older version of ACE's exam-registration FAQ (undated, still naming the AHFS): $399 for a first attempt in the US/Canada (computer-based or paper) and internationally, and $199 (international computer-based $299) for a second ACE certification; no period is given for it, so it is kept as a disagreement rather than a dated price; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value="199 for the exam alone ($499 buys a 'Premier' package)",
                    note="a 2026 third-party page, unverified; ACE's own fee table gives $499 for the exam alone and is kept",
                    sources=(
                        _S[240],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='199',
                    note="the older version of ACE's FAQ: $199 retake in the US/Canada and on international paper exams; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='299',
                    note="the older version of ACE's FAQ: $299 retake on international computer-based exams; the newer version gives $249 everywhere and wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='requirements[1]',
                    value='no high school requirement',
                    note="the older version of ACE's FAQ lists only age, CPR/AED and photo ID; the newer version (and Army COOL) add the high school diploma and is kept",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='Client Interview and Assessment (31%); Program Design and Implementation; Program Progression and Modification; Conduct, Safety and Risk Management',
                    note='an older outline on another undated third-party page; no official ACE outline was found, and only two of the four domains of the newer outline were captured',
                    sources=(
                        _S[245],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='an earlier format: 150 multiple-choice items (75% of the score; 40, 41, 34 and 10 scored questions per domain) plus two case studies (25%) answered with a latent-image pen',
                    note='an old third-party page describing a former exam format',
                    sources=(
                        _S[246],
                    ),
                ),
                Disagreement(
                    path='prices[7]',
                    value='$65 (so $194 in all when renewing in the six-month grace period)',
                    note='a page that looks auto-generated, claiming 2026 figures; such a page is never the only basis for a value',
                    sources=(
                        _S[234],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACE did publish pass rates in its candidate handbooks: the 2013 (updated 16 April 2013) and 2015 (updated 14 August 2015) editions each list a section 'Pass Rates for ACE Exams' on page 19, but only their tables of contents are stored, so no official figure was captured. Later handbooks (2016 P17-004/P17-013, 2017 P18-001, Oct 2019 P20-004, Oct 2020 P21-002) are stored only as their opening pages. Content-farm pages claim ACE does not publish a live number, which is not an ACE statement. Third-party figures for the CPT are recorded above.",
                    searched=(
                        'ACE certification candidate handbook pass rates for ACE exams personal trainer group fitness instructor health coach percent',
                        'American Council on Exercise exam pass rate statistics personal trainer exam candidates passed percent year NCCA',
                        'Pass Rates for ACE Exams the following table pass rates personal trainer group fitness instructor health coach advanced health fitness specialist 2012 2014',
                        'ACE CPT exam pass rate is around percent ACE test cost $ ptpioneer 2022 how difficult is the ACE exam',
                        'ACE exam preparation blog what is the pass rate for the ACE personal trainer exam first-time candidates',
                        'hosts looked at: deploy.doczz.net/doc/6487450 (2013 handbook), 1library.net qm6djdwy (2015 handbook), scribd 451424533 / 377895082 / it.scribd 452827530, moam.info, readkong (2020 handbook), www.ptpioneer.com/ace-exam-info/ (figure not in stored part)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[229],
                _S[236],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[236],
                        _S[229],
                        _S[237],
                        _S[222],
                        _S[247],
                        _S[249],
                        _S[238],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[236],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[237],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[228],
                        _S[242],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[228],
                        _S[242],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[228],
                        _S[242],
                    ),
                ),
                Citation(
                    path='exam.question_format',
                    sources=(
                        _S[228],
                        _S[242],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[243],
                        _S[244],
                        _S[245],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[228],
                        _S[240],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[243],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[237],
                        _S[222],
                        _S[239],
                        _S[238],
                    ),
                ),
                Citation(
                    path='exam.languages',
                    sources=(
                        _S[229],
                        _S[245],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[236],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[232],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[232],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACE-HC',
            name='ACE Certified Health Coach',
            organization=_O[7],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ACE Health Coach',
            ),
            description="ACE's health coach certification, which a third-party listing calls intermediate-level and aims at fitness professionals, nurses, physicians, dietitians, medical assistants and wellness staff. Candidates first upload documents to have their prerequisites pre-approved, then sit the exam; online registration is offered only for the Personal Trainer and Group Fitness exams, so others register by phone. ACE says this is the only NCCA-accredited health coach certification. When ACE updated the exam outline it also changed the prerequisites: HR degrees stopped counting and an ICHWC-approved health coach training program became a new route.",
            settings=(
                CareerSetting.HEALTH_COACHING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                scored_questions=125,
                unscored_questions=25,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                passing_score=PassingScore(
                    value=Decimal('500'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Coaching Behavior Change (33%)',
                    'Conducting Assessments and Developing Plans (26%)',
                    'Implementing and Adjusting Individualized Plans (25%)',
                    'Professional Conduct and Legal Responsibility (16%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('499'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="first attempt, computer-based; the same in the US/Canada and internationally. The same table charges $249 for a candidate's second ACE certification and $199 for someone formerly ACE-certified; USD inferred: the page shows only $ and ACE is a US organization",
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('249'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='the same in the US/Canada and internationally; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('149'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='the same in the US/Canada and internationally; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('129'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one certification on time, as a third-party page gives it (no ACE page with the fee was found); renewing several ACE certifications is discounted; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[233],
                        _S[234],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a third-party page says renewing late costs extra but gives no amount',
                    sources=(
                        _S[233],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[229],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='a current adult CPR and AED certificate, valid through the exam date',
                        ),
                    ),
                    sources=(
                        _S[229],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a current NCCA-accredited certification, or a license, in fitness, nutrition, health care, wellness or a related field',
                        ),
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.ASSOCIATE,
                            description="an associate's degree or higher in fitness, exercise science, nutrition, health care or wellness (HR degrees no longer qualify)",
                        ),
                        Condition(
                            kind=ConditionKind.EXPERIENCE_YEARS,
                            years=2,
                            description='at least two years of work coaching or leading behavior change, exercise, wellness, nutrition or physical activity',
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='completion of an ICHWC-approved health coach training program',
                        ),
                    ),
                    sources=(
                        _S[252],
                        _S[251],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=2003,
                    sources=(
                        _S[214],
                        _S[235],
                        _S[225],
                        _S[250],
                        _S[251],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEC',
                    hours=Decimal('20'),
                ),
                grace_months=6,
                requires_cpr_aed=True,
                note='Every two years, without retaking the exam: 2.0 CECs (20 hours) of ACE-approved continuing education and a current adult CPR/AED card (the AED part for the US and Canada). A course cannot be counted twice and extra CECs do not carry over, but the same CECs count for every ACE certification renewed in the cycle; renewing CPR, AED or First Aid earns 0.2 CEC each. ACE calls the six-month grace period a courtesy, not an extension of the certification.',
            ),
            disagreements=(
                Disagreement(
                    path='prices[0].amount',
                    value='399',
                    note="the older version of ACE's exam-registration FAQ (undated), in the US/Canada and on international computer-based exams; no period is given for it, so it is kept as a disagreement rather than a dated price; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='199',
                    note="the older version of ACE's FAQ, in the US/Canada; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='299',
                    note="the older version of ACE's FAQ, on international computer-based exams; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='Building Rapport and Facilitating Behavior Change (26%); Program Design and Implementation (27%); Program Progression and Adjustments (32%); Professional Conduct and Competency (15%)',
                    note='the previous exam outline, which the same ACE article says the new one replaces',
                    sources=(
                        _S[252],
                    ),
                ),
                Disagreement(
                    path='requirements[2]',
                    value="a certification, license or associate's degree in fitness, nutrition, health care, wellness, HR or a related field, or at least two years of comparable work experience",
                    note="an undated third-party listing with the older rules; ACE's own article on the updated prerequisites (no HR degrees, narrower work experience, the ICHWC route) is kept",
                    sources=(
                        _S[251],
                    ),
                ),
                Disagreement(
                    path='prices[4]',
                    value='$65 (so $194 in all when renewing in the six-month grace period)',
                    note='a page that looks auto-generated, claiming 2026 figures; such a page is never the only basis for a value',
                    sources=(
                        _S[234],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACE did publish pass rates in its candidate handbooks: the 2013 (updated 16 April 2013) and 2015 (updated 14 August 2015) editions each list a section 'Pass Rates for ACE Exams' on page 19, but only their tables of contents are stored, so no official figure was captured. Later handbooks (2016 P17-004/P17-013, 2017 P18-001, Oct 2019 P20-004, Oct 2020 P21-002) are stored only as their opening pages. Content-farm pages claim ACE does not publish a live number, which is not an ACE statement. No figure of any kind was found for this credential.",
                    searched=(
                        'ACE certification candidate handbook pass rates for ACE exams personal trainer group fitness instructor health coach percent',
                        'American Council on Exercise exam pass rate statistics personal trainer exam candidates passed percent year NCCA',
                        'Pass Rates for ACE Exams the following table pass rates personal trainer group fitness instructor health coach advanced health fitness specialist 2012 2014',
                        'ACE CPT exam pass rate is around percent ACE test cost $ ptpioneer 2022 how difficult is the ACE exam',
                        'ACE exam preparation blog what is the pass rate for the ACE personal trainer exam first-time candidates',
                        'hosts looked at: deploy.doczz.net/doc/6487450 (2013 handbook), 1library.net qm6djdwy (2015 handbook), scribd 451424533 / 377895082 / it.scribd 452827530, moam.info, readkong (2020 handbook), www.ptpioneer.com/ace-exam-info/ (figure not in stored part)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[250],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[251],
                        _S[252],
                        _S[229],
                        _S[250],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[250],
                        _S[251],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[252],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[228],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[252],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[222],
                        _S[229],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[251],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[232],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[232],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACE-GFI',
            name='ACE Group Fitness Instructor',
            organization=_O[7],
            kind=CredentialKind.CERTIFICATION,
            description="ACE's entry-level certification for instructors who lead any kind of group fitness class, as a third-party listing describes it. It is earned by passing the exam, for which ACE offers online registration and computer-based testing. A third-party page says the exam was once also given on paper, and that a paper candidate could sit without a CPR card but had the score held back until proof arrived.",
            settings=(
                CareerSetting.GROUP_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                scored_questions=125,
                unscored_questions=25,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                passing_score=PassingScore(
                    value=Decimal('500'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Class Planning and Design (32%)',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('249'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="first attempt, computer-based; the same in the US/Canada and internationally (the older version of the FAQ gave the same US/Canada fee). The same table charges $199 for a candidate's second ACE certification and $199 for someone formerly ACE-certified; USD inferred: the page shows only $ and ACE is a US organization",
                    sources=(
                        _S[229],
                        _S[230],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('199'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='the same in the US/Canada and internationally (the older version of the FAQ gave the same US/Canada fee); USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                        _S[230],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('149'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='the same in the US/Canada and internationally; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('129'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one certification on time, as a third-party page gives it (no ACE page with the fee was found); renewing several ACE certifications is discounted; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[233],
                        _S[234],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a third-party page says renewing late costs extra but gives no amount',
                    sources=(
                        _S[233],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[253],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.HIGH_SCHOOL,
                            description='a high school diploma or equivalent',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[253],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='a current adult CPR and AED certificate, valid through the exam date, from a course with a live skills check (online-only courses do not count)',
                        ),
                    ),
                    sources=(
                        _S[229],
                        _S[253],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a government-issued photo ID with signature',
                        ),
                    ),
                    sources=(
                        _S[229],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=2003,
                    sources=(
                        _S[214],
                        _S[235],
                        _S[225],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEC',
                    hours=Decimal('20'),
                ),
                grace_months=6,
                requires_cpr_aed=True,
                note='Every two years, without retaking the exam: 2.0 CECs (20 hours) of ACE-approved continuing education and a current adult CPR/AED card (the AED part for the US and Canada). A course cannot be counted twice and extra CECs do not carry over, but the same CECs count for every ACE certification renewed in the cycle; renewing CPR, AED or First Aid earns 0.2 CEC each. ACE calls the six-month grace period a courtesy, not an extension of the certification.',
            ),
            disagreements=(
                Disagreement(
                    path='prices[0].amount',
                    value='349',
                    note="the older version of ACE's exam-registration FAQ (undated), for international exams, computer-based or paper; no period is given for it, so it is kept as a disagreement rather than a dated price; the newer version gives $249 everywhere and wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='299',
                    note="the older version of ACE's FAQ, on international computer-based exams (international paper exams $199); the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='Class Planning and Design 27%; Group Leadership and Instruction 45%; Professionalism and Legal Responsibilities 18%; Class and Participant Safety 10%',
                    note='a page that looks auto-generated; such a page is never the only basis for a value, and no official outline was found',
                    sources=(
                        _S[255],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='exercise programming and class design 61 questions; group instructional methods 39; group leadership methods 17; professional responsibilities 8',
                    note='an older third-party study guide (2021) with different domain names, probably an earlier outline',
                    sources=(
                        _S[254],
                    ),
                ),
                Disagreement(
                    path='prices[4]',
                    value='$65 (so $194 in all when renewing in the six-month grace period)',
                    note='a page that looks auto-generated, claiming 2026 figures; such a page is never the only basis for a value',
                    sources=(
                        _S[234],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACE did publish pass rates in its candidate handbooks: the 2013 (updated 16 April 2013) and 2015 (updated 14 August 2015) editions each list a section 'Pass Rates for ACE Exams' on page 19, but only their tables of contents are stored, so no official figure was captured. Later handbooks (2016 P17-004/P17-013, 2017 P18-001, Oct 2019 P20-004, Oct 2020 P21-002) are stored only as their opening pages. Content-farm pages claim ACE does not publish a live number, which is not an ACE statement. No figure of any kind was found for this credential.",
                    searched=(
                        'ACE certification candidate handbook pass rates for ACE exams personal trainer group fitness instructor health coach percent',
                        'American Council on Exercise exam pass rate statistics personal trainer exam candidates passed percent year NCCA',
                        'Pass Rates for ACE Exams the following table pass rates personal trainer group fitness instructor health coach advanced health fitness specialist 2012 2014',
                        'ACE CPT exam pass rate is around percent ACE test cost $ ptpioneer 2022 how difficult is the ACE exam',
                        'ACE exam preparation blog what is the pass rate for the ACE personal trainer exam first-time candidates',
                        'hosts looked at: deploy.doczz.net/doc/6487450 (2013 handbook), 1library.net qm6djdwy (2015 handbook), scribd 451424533 / 377895082 / it.scribd 452827530, moam.info, readkong (2020 handbook), www.ptpioneer.com/ace-exam-info/ (figure not in stored part)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[229],
                _S[253],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[253],
                        _S[229],
                        _S[254],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[253],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[229],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[228],
                        _S[254],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[253],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[229],
                        _S[222],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[253],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[232],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[232],
                    ),
                ),
            ),
        ),
        Credential(
            id='ACE-CMES',
            name='ACE Certified Medical Exercise Specialist',
            organization=_O[7],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ACE Medical Exercise Specialist',
                'Advanced Health & Fitness Specialist',
            ),
            description="ACE's credential for exercise professionals who design programs for clients after rehabilitation, such as people with cardiovascular, pulmonary, metabolic or musculoskeletal conditions; a third-party listing calls it intermediate-to-advanced. An older ACE FAQ gave its fourth core certification as the Advanced Health & Fitness Specialist, the credential's former name, and the exam facts here come from a 2013 ACE post written under that name. Candidates have their documents pre-approved before they register for the exam.",
            settings=(
                CareerSetting.SPECIAL_POPULATIONS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=150,
                scored_questions=125,
                unscored_questions=25,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                passing_score=PassingScore(
                    value=Decimal('500'),
                    scale=ScoreScale.SCALED,
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('499'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="first attempt, computer-based. The same table charges $249 for a candidate's second ACE certification and $199 for someone formerly ACE-certified; USD inferred: the page shows only $ and ACE is a US organization",
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('249'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('149'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[229],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('129'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='renewing one certification on time, as a third-party page gives it (no ACE page with the fee was found); renewing several ACE certifications is discounted; USD inferred: the page shows only $ and ACE is a US organization',
                    sources=(
                        _S[233],
                        _S[234],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a third-party page says renewing late costs extra but gives no amount',
                    sources=(
                        _S[233],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                    ),
                    sources=(
                        _S[256],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='a current CPR/AED certificate from a course with a live skills check',
                        ),
                    ),
                    sources=(
                        _S[256],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's degree in exercise science or a related field, held when registering",
                        ),
                    ),
                    sources=(
                        _S[256],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=500,
                            description='500 documented hours designing and running exercise programs for apparently healthy or high-risk clients',
                        ),
                    ),
                    sources=(
                        _S[256],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a government-issued photo ID',
                        ),
                    ),
                    sources=(
                        _S[256],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=2003,
                    sources=(
                        _S[214],
                        _S[235],
                        _S[225],
                        _S[257],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEC',
                    hours=Decimal('20'),
                ),
                grace_months=6,
                requires_cpr_aed=True,
                note='Every two years, without retaking the exam: 2.0 CECs (20 hours) of ACE-approved continuing education and a current adult CPR/AED card (the AED part for the US and Canada). A course cannot be counted twice and extra CECs do not carry over, but the same CECs count for every ACE certification renewed in the cycle; renewing CPR, AED or First Aid earns 0.2 CEC each. ACE calls the six-month grace period a courtesy, not an extension of the certification.',
            ),
            disagreements=(
                Disagreement(
                    path='prices[0].amount',
                    value='399',
                    note="the older version of ACE's exam-registration FAQ (undated, for the AHFS), in the US/Canada and on international computer-based exams; no period is given for it, so it is kept as a disagreement rather than a dated price; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='199',
                    note="the older version of ACE's FAQ (AHFS), in the US/Canada; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='299',
                    note="the older version of ACE's FAQ (AHFS), on international computer-based exams; the newer version wins",
                    sources=(
                        _S[230],
                    ),
                ),
                Disagreement(
                    path='prices[4]',
                    value='$65 (so $194 in all when renewing in the six-month grace period)',
                    note='a page that looks auto-generated, claiming 2026 figures; such a page is never the only basis for a value',
                    sources=(
                        _S[234],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="ACE did publish pass rates in its candidate handbooks: the 2013 (updated 16 April 2013) and 2015 (updated 14 August 2015) editions each list a section 'Pass Rates for ACE Exams' on page 19, but only their tables of contents are stored, so no official figure was captured. Later handbooks (2016 P17-004/P17-013, 2017 P18-001, Oct 2019 P20-004, Oct 2020 P21-002) are stored only as their opening pages. Content-farm pages claim ACE does not publish a live number, which is not an ACE statement. No figure of any kind was found for this credential.",
                    searched=(
                        'ACE certification candidate handbook pass rates for ACE exams personal trainer group fitness instructor health coach percent',
                        'American Council on Exercise exam pass rate statistics personal trainer exam candidates passed percent year NCCA',
                        'Pass Rates for ACE Exams the following table pass rates personal trainer group fitness instructor health coach advanced health fitness specialist 2012 2014',
                        'ACE CPT exam pass rate is around percent ACE test cost $ ptpioneer 2022 how difficult is the ACE exam',
                        'ACE exam preparation blog what is the pass rate for the ACE personal trainer exam first-time candidates',
                        'hosts looked at: deploy.doczz.net/doc/6487450 (2013 handbook), 1library.net qm6djdwy (2015 handbook), scribd 451424533 / 377895082 / it.scribd 452827530, moam.info, readkong (2020 handbook), www.ptpioneer.com/ace-exam-info/ (figure not in stored part)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[256],
                _S[215],
                _S[257],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[257],
                        _S[215],
                        _S[228],
                        _S[256],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[257],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[256],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[228],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[222],
                        _S[229],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[257],
                    ),
                ),
                Citation(
                    path='recertification.grace_months',
                    sources=(
                        _S[232],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[224],
                        _S[231],
                        _S[232],
                    ),
                ),
            ),
        ),
        Credential(
            id='NFPT-CPT',
            name='NFPT Certified Personal Trainer',
            organization=_O[8],
            kind=CredentialKind.CERTIFICATION,
            description="NFPT's NCCA-accredited personal trainer certification. Candidates buy a Standard, Premier or exam-only package (Standard and Premier include the manual, study guide, chapter quizzes and exam outline, Premier adding two practice tests and exercise videos), study, and book the exam from their online account about three to four weeks ahead. They have one year from enrolment to pass, with two attempts in that year, and sit the exam at a test site or, since the COVID-19 period, remotely through Prometric's ProProctor, getting the result straight away. In early 2017 NFPT held results for some weeks to set the standard for new exam forms.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=120,
                scored_questions=100,
                unscored_questions=20,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=7200),
                passing_score=PassingScore(
                    value=Decimal('750'),
                    scale=ScoreScale.SCALED,
                ),
                topics=(
                    'Human anatomy',
                    'Human physiology',
                    'Fitness components and training methods',
                    'Designing, running and adjusting programs',
                    'Professionalism and communication',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('85'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="every year; NFPT calls it the membership renewal fee; US dollars inferred from the '$' shown",
                    sources=(
                        _S[262],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('250'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='exam fee paid to NFPT by students of a college course (whose own tuition of $275 is extra), from an older, undated third-party college FAQ; no current NFPT package or exam price was found; shown as $; US dollars inferred, NFPT being a US body',
                    sources=(
                        _S[267],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('119'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='per retake, from the same older third-party college FAQ, which allowed three attempts in all and then a one-year wait; shown as $; US dollars inferred, NFPT being a US body',
                    sources=(
                        _S[267],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXTENSION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a late fee buys a 60-day extension when the test due date passed no more than 60 days earlier; later than that, candidates apply again; the amount was not found',
                    sources=(
                        _S[261],
                        _S[266],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    year=2005,
                    sources=(
                        _S[270],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=1,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEC',
                    hours=Decimal('10'),
                ),
                note='renewed every year with the $85 fee; no CECs are needed for the first renewal, then 2.0 CECs a year (one hour of learning is 0.2 CEC), with free NFPT options; extra hours carry over, so a trainer may choose to report every two years; no unresolved conduct record, and no petition or review fee',
            ),
            disagreements=(
                Disagreement(
                    path='prices[2]',
                    value='two attempts within the one-year eligibility; after the second, wait 18 months from the first exam date and reapply at a discount',
                    note="NFPT's own, newer development site; the $119 retake fee and three-attempt rule come from an older third-party college FAQ, kept because no newer retake price was found",
                    sources=(
                        _S[269],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No NFPT pass rate; the only related NFPT page is the 2017 notice on withholding results for standard setting.',
                    searched=(
                        'NFPT-CPT exam pass rate percentage of candidates pass first attempt',
                        'NFPT review cost $ exam only package price recertification $85',
                        'nfpt.com/nfpt-notifications (2017, no rate)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[263],
                _S[266],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[264],
                        _S[266],
                        _S[269],
                        _S[265],
                        _S[273],
                        _S[270],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[263],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[264],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[266],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[267],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[269],
                    ),
                ),
                Citation(
                    path='exam.topics',
                    sources=(
                        _S[268],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[265],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[262],
                        _S[271],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[262],
                        _S[271],
                        _S[272],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[262],
                        _S[271],
                        _S[272],
                    ),
                ),
            ),
        ),
        Credential(
            id='NCCPT-CPT',
            name='NCCPT Certified Personal Trainer',
            organization=_O[9],
            kind=CredentialKind.CERTIFICATION,
            description="NCCPT's NCCA-accredited personal trainer certification, earned by exam alone with no course attached; ISSA students can take it as an optional accredited exam, and the voucher may come in their study package. The proctored, closed-book exam allows no breaks, is taken online or at a Prometric centre within the 90 days an eligibility code is valid, and gives a pass/fail result at the end. Candidates have 12 months from purchase to sit it, plus one free six-month extension; after two years the voucher must be bought again, and at most three attempts are allowed in any 12 months.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=140,
                scored_questions=125,
                unscored_questions=15,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=7200),
                delivery=(
                    ExamDelivery.REMOTE_PROCTORED,
                    ExamDelivery.TESTING_CENTRE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.PROCTORING,
                    amount=Decimal('79'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='test-delivery fee paid to Prometric, for online or test-centre delivery; shown as $; US dollars inferred, NCCPT being a US body',
                    sources=(
                        _S[139],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('0'),
                    tier='30-days-ahead',
                    tier_name='30 or more days ahead',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='cancelling or rescheduling 30 or more days before the exam is free; shown as $; US dollars inferred, NCCPT being a US body',
                    sources=(
                        _S[275],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('79'),
                    tier='within-5-days',
                    tier_name='Within 5 days, no-show or late arrival',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='cancelling or rescheduling within 5 days of the exam, not showing up, or arriving 30 or more minutes late costs the full $79 proctoring fee; shown as $; US dollars inferred, NCCPT being a US body',
                    sources=(
                        _S[275],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='at most three attempts in any 12 months; the retake price is blank in the stored fee table',
                    sources=(
                        _S[275],
                        _S[276],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXTENSION,
                    amount=Decimal('0'),
                    tier='first-extension',
                    tier_name='First six-month extension',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='one six-month extension of the 12-month window to sit the exam is free; shown as $; US dollars inferred, NCCPT being a US body',
                    sources=(
                        _S[276],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXTENSION,
                    tier='further-extension',
                    tier_name='Paid six-month extension',
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a paid six-month extension is also sold; its price is blank in the stored fee table',
                    sources=(
                        _S[276],
                        _S[275],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='the fee for renewing a single certification is blank in the March 2023 fee table; renewing two or more certifications costs $50 each',
                    sources=(
                        _S[275],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='added to the renewal fee when renewing up to 30 days late, within the grace period; shown as $; US dollars inferred, NCCPT being a US body',
                    sources=(
                        _S[275],
                        _S[277],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('599'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="Price of the NCCPT-CPT exam voucher sold alone (no course) on ISSA's store page; the $79 Prometric proctoring fee is paid separately. The price carries a footnote marker '1' whose text was not captured (it may flag a promotion or conditions). Fills the blank exam price in NCCPT's 2023 fee table. Shown as $; US dollars inferred.",
                    sources=(
                        _S[397],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='at least 18 years old',
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='under 18 with written permission from a legal guardian',
                        ),
                    ),
                    sources=(
                        _S[71],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='a valid CPR certificate, not in digital form',
                        ),
                    ),
                    sources=(
                        _S[71],
                        _S[140],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a signed, government-issued photo ID',
                        ),
                    ),
                    sources=(
                        _S[71],
                        _S[140],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[71],
                        _S[275],
                        _S[235],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('2.0'),
                    unit='CEU',
                ),
                grace_months=1,
                requires_cpr_aed=True,
                note='every two years: 2.0 CEUs, proof of a CPR course, the renewal form and the fee; a 30-day grace period with a late fee; CEUs from providers other than ISSA or NCCPT need a petition costing $25 per course',
            ),
            disagreements=(
                Disagreement(
                    path='exam.delivery',
                    value='a PSI testing facility or a qualified library, booked with a PSI exam request form',
                    note="an older version of NCCPT's exams page; the newer FAQ and ISSA's help centre name Prometric centres and remote testing",
                    sources=(
                        _S[71],
                    ),
                ),
                Disagreement(
                    path='prices[5]',
                    value='6 months from purchase to sit the exam, after which a late fee applies',
                    note="an older version of NCCPT's exams page; the 2022 store page gives 12 months plus a free six-month extension",
                    sources=(
                        _S[71],
                    ),
                ),
                Disagreement(
                    path='prices[7]',
                    value='$75 on or before the expiry date; $100 after it, within the 30-day grace period',
                    note="an older version of NCCPT's recertification page; the March 2023 fee table is newer but leaves the single-certification fee blank",
                    sources=(
                        _S[278],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="NCCPT's 2022 store footer (nccpt-extension) links a 'Certification Stats' page, so statistics may be published, but that page is not in the stored copies. A third-party 2026 prep guide says ISSA/NCCPT do not disclose a pass rate in candidate summaries.",
                    searched=(
                        'NCCPT exam statistics number of candidates tested passed pass percentage CPT CSTS year',
                        'Certification Stats NCCPT-CPT pass rate first attempt candidates 2022 2023 nccpt.issaonline',
                        'NCCPT CPT review how much does the exam cost $ retake recertification cost businesssavvypersonaltrainer',
                        'nccpt.com/store/products/six_month_extension/1627 (footer link only)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="NCCPT's March 2023 fee table leaves the single-certification renewal fee blank; only an older, undated page gives $75 on time and $100 late, which are not shown as today's fee.",
                    searched=(
                        'NCCPT recertification fee single certification',
                        'nccpt.com certification-board renewal fee',
                        'NCCPT-CPT renewal cost on time late (gap sweep)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[139],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[140],
                        _S[139],
                        _S[71],
                        _S[276],
                        _S[275],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[139],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[140],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[71],
                        _S[140],
                    ),
                ),
                Citation(
                    path='exam.scored_questions',
                    sources=(
                        _S[73],
                    ),
                ),
                Citation(
                    path='exam.unscored_questions',
                    sources=(
                        _S[73],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[139],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[277],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[277],
                        _S[275],
                    ),
                ),
            ),
        ),
        Credential(
            id='NETA-CPT',
            name='NETA Personal Trainer Certification',
            organization=_O[10],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NETA Certified Personal Trainer',
            ),
            description="NETA's NCCA-accredited personal trainer certification, earned by passing the NETA Certification Board exam. NETA's 2016 candidate handbook covers eligibility, fees, exam format, cut score and retakes, but those details are not recorded here. It is renewed every two years under NETA's primary-certification rules.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a renewal fee is due but its amount was not found on a NETA page',
                    sources=(
                        _S[282],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='a late renewal fee applies during the 180-day reinstatement grace period; amount not found',
                    sources=(
                        _S[282],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[279],
                        _S[281],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('20'),
                    unit='CEC',
                    from_issuer=Decimal('6'),
                ),
                grace_months=6,
                requires_cpr_aed=True,
                note='valid two years from issue; 20 CECs earned between issue and expiry, at least 6 of them from NETA workshops or home study; CECs from ACE, NASM and AFAA count (0.1 ACE CEC or NASM CEU is 1.0 NETA CEC, 1.0 AFAA CEC is 1.0); college courses passed with a C or better can be petitioned for $15 each; extra CECs do not roll over; the renewal should be mailed two months before expiry; during the 180-day grace period the status is expired, and after it the exam must be passed again; an older renewal form asks for a current CPR card',
            ),
            disagreements=(
                Disagreement(
                    path='prices[0]',
                    value='$65',
                    note='a garbled page that looks auto-generated (it also gives a 592-day grace period); such a page is never the only basis for a value',
                    sources=(
                        _S[284],
                    ),
                ),
                Disagreement(
                    path='recertification.grace_months',
                    value='temporary extensions at a higher fee; once expired, the Primary Certification Workshop and written test must be done again',
                    note='an older, undated NETA renewal form; the current renewal page gives a 180-day grace period and then requires retaking the exam',
                    sources=(
                        _S[283],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="The 2016 (docplayer, scribd, pdfslide, idoc-pub mirrors) and 2017 (healthdocbox) NETA-CB handbooks list 'F. Examination Fees' on p. 6, but every stored copy holds only the cover and table of contents. No NETA store page or reputable third party with a price was found; content-farm pages (winenfood, eatsip365, visualfoodie) gave no usable figure.",
                    searched=(
                        'NETA personal trainer certification exam fee price $ computer-based exam',
                        'NETA-CB Examination Fees Personal Trainer exam $ Group Exercise Instructor exam $ retake fee',
                        'NETA Certification Board exam registration fee non-refundable Pearson VUE computer-based test fee paper-and-pencil $',
                        'netafit.org personal trainer certification exam only $ study materials package workshop price',
                        'NETA Personal Trainer Certification exam information eligibility 18 years CPR exam registration netafit',
                        'cool.army.mil National Exercise Trainers Association Certified Personal Trainer renewal period exam fee',
                        'docs corpus: NETA personal trainer certification exam fee renewal fee (only spam gists)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="NETA's renewal page says a renewal fee and a late fee apply ('see below'), and the handbooks have a 'Recertification Fees' section, but no amount is in any stored chunk; the only figure ($65) is from a garbled low-quality page already recorded as a disagreement.",
                    searched=(
                        'NETA primary certification renewal fee online renewal $ late renewal fee reinstatement grace period fee amount',
                        'NETA-CB Examination Fees Personal Trainer exam $ Group Exercise Instructor exam $ retake fee',
                        'netafit.org/certifications/renewals/primary-certification-renewal/ (opening only)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="Handbook section 'L. Exam Format and Cut Score' (p. 8) is not in the stored copies; no other page gives the count.",
                    searched=(
                        'NETA Certified Personal Trainer exam how many questions time limit online proctored review',
                        'NETA personal trainer exam pass rate percent NETA-CB cut score questions 120',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No NETA pass rate seen.',
                    searched=(
                        'NETA personal trainer exam pass rate percent NETA-CB cut score questions 120',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[279],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[279],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[279],
                        _S[280],
                        _S[281],
                        _S[282],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[279],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[280],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[282],
                    ),
                ),
                Citation(
                    path='recertification.requires_cpr_aed',
                    sources=(
                        _S[283],
                    ),
                ),
                Citation(
                    path='recertification.note',
                    sources=(
                        _S[282],
                        _S[283],
                    ),
                ),
            ),
        ),
        Credential(
            id='WITS-CPT',
            name='W.I.T.S. Certified Personal Trainer Level 1',
            organization=_O[11],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'W.I.T.S. CPT Level I',
                'Personal Trainer Specialist I',
            ),
            description="W.I.T.S.'s entry-level personal trainer certification, for designing personalized programs for clients without special medical conditions or limitations. Candidates must pass both a written exam and a practical skills exam with a mock client, held at hundreds of college sites in the United States and Canada. A third-party review calls it NCCA-accredited, the first with accreditation covering both written and practical assessment; no W.I.T.S. statement of this was found.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.WRITTEN_AND_PRACTICAL_IN_PERSON,
            exam=Exam(
                delivery=(
                    ExamDelivery.IN_PERSON,
                ),
                parts=(
                    AssessmentPart(
                        name='Written exam',
                        format=AssessmentFormat.WRITTEN,
                        duration=timedelta(seconds=7200),
                    ),
                    AssessmentPart(
                        name='Practical skills exam',
                        format=AssessmentFormat.PRACTICAL,
                        description='skills shown with a mock client; must be passed as well as the written exam',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('350'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="covers the written exam and the scheduled practical exam; a returned check costs $35 more; US dollars inferred from the '$' shown",
                    sources=(
                        _S[289],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='renewal forms RN001/RN002 are sent with a fee whose amount was not found',
                    sources=(
                        _S[285],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('125'),
                    tier='reduced-retest',
                    tier_name='Reduced retest rate (per exam part)',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Each retake of the written or the practical part; at most two retakes within 12 months, registered 35 days ahead,. The voucher page attributes the rule to the W.I.T.S. Candidate Handbook, p. 15. US dollars inferred.',
                    sources=(
                        _S[400],
                        _S[401],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('75'),
                    tier='gift-voucher',
                    tier_name='Candidates with a gift testing voucher (per exam part)',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Newer store retest page: $75 per retest of the written or practical exam for candidates who tested with a gift testing voucher; the offer runs 12 months from the original class sign-up, two attempts at most, payment 45 days ahead and non-refundable. It differs from the $125 rate on the older /fit/ pages; no page is dated. US dollars inferred.',
                    sources=(
                        _S[399],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('150'),
                    tier='no-voucher',
                    tier_name='Candidates without a gift testing voucher (per exam part)',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Same store page: $150 per retest of either exam part for candidates without a gift testing voucher; same 12-month, two-attempt limits. US dollars inferred.',
                    sources=(
                        _S[399],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RESCHEDULE,
                    amount=Decimal('50'),
                    tier='retest-reschedule',
                    tier_name='Rescheduling a booked retest',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='Fee to move a booked retest (must be done 48 hours ahead in business hours); a no-show forfeits the retest fee. US dollars inferred.',
                    sources=(
                        _S[399],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='proof of CPR/AED sent before the exam',
                        ),
                    ),
                    sources=(
                        _S[289],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[287],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                continuing_education=ContinuingEducation(
                    amount=Decimal('10'),
                    unit='CEC',
                    from_issuer=Decimal('3'),
                ),
                requires_cpr_aed=True,
                note="every two years from the certificate date: at least 10 CECs, part of them from W.I.T.S.'s own courses, webinars or workshops (approved outside providers do not count for that part); the rest may come from approved vendors, IACET providers, related college courses, Club Industry or IDEA, others by petition; current CPR/AED, for which an online course is accepted for renewal only; a renewal application and fee. Holders of three W.I.T.S. certifications receive a Master Trainer credential free",
            ),
            disagreements=(
                Disagreement(
                    path='recertification.continuing_education.from_issuer',
                    value='1',
                    note='older W.I.T.S. pages ask for at least one W.I.T.S.-run course (a 0.1 CEU IACET program) within the 10 CECs; the newer 2024 renewal page asks for at least 3 CECs from W.I.T.S. webinars or workshops',
                    sources=(
                        _S[285],
                        _S[292],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='450',
                    note="National test fee covering the 2-hour written exam and the scheduled practical exam with a mock client; returned checks cost $35. Another stored version of the same page (already in the data) gives $350; neither is dated, and which is current is not stated (see the source's date note). Shown as $; US dollars inferred (tests are held in the US and Canada).",
                    sources=(
                        _S[398],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='The older FAQ says renewal forms RN001/RN002 go in with a re-certification fee, and a third-party form site (signnow) also says a fee is paid, but no amount is printed anywhere; the Nov 2024 renewal page lists the application, CPR/AED and at least 3 W.I.T.S. store CECs, with no fee line.',
                    searched=(
                        'witseducation store certification renewal fee personal trainer renewal $',
                        'W.I.T.S. renewal application form fee $ late renewal expired certification reinstatement witseducation',
                        'W.I.T.S. certified personal trainer renewal package CEC bundle webinar price store',
                        'signnow.com/info-forms/259797 (W.I.T.S. renewal form description, no amount)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="W.I.T.S. gives the written exam's length (2 hours) and domain weights but no item count on the stored pages; the August 2019 CPT Level I Candidate Handbook (mirror at vdocuments.mx/cpt-a-level-i-candidate-handbook-2019-8-9-standards-by-maintaining-their.html) is stored only up to its table of contents.",
                    searched=(
                        'W.I.T.S. Certified Personal Trainer candidate handbook written knowledge exam multiple choice passing score practical skill competency exam',
                        'CPT Level I Candidate Handbook World Instructor Training Schools examination fee re-examination renewal fee number of questions',
                        'WITS exam layout passing grade written exam questions practical exam ptpioneer review study packages cost',
                        'WITS CPT study packages cost online course price $ exam retake passing grade',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No W.I.T.S. pass rate seen.',
                    searched=(
                        'WITS exam layout passing grade written exam questions practical exam ptpioneer review study packages cost',
                        'CPT Level I Candidate Handbook World Instructor Training Schools examination fee re-examination renewal fee number of questions',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[291],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[291],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[291],
                        _S[289],
                        _S[287],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[291],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[289],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[289],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[285],
                        _S[292],
                        _S[286],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[285],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education',
                    sources=(
                        _S[285],
                        _S[292],
                    ),
                ),
                Citation(
                    path='recertification.continuing_education.from_issuer',
                    sources=(
                        _S[286],
                    ),
                ),
            ),
        ),
        Credential(
            id='NESTA-PFT',
            name='NESTA Personal Fitness Trainer',
            organization=_O[12],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'NESTA Certified Professional Fitness Trainer',
            ),
            description="NESTA's personal fitness trainer certification; those who pass are titled Certified Professional Fitness Trainer. NESTA names self-study, practical experience such as internships and apprenticeships, and two- and four-year college fitness programs as routes to it; exams are run by a testing vendor or an approved proctor. Accommodations such as up to double time, a reader, a private room or a paper-and-pencil exam must be requested 30 days before the test. A third-party list (ACE's) names NESTA among NCCA-accredited fitness certifications.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=125,
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('149'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note="paid within the 90 days before the certification expires; US dollars inferred from the '$' shown",
                    sources=(
                        _S[296],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('25'),
                    tier='days-1-30',
                    tier_name='1–30 days late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='late renewal 1–30 days after expiry; after 90 days the certification is void and the exam must be retaken; shown as $; US dollars inferred, NESTA being a US body',
                    sources=(
                        _S[296],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('50'),
                    tier='days-31-60',
                    tier_name='31–60 days late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='late renewal 31–60 days after expiry; after 90 days the certification is void and the exam must be retaken; shown as $; US dollars inferred, NESTA being a US body',
                    sources=(
                        _S[296],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('95'),
                    tier='days-61-90',
                    tier_name='61–90 days late',
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    note='late renewal 61–90 days after expiry; after 90 days the certification is void and the exam must be retaken; shown as $; US dollars inferred, NESTA being a US body',
                    sources=(
                        _S[296],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[235],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=4,
                continuing_education=ContinuingEducation(
                    amount=Decimal('4.0'),
                    unit='CEU',
                    hours=Decimal('40'),
                ),
                grace_months=3,
                note='4.0 CEUs over four years (0.1 CEU is one hour); apply from 90 days before expiry up to the expiry date; late applications are accepted 1–90 days after expiry with a late fee, after which the certification is void and the exam must be retaken',
            ),
            disagreements=(
                Disagreement(
                    path='prices[3]',
                    value='$75 (an additional $25 for every 30 days late)',
                    note='the same NESTA page also words the late fee as $25 more every 30 days, which would make the third step $75 rather than $95; the tiered figures are kept',
                    sources=(
                        _S[296],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="NESTA's online handbook and the 2019 handbook (pdfslide) both list 'Exam Fees' (p. 12) and 'Extensions and Retakes', but only their tables of contents are stored. NESTA's store terms say proctored exam attempts and exam fees are non-refundable, without amounts.",
                    searched=(
                        'NESTA PFT exam fees retake fee extension fee $ handbook',
                        'NESTA PFT Exam Fees online proctored exam fee retake fee $ extension Program Study Options self-study package',
                        'nestacertified personal fitness trainer certification program price $ payment plan master trainer',
                        'NESTA personal fitness trainer certification cost review price exam questions passing score',
                        'NESTA Personal Fitness Trainer certification includes textbook online course proctored exam price',
                        'store.nestacertified.com/help/terms-and-conditions.html (no amounts)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="The handbook has 'History of the Exam' and 'Exam Scoring' sections, not captured; no rate seen anywhere.",
                    searched=(
                        'NESTA PFT exam 125 multiple-choice questions two hours passing score 70 percent proctored',
                        'NESTA personal fitness trainer certification cost review price exam questions passing score',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[294],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[294],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[294],
                        _S[297],
                        _S[235],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[294],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[294],
                        _S[297],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[296],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[405],
                    ),
                ),
            ),
        ),
        Credential(
            id='UKSCA-ASCC',
            name='Accredited Strength and Conditioning Coach',
            organization=_O[13],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'ASCC',
                'UKSCA Accredited Strength and Conditioning Coach',
                'Accredited S&C Coach',
            ),
            description="UKSCA's professional accreditation for strength and conditioning coaches, its only registration level from 2004 until the entry-level Accredited S&C Trainer was added below it. Candidates show that they meet every criterion of the UKSCA Competency Document in four assessed elements (a multiple-choice exam, two practical coaching assessments and a case study) plus supporting documents; the page charges the fee to members, which implies UKSCA membership without spelling it out. Third-party blogs put first-time pass rates at roughly 50% for the case study and the multiple-choice exam and roughly 25% for the practicals, with no year given.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
            ),
            earned_by=EarningMethod.ASSESSMENT,
            exam=Exam(
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                delivery=(
                    ExamDelivery.IN_PERSON,
                    ExamDelivery.ONLINE,
                ),
                parts=(
                    AssessmentPart(
                        name='Multiple-choice exam',
                        format=AssessmentFormat.MULTIPLE_CHOICE,
                        description='sat on a UKSCA assessment day; its length, duration and pass mark are not published on the pages seen',
                    ),
                    AssessmentPart(
                        name='Weightlifting practical',
                        format=AssessmentFormat.PRACTICAL,
                        duration=timedelta(seconds=1200),
                        description='one-to-one with a UKSCA assessor: explain the key coaching points of the lifts and demonstrate them to a reasonable standard; a lead assessor may watch the assessor for quality assurance',
                    ),
                    AssessmentPart(
                        name='Plyometrics, agility and speed practical',
                        format=AssessmentFormat.PRACTICAL,
                        duration=timedelta(seconds=1200),
                        description="candidates work in pairs, taking turns as coach and athlete; each draws one of six set scenarios with one plyometric or ballistic exercise and one speed or agility exercise: about 2 minutes of planning, 4–5 minutes each for the warm-up and the two drills, then the assessor's questions; equipment is provided and candidates should know the technical models of 20 exercises",
                    ),
                    AssessmentPart(
                        name='Case study',
                        format=AssessmentFormat.CASE_STUDY,
                        description="a one-to-one presentation to an assessor over Zoom on the candidate's work with a real athlete or participant, judged against the Competency Document; a third-party blog describes it as a three-month training block with needs analysis, sample sessions, periodisation and testing",
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    currency=Currency.GBP,
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    jurisdiction='GB',
                    note='one fee for the whole assessment process, charged to members; the page does not mention VAT',
                    sources=(
                        _S[298],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('75'),
                    currency=Currency.GBP,
                    bound=PriceBound.EXACT,
                    jurisdiction='GB',
                    note='per element failed and re-assessed',
                    sources=(
                        _S[298],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='two signed letters of support',
                        ),
                    ),
                    sources=(
                        _S[298],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a copy of the normal operating procedure and the emergency action plan the candidate works under',
                        ),
                    ),
                    sources=(
                        _S[298],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.FIRST_AID,
                            description='a copy of a valid first aid certificate',
                        ),
                    ),
                    sources=(
                        _S[298],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a UKSCA workshop for each of the four assessed areas (optional but advised, according to third-party pages)',
                        ),
                    ),
                    sources=(
                        _S[306],
                        _S[308],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='UKSCA',
                            description='membership of UKSCA: only members may take the assessment',
                        ),
                    ),
                    sources=(
                        _S[298],
                    ),
                ),
            ),
            preferred_for=(
                CareerSetting.SPORTS_PERFORMANCE,
            ),
            established=2004,
            recertification=Recertification(
                note='UKSCA refers to accreditation and CPD processes for its accredited members; the cycle, the CPD amount, the fees and the late rules were not found',
            ),
            disagreements=(
                Disagreement(
                    path='exam.delivery',
                    value='all four elements on one day, or as few as one at a time',
                    note="a third-party blog describing a 'new format'; UKSCA's own page puts the case study on a separate Zoom call, and the organization's page wins",
                    sources=(
                        _S[307],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="Neither an annual fee to keep the ASCC nor a re-accreditation fee was seen. UKSCA's 2024 chartered-status update refers only to its 'accreditation and CPD processes' for accredited members; whether keeping the ASCC simply means paying the accredited-member subscription each year is not stated on any stored page.",
                    searched=(
                        'UKSCA accredited member annual renewal fee CPD points re-accreditation',
                        'UKSCA blog CPD scheme accredited coaches maintain accreditation annually log CPD hours',
                        'UKSCA membership options Accredited member Associate member Student member price monthly direct debit',
                        "pages seen: uksca.org.uk/blog/25/uksca-cimspa-chartered-status-update (2024-11-14; mentions 'accreditation and CPD processes' only), uksca.org.uk/blog/12 (assessment fees only)",
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='The ASCC process page lists a multiple-choice examination on the assessment day but gives no number of questions, duration or pass mark; the candidate blogs seen do not give them either.',
                    searched=(
                        'ASCC accreditation process letters of support normal operating procedure emergency action plan first aid certificate UKSCA',
                        'UKSCA accreditation weightlifting assessment 20 minutes one-to-one assessor case study presentation Zoom cost of accreditation',
                        'pages seen: uksca.org.uk/blog/12, kmperformancetraining.com UKSCA accreditation post, irishscnetwork.com reflective piece',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No yearly pass rate was found. Third-party blogs (already cited in the data's description) give rough first-time rates of about 50% for the case study and the multiple-choice exam and about 25% for the practicals, with no year and no UKSCA source, so they cannot be recorded as a yearly pass rate.",
                    searched=(
                        'UKSCA accreditation weightlifting assessment 20 minutes one-to-one assessor case study presentation Zoom cost of accreditation',
                        'is UKSCA accreditation worth it cost of membership per year plus assessment fee blog',
                        'pages seen: kmperformancetraining.com (undated, ~50%/~25%), irishscnetwork.com (undated), coachianwood.com (undated)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[298],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[298],
                        _S[300],
                        _S[306],
                        _S[307],
                        _S[308],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[298],
                        _S[299],
                    ),
                ),
                Citation(
                    path='preferred_for',
                    sources=(
                        _S[307],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[298],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[300],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[298],
                    ),
                ),
                Citation(
                    path='exam.parts[2]',
                    sources=(
                        _S[299],
                    ),
                ),
                Citation(
                    path='exam.parts[3]',
                    sources=(
                        _S[298],
                        _S[306],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[303],
                    ),
                ),
            ),
        ),
        Credential(
            id='UKSCA-ASCT',
            name='Accredited S&C Trainer',
            organization=_O[13],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'UKSCA Accredited S&C Trainer',
                'UKSCA S&C Trainer',
                'UKSCA-SCT',
            ),
            description="UKSCA's entry-level professional registration below the Accredited Strength and Conditioning Coach, on which work began in 2018; it sets a common standard for people outside the S&C profession who use its principles, such as PE teachers, sports coaches, physiotherapists and fitness professionals. It is reached through a Level 3 Diploma for S&C Trainers run by partners with UKSCA-trained Licensed Assessors (Sport Wales from November 2022). No official abbreviation was seen: the id UKSCA-ASCT is fitcerts' own.",
            earned_by=EarningMethod.ASSESSMENT,
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='The Accredited S&C Trainer is reached through a Level 3 Diploma for S&C Trainers run by partners such as Sport Wales; neither UKSCA nor a delivery partner page seen prints a course, assessment or registration fee.',
                    searched=(
                        'Level 3 Diploma S&C Trainer UKSCA course fee price',
                        'UKSCA accreditation cost how much £ assessment members only membership required before booking',
                        'pages seen: uksca.org.uk/blog/10/assets, uksca.org.uk/blog/22/uksca-sport-wales-partnership',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No renewal rule or fee for the Accredited S&C Trainer was seen; it is not known whether it expires or is kept through membership.',
                    searched=(
                        'UKSCA accredited member annual renewal fee CPD points re-accreditation',
                        'UKSCA blog CPD scheme accredited coaches maintain accreditation annually log CPD hours',
                        'UKSCA membership options Accredited member Associate member Student member price monthly direct debit',
                        "pages seen: uksca.org.uk/blog/25/uksca-cimspa-chartered-status-update (2024-11-14; mentions 'accreditation and CPD processes' only), uksca.org.uk/blog/12 (assessment fees only)",
                        'Level 3 Diploma S&C Trainer UKSCA course fee price',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='The stored pages describe the route (a Level 3 Diploma assessed by UKSCA-trained Licensed Assessors) but not whether it includes a written exam or how many questions it has.',
                    searched=(
                        'Level 3 Diploma S&C Trainer UKSCA course fee price',
                        'pages seen: uksca.org.uk/blog/10/assets, uksca.org.uk/blog/22/uksca-sport-wales-partnership',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass rate for the S&C Trainer route was seen; the Sport Wales partnership page gives cohort sizes (7, then 46 enrolled) but no pass figures.',
                    searched=(
                        'Level 3 Diploma S&C Trainer UKSCA course fee price',
                        'pages seen: uksca.org.uk/blog/22/uksca-sport-wales-partnership',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[300],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[300],
                        _S[304],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[304],
                        _S[303],
                    ),
                ),
            ),
        ),
        Credential(
            id='CSEP-CPT',
            name='CSEP Certified Personal Trainer',
            organization=_O[14],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'EPC-SCPE',
                'Entraîneur personnel certifié SCPE',
            ),
            description="CSEP's personal-trainer certification for apparently healthy clients and clients with a stable health condition who can exercise on their own; holders use CSEP's CSEP-PATH assessment process, and more than 4,000 were certified when CSEP's page was written. After CSEP approves the application, candidates pass a theory exam and a practical exam and register as CSEP members; they have two attempts at each exam (a third only on approved application) and six months from passing the first exam to pass the second and register. CSEP accepts no other organization's personal-training certification as equivalent.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.PERCENT,
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                    ExamDelivery.IN_PERSON,
                ),
                parts=(
                    AssessmentPart(
                        name='Theory exam',
                        format=AssessmentFormat.WRITTEN,
                        description='computer-based, at Pearson VUE test centres across Canada or by Pearson VUE online proctoring; a university workshop page gives 70% as the pass mark',
                    ),
                    AssessmentPart(
                        name='Practical exam',
                        format=AssessmentFormat.PRACTICAL,
                        description='pass/fail, run by a CSEP Instructor-Examiner',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('260'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2024, 4, 1),
                    valid_until=date(2025, 3, 31),
                    note='annual certified-membership renewal for the 2024–2025 membership year, including professional and commercial general liability insurance; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[316],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('260'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2023, 4, 1),
                    valid_until=date(2024, 3, 31),
                    note='annual certified-membership renewal for the 2023–2024 membership year, including the same insurance; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[317],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    currency=Currency.CAD,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='CA',
                    note='late fees, rising step by step, apply to renewals made from 1 April to 31 May; amounts not given',
                    sources=(
                        _S[316],
                        _S[315],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('260'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2019, 4, 1),
                    valid_until=date(2020, 3, 31),
                    note="Annual certified-membership renewal for the 2019-2020 membership year, including professional liability insurance; the page says fees may change. Only '$' is shown: CAD inferred because CSEP is a Canadian body. The dates follow the membership year, which the page says ends with renewal due by 31 March. Same amount as the 2023-24 and 2024-25 figures already in the data.",
                    sources=(
                        _S[381],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.ASSOCIATE,
                            description='a two-year college diploma covering the six CSEP-CPT core competencies',
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="at least two years of full-time post-secondary study (60 credits) toward a relevant bachelor's degree, covering the six core competencies",
                        ),
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a Quebec CEGEP science DEC plus at least 30 university credits, covering the six core competencies',
                        ),
                    ),
                    sources=(
                        _S[319],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.FIRST_AID,
                            description='a course in emergency first aid from an organization following ILCOR standards',
                        ),
                    ),
                    sources=(
                        _S[319],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR level C from an organization following ILCOR standards; online-only CPR is not accepted',
                        ),
                    ),
                    sources=(
                        _S[319],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='CSEP',
                            description='registration as a CSEP member, renewed every year',
                        ),
                    ),
                    sources=(
                        _S[319],
                        _S[320],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='a preparatory workshop (recommended, not required)',
                        ),
                    ),
                    sources=(
                        _S[320],
                    ),
                ),
            ),
            expected_knowledge=(
                'anatomy, physiology and exercise physiology',
                'behaviour modification',
                'health-related fitness assessment',
                'exercise prescription and program design',
                'safety and emergency procedures',
                'documentation, administration and professionalism',
            ),
            recertification=Recertification(
                cycle_years=1,
                grace_months=2,
                requires_cpr_aed=True,
                note='certified membership is renewed every year by 31 March, with late fees for renewals from 1 April to 31 May; liability insurance ends on 31 March until renewal; a current CPR-C certificate is needed (the 2023 page: no more than a year old, with a renewal survey); 20 Professional Development Credits are due every two years, by 31 March of even years, with random audits; a leave of absence may be requested',
            ),
            disagreements=(
                Disagreement(
                    path='requirements[2]',
                    value="current 'level 4' CPR plus emergency or standard first aid",
                    note="a university workshop page; CSEP's own pages ask for CPR level C, and CSEP's word wins",
                    sources=(
                        _S[327],
                    ),
                ),
                Disagreement(
                    path='exam.delivery',
                    value='theory and practical exams both taken in person',
                    note='an older CSEP page (implied 2013); the newer Pearson VUE page for CSEP describes the computer-based theory exam at test centres or online, taken as the current arrangement',
                    sources=(
                        _S[320],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No application, theory-exam or practical-exam fee for the CSEP-CPT was found on any stored page. CSEP's pages describe the steps and say registration fees are paid to CSEP, and a 2013 page says the theory exam is paid with a code that comes with the CSEP-PATH manual, but no amounts surfaced. The 2019 Certification & Study Guide (studylib mirror) has fee-related sections whose text did not surface.",
                    searched=(
                        'CSEP-CPT certification fees application fee theory exam fee practical exam fee',
                        'Canadian Society for Exercise Physiology certification fees schedule + HST theory exam practical exam',
                        'how much does it cost to become CSEP certified CSEP-CPT total cost',
                        'CSEP registration fee after passing exams certification fee new certified member $ + tax',
                        'CSEP-PATH manual price registration code theory exam payment CSEP store',
                        'CSEP-CPT preparation workshop cost exam fees paid separately to CSEP practical exam fee $',
                        'CSEP-CPT application fee non-refundable theory exam fee practical exam fee paid to Instructor-Examiner',
                        'CSEP workshops and exams page upcoming dates theory exam cost register online CSEP-CPT practical exam fee',
                        'CSEP Certified Personal Trainer best for students in related fields cost CAD theory exam practical exam fees pros cons',
                        'college program graduates eligible to write CSEP-CPT exams additional fees approximately $ not included in tuition',
                        'SCPE frais examen théorique examen pratique EPC-SCPE frais de demande certification',
                        "combien coûte la certification SCPE frais d'inscription examen théorique",
                        "pages seen: pearsonvue.com/csep and home.pearsonvue.com/csep (process, no fees), csep.ca/english/view.asp?x=738 (2013; says the theory exam is paid with a registration code bought with the CSEP-PATH manual, no amount), studylib.net CSEP-CPT Certification & Study Guide 3rd ed. 2019 (only the table of contents surfaced; its 'Certification and Membership Process' and 'Exam Logistics' sections may hold the fees), fitnesstrainer.com/blog/?p=1448 (only the opening surfaced), ileahub.com/CSEP (a different, unrelated 'CSEP' credential; not used)",
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='The number of theory-exam questions and the exam length were not found; only a third-party 70% pass mark is known.',
                    searched=(
                        'CSEP-CPT theory exam number of multiple choice questions hours to complete',
                        'CSEP-CPT Theory and Practical Exam Logistics theory exam consists of multiple-choice questions time allotted study guide',
                        '"CSEP-CPT theory exam" computer-based Pearson VUE hours questions case-based multiple choice format',
                        'my experience writing the CSEP-CPT exam questions practical exam cost tips blog personal trainer Canada',
                        'pages seen: pearsonvue.com/csep, studylib.net CSEP-CPT Certification & Study Guide 2019 (table of contents only), uwaterloo.ca CPT workshop page (70% pass mark only)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSEP-CPT pass rate (official or third-party) was found.',
                    searched=(
                        'CSEP Professional Standards Program annual report theory exam pass rate candidates certified members statistics',
                        'pages seen: csep.ca exam attempts policy (attempt limits only), csep.ca certification FAQ (English and French)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[318],
                _S[314],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[325],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[318],
                        _S[319],
                        _S[322],
                        _S[320],
                        _S[326],
                        _S[321],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[318],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[319],
                    ),
                ),
                Citation(
                    path='expected_knowledge',
                    sources=(
                        _S[328],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[326],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[327],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[326],
                        _S[320],
                    ),
                ),
                Citation(
                    path='exam.parts[0]',
                    sources=(
                        _S[326],
                        _S[327],
                    ),
                ),
                Citation(
                    path='exam.parts[1]',
                    sources=(
                        _S[326],
                        _S[327],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[316],
                        _S[317],
                        _S[315],
                        _S[323],
                        _S[324],
                        _S[325],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[382],
                        _S[381],
                    ),
                ),
            ),
        ),
        Credential(
            id='CSEP-CEP',
            name='CSEP Clinical Exercise Physiologist',
            organization=_O[14],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'CSEP Certified Exercise Physiologist',
                'PEC-SCPE',
                "Physiologiste de l'exercice certifié SCPE",
            ),
            description="CSEP's second certification, with a broader scope than the CSEP-CPT: holders work with diverse populations toward health, performance and occupational goals, and older CSEP pages list people with musculoskeletal, cardiopulmonary, metabolic, neuromuscular or ageing-related conditions. Candidates need a relevant degree and practical experience with clients, then pass a theory exam and a practical exam (an OSPE-format practical since October 2016) and register with CSEP, with the same attempts rules as the CPT; CSEP's test vendor gives six months from passing the first exam to pass the second and register. CSEP pages of 2016 and earlier call it CSEP Certified Exercise Physiologist; in 2023 British Columbia's Ministry of Health recommended hiring Clinical Exercise Physiologists in its health system.",
            settings=(
                CareerSetting.CLINICAL_EXERCISE,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
                parts=(
                    AssessmentPart(
                        name='Theory exam',
                        format=AssessmentFormat.WRITTEN,
                        description="computer-based, at Pearson VUE test centres or by online proctoring; a new edition came with CSEP's October 2016 review",
                    ),
                    AssessmentPart(
                        name='Practical exam',
                        format=AssessmentFormat.PRACTICAL,
                        description='pass/fail under a CSEP Instructor-Examiner, in an OSPE format with a new layout from October 2016',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('295'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2024, 4, 1),
                    valid_until=date(2025, 3, 31),
                    note='annual certified-membership renewal for the 2024–2025 membership year, including professional and commercial general liability insurance; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[316],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('295'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2023, 4, 1),
                    valid_until=date(2024, 3, 31),
                    note='annual certified-membership renewal for the 2023–2024 membership year, including the same insurance; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[317],
                    ),
                ),
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    currency=Currency.CAD,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='CA',
                    note='late fees, rising step by step, apply to renewals made from 1 April to 31 May; amounts not given',
                    sources=(
                        _S[316],
                        _S[315],
                    ),
                ),
                Price(
                    pays_for=PriceItem.UPGRADE,
                    amount=Decimal('35'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    jurisdiction='CA',
                    valid_from=date(2024, 4, 1),
                    valid_until=date(2025, 3, 31),
                    note='paid by a CSEP-CPT who completes the CEP process, instead of the full certification fee, in the 2024–2025 membership year; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[316],
                    ),
                ),
                Price(
                    pays_for=PriceItem.UPGRADE,
                    amount=Decimal('30'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    jurisdiction='CA',
                    valid_from=date(2023, 4, 1),
                    valid_until=date(2024, 3, 31),
                    note='the same CPT-to-CEP upgrade fee in the 2023–2024 membership year; currency shown only as "$"; CAD inferred because CSEP is a Canadian body',
                    sources=(
                        _S[317],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('290'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    valid_from=date(2019, 4, 1),
                    valid_until=date(2020, 3, 31),
                    note="Annual certified-membership renewal for the 2019-2020 membership year, including professional liability insurance; lower than the $295 of 2023-24 and 2024-25 already in the data. The page still uses the older name Certified Exercise Physiologist. Only '$' is shown: CAD inferred because CSEP is a Canadian body. Dates follow the April-March membership year.",
                    sources=(
                        _S[381],
                    ),
                ),
                Price(
                    pays_for=PriceItem.UPGRADE,
                    amount=Decimal('30'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    jurisdiction='CA',
                    stated_in=2019,
                    note="Fee a current CSEP-CPT pays on completing the CEP process, instead of the full certification fee, on the page listing 2019-2020 fees; the same $30 as 2023-24. Only '$' is shown: CAD inferred.",
                    sources=(
                        _S[381],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description='graduation from a relevant undergraduate program of at least 120 post-secondary credits whose courses cover the eight CSEP-CEP core competencies',
                        ),
                    ),
                    sources=(
                        _S[329],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=100,
                            description='at least 100 hours of practical co-op, work or volunteer experience with community clients (lab and peer testing do not count)',
                        ),
                    ),
                    sources=(
                        _S[329],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.RECOMMENDED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=150,
                            description='a further 150 hours, at least 25 each with musculoskeletal, neuromuscular, cardiometabolic and pulmonary conditions',
                        ),
                    ),
                    sources=(
                        _S[329],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='CSEP',
                            description='registration with CSEP and payment of the annual fee',
                        ),
                    ),
                    sources=(
                        _S[332],
                        _S[326],
                    ),
                ),
            ),
            preferred_for=(
                CareerSetting.CLINICAL_EXERCISE,
            ),
            recertification=Recertification(
                cycle_years=1,
                grace_months=2,
                requires_cpr_aed=True,
                note='certified membership is renewed every year by 31 March, with late fees for renewals from 1 April to 31 May; a current CPR-C certificate is needed; 30 Professional Development Credits are due every two years, audited in odd years',
            ),
            disagreements=(
                Disagreement(
                    path='name',
                    value='CSEP Certified Exercise Physiologist®',
                    note="the name on CSEP pages of 2016 and earlier; CSEP's 2020s pages say Clinical Exercise Physiologist, the current name",
                    sources=(
                        _S[330],
                        _S[332],
                    ),
                ),
                Disagreement(
                    path='requirements[0].any_of[0].description',
                    value='coursework covering 10 core competencies (16 before the October 2016 realignment)',
                    note='CSEP pages from October 2016; the newer prerequisites page lists eight and wins as the latest',
                    sources=(
                        _S[330],
                        _S[331],
                    ),
                ),
                Disagreement(
                    path='requirements[0].any_of[0].description',
                    value='a four-year degree in physical activity, exercise science, kinesiology or human kinetics (Category A), or a route for allied health professionals whose first degree was in kinesiology or exercise science (Category B)',
                    note="CSEP's older site (undated); superseded by the newer prerequisites page",
                    sources=(
                        _S[332],
                    ),
                ),
                Disagreement(
                    path='description',
                    value='six months to pass both exams, then another six months to register and pay the annual fee',
                    note="CSEP's older site (undated); the description follows the newer Pearson VUE page for CSEP, which matches CSEP's own rule for the CPT",
                    sources=(
                        _S[332],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No application, theory-exam or practical-exam fee for the CSEP-CEP was found; only the CPT-to-CEP upgrade fee ($30 in 2019-20 and 2023-24, $35 in 2024-25) is known.',
                    searched=(
                        'CSEP-CEP certification process application theory exam OSPE practical exam fees Clinical Exercise Physiologist',
                        'Beginners Guide to the CSEP-CEP Certification Process cost of application theory exam practical exam total I paid',
                        'CSEP-CPT certification fees application fee theory exam fee practical exam fee',
                        'Canadian Society for Exercise Physiology certification fees schedule + HST theory exam practical exam',
                        "pages seen: csep.ca CSEP-CEP prerequisites page, csep.ca/english/view.asp?x=739 and x=748 (older site; registration requires paying the 'annual certification fee', no amount), yourkinesmentor-com.cdn.mymagic.page CSEP-CEP guide (only the opening surfaced), uwaterloo.ca/uw-fitness/workshop-education (says registration and membership fees are paid to CSEP, no amount)",
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="The CEP theory exam's question count and length were not found.",
                    searched=(
                        'CSEP-CEP certification process application theory exam OSPE practical exam fees Clinical Exercise Physiologist',
                        'CSEP-CPT theory exam number of multiple choice questions hours to complete',
                        'CSEP-CPT Theory and Practical Exam Logistics theory exam consists of multiple-choice questions time allotted study guide',
                        '"CSEP-CPT theory exam" computer-based Pearson VUE hours questions case-based multiple choice format',
                        'my experience writing the CSEP-CPT exam questions practical exam cost tips blog personal trainer Canada',
                        'pages seen: pearsonvue.com/csep, studylib.net CSEP-CPT Certification & Study Guide 2019 (table of contents only), uwaterloo.ca CPT workshop page (70% pass mark only)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No CSEP-CEP pass rate was found.',
                    searched=(
                        'CSEP Professional Standards Program annual report theory exam pass rate candidates certified members statistics',
                        'pages seen: csep.ca exam attempts policy (attempt limits only), csep.ca certification FAQ (English and French)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[329],
                _S[333],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[330],
                        _S[332],
                        _S[325],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[313],
                        _S[332],
                        _S[329],
                        _S[330],
                        _S[326],
                        _S[322],
                        _S[333],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[332],
                        _S[333],
                    ),
                ),
                Citation(
                    path='preferred_for',
                    sources=(
                        _S[333],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[326],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[326],
                        _S[330],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[316],
                        _S[315],
                        _S[324],
                        _S[325],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[382],
                        _S[381],
                    ),
                ),
            ),
        ),
        Credential(
            id='CANFITPRO-PTS',
            name='canfitpro PTS',
            organization=_O[15],
            kind=CredentialKind.CERTIFICATION,
            description="canfitpro's personal-training certification, for one-to-one and small-group training: evaluating clients and designing and monitoring their programs in clubs, homes and workplaces. The exam has a theory part and a practical part; the course, manual and study guide are optional, and candidates who skip the course buy an exam challenge package; a PRO TRAINER sends results within two weeks. canfitpro's pages seen use only the abbreviation PTS. Candidates' blogs (third-party, 2014 and 2019) describe a three-hour written exam of multiple choice and a case study with 80% needed to go on to the practical.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
                CareerSetting.COMMERCIAL_GYMS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                passing_score=PassingScore(
                    value=Decimal('80'),
                    scale=ScoreScale.PERCENT,
                ),
                parts=(
                    AssessmentPart(
                        name='Theory exam',
                        format=AssessmentFormat.WRITTEN,
                        duration=timedelta(seconds=10800),
                        description="according to candidates' blogs, about half multiple-choice and half case study (2019), with 80% needed to move on to the practical (2014)",
                    ),
                    AssessmentPart(
                        name='Practical exam',
                        format=AssessmentFormat.PRACTICAL,
                        description="a candidate's blog (2019): build a full program for a case-study client supplied by canfitpro, then spend about an hour taking a volunteer through assessments and exercises while a canfitpro trainer evaluates",
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('20'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='renewing up to one month after expiry, with all requirements met; plus applicable taxes; currency shown only as "$"; CAD inferred because canfitpro is a Canadian body',
                    sources=(
                        _S[339],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('99'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='more than one month but under a year after expiry, with a practical exam taken with a PRO TRAINER and current membership and CPR; the original certification date is kept; plus tax; currency shown only as "$"; CAD inferred because canfitpro is a Canadian body',
                    sources=(
                        _S[339],
                    ),
                ),
                Price(
                    pays_for=PriceItem.CERTIFICATION_PROGRAM,
                    amount=Decimal('489'),
                    currency=Currency.CAD,
                    bound=PriceBound.LOWER_BOUND,
                    jurisdiction='CA',
                    note="Third-party figure: a Canadian gym owner's opinion piece puts the cost of becoming a canfitpro PTS at $489 to $1,232 depending on the package chosen, citing canfitpro's PTS page plus FitnessTrainer.com and CourseTreeLearning.com; recorded as 'from $489' since it is a range across packages, not one price. Only '$' is shown: CAD inferred (Canadian body and author). No official canfitpro price for the PTS course or exam package was found in the stored copies.",
                    sources=(
                        _S[383],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('98'),
                    currency=Currency.CAD,
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='canfitpro prints no renewal fee separate from membership: yearly recertification needs a current professional membership plus CECs and CPR, and the professional membership renewal costs $98 a year plus GST/HST (canfitpro magazine, Jan/Feb 2024). A 2026 third-party article likewise calls the $98, auto-charged to the card on file, the yearly fee to keep the certification. CAD inferred from the Canadian taxes named. CEC and CPR course costs are extra.',
                    sources=(
                        _S[334],
                        _S[339],
                        _S[383],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='CANFITPRO',
                            description='joining canfitpro and keeping the membership current',
                        ),
                    ),
                    sources=(
                        _S[338],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=1,
                continuing_education=ContinuingEducation(
                    amount=Decimal('4.0'),
                    unit='CEC',
                    hours=Decimal('8'),
                ),
                grace_months=1,
                requires_cpr_aed=True,
                note='every year: a current professional canfitpro membership, 4.0 CECs issued within the past year and CPR level A from a live course within the past year; membership and all certifications expire on the same date and reminders start three months before; renewing within the 90-day window costs less; up to a month late, a late fee; from a month to a year late, a practical exam and a reinstatement fee; the rules beyond a year were cut off in the stored page; events not approved by canfitpro can be recognized for $11 plus tax per CEC (CAD inferred), at most 4.0 CECs per request and per year',
            ),
            disagreements=(
                Disagreement(
                    path='name',
                    value='Personal Training Specialist',
                    note="the full name appears only as a course-manual title on a low-quality page; canfitpro's own pages seen give only PTS",
                    sources=(
                        _S[345],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='No question count for the PTS theory exam was found; candidate blogs already cited give only a three-hour exam mixing multiple choice and a case study and an 80% mark to proceed.',
                    searched=(
                        'canfitpro PTS theory exam how many multiple choice questions passing grade 75% online exam',
                        'pages seen: canfitpro.com/en/certification/faq, staging.canfitpro.rshft.com/certification-faq/, thechangeofpace.wordpress.com (2014), movementtravel.com (2019)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No PTS pass rate was found.',
                    searched=(
                        'canfitpro PTS exam pass rate percentage of candidates pass first attempt',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[337],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[337],
                        _S[338],
                        _S[342],
                        _S[343],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[342],
                    ),
                ),
                Citation(
                    path='exam.parts[0]',
                    sources=(
                        _S[337],
                        _S[342],
                        _S[343],
                    ),
                ),
                Citation(
                    path='exam.parts[1]',
                    sources=(
                        _S[337],
                        _S[343],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[339],
                        _S[340],
                        _S[335],
                        _S[341],
                    ),
                ),
            ),
        ),
        Credential(
            id='CANFITPRO-FIS',
            name='Fitness Instructor Specialist',
            organization=_O[15],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'canfitpro Fitness Instructor Specialist',
            ),
            description="canfitpro's group fitness instructor certification, for leading large groups in safe and effective exercise classes; it covers leadership, motivation, movement patterns, cueing, musicality, choreography and class design. Candidates pass an exam with a theory part and a practical part; the course is optional, and certification requires a current canfitpro membership. The full name comes from a third-party page; canfitpro's own pages seen use FIS.",
            settings=(
                CareerSetting.GROUP_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                parts=(
                    AssessmentPart(
                        name='Theory exam',
                        format=AssessmentFormat.WRITTEN,
                    ),
                    AssessmentPart(
                        name='Practical exam',
                        format=AssessmentFormat.PRACTICAL,
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.LATE_FEE,
                    amount=Decimal('20'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='renewing up to one month after expiry, with all requirements met; plus applicable taxes; currency shown only as "$"; CAD inferred because canfitpro is a Canadian body',
                    sources=(
                        _S[339],
                    ),
                ),
                Price(
                    pays_for=PriceItem.REINSTATEMENT,
                    amount=Decimal('99'),
                    currency=Currency.CAD,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='more than one month but under a year after expiry, with a practical exam taken with a PRO TRAINER and current membership and CPR; the original certification date is kept; plus tax; currency shown only as "$"; CAD inferred because canfitpro is a Canadian body',
                    sources=(
                        _S[339],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('98'),
                    currency=Currency.CAD,
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    tax=TaxTreatment.ADDED,
                    jurisdiction='CA',
                    note='As for the PTS: no separate renewal fee is printed; the yearly requirement is a current professional membership (renewal $98 a year plus GST/HST per the Jan/Feb 2024 magazine) plus CECs and CPR, and membership and all certifications expire on the same date. CAD inferred from the Canadian taxes named. CEC and CPR course costs are extra.',
                    sources=(
                        _S[334],
                        _S[339],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='CANFITPRO',
                            description='joining canfitpro and keeping the membership current',
                        ),
                    ),
                    sources=(
                        _S[338],
                    ),
                ),
            ),
            expected_knowledge=(
                'leadership and motivation',
                'movement patterns',
                'cueing',
                'musicality',
                'choreography',
                'class design',
            ),
            recertification=Recertification(
                cycle_years=1,
                continuing_education=ContinuingEducation(
                    amount=Decimal('4.0'),
                    unit='CEC',
                    hours=Decimal('8'),
                ),
                grace_months=1,
                requires_cpr_aed=True,
                note='every year: a current professional canfitpro membership, 4.0 CECs issued within the past year and CPR level A from a live course within the past year; membership and all certifications expire on the same date and reminders start three months before; renewing within the 90-day window costs less; up to a month late, a late fee; from a month to a year late, a practical exam and a reinstatement fee; the rules beyond a year were cut off in the stored page; events not approved by canfitpro can be recognized for $11 plus tax per CEC (CAD inferred), at most 4.0 CECs per request and per year; events approved for both FIS and PTS count toward both at no extra cost',
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note='No FIS course, exam or exam-challenge price was found, official or third-party.',
                    searched=(
                        'how much does canfitpro FIS fitness instructor specialist certification cost',
                        'FIS course weekend canfitpro written exam multiple choice practical exam teaching a class cost me',
                        'canfitpro PTS certification price course and exam $ + HST Personal Training Specialist',
                        'canfitpro PTS exam challenge package price',
                        'Canfitpro PTS cost includes course exam manual recertification every year 4 CECs PTDC Canada certifications comparison',
                        'canfitpro magazine issuu Personal Training Specialist course register today $ members save',
                        'canfitpro Personal Training Specialist certification page online self-directed course exam bundle includes membership CPR',
                        'can fit pro review cost of course exam fee personal trainer certification Canada starting a personal training business',
                        'CanFitPro PTS Best Fast-Track Certification points Pros Cons price CAD renewal',
                        'pages seen: canfitpro.com/en/certification/faq, staging.canfitpro.rshft.com/certification-faq/, canfitpro.com/stay-certified/, issuu.com/canfitpro May/June 2023 issue (opening only), theptdc.com Canada certifications article and fitnesstrainer.com/blog/?p=1448 (openings only; their price charts did not surface)',
                        'pages seen: seewhatshecando.com FIS post (2019-02-11; no price in the stored text), betholdfield.ca PRO TRAINER post',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note='No question count for the FIS theory exam was found.',
                    searched=(
                        'FIS course weekend canfitpro written exam multiple choice practical exam teaching a class cost me',
                        'canfitpro PTS theory exam how many multiple choice questions passing grade 75% online exam',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No FIS pass rate was found.',
                    searched=(
                        'canfitpro PTS exam pass rate percentage of candidates pass first attempt',
                        'FIS course weekend canfitpro written exam multiple choice practical exam teaching a class cost me',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[337],
                _S[344],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[337],
                        _S[338],
                        _S[344],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='expected_knowledge',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[337],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[339],
                        _S[340],
                        _S[335],
                        _S[341],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-INTRO',
            name='ASCA Introduction Level S&C Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'Introduction Level S&C Coach',
                'ASCA Intro to S&C',
            ),
            description="ASCA's entry-level accreditation, earned by attending and completing the Intro to S&C course. ASCA's 2022 framework document opens it, with no prerequisites, to students from age 15 and to sport support teachers; a third-party page says it recognises coaches able to run an introductory athletic movement session. The id ASCA-INTRO is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            earned_by=EarningMethod.COURSE,
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=15,
                            description='aged 15 or over (entry is for students from 15 and for sport support teachers; no other prerequisites)',
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Intro to S&C course was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No ASCA exam with a published question count was found for this level. ASCA's 2022 framework document says the level is earned by attending and completing the course (after meeting any prerequisites), so no single certification exam is described.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                        _S[350],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-L1',
            name='ASCA Level 1 Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'ASCA Level 1',
            ),
            description="ASCA's accreditation for community- and club-level strength and conditioning coaches, earned by attending and completing the Level 1 course; standard entry is from age 18 with no prerequisites. A forum post quoting ASCA's course description (third party) puts the course at about 16 hours over two days, aimed at sports coaches, athletes, fitness trainers, PE teachers and first- and second-year sports science students. The id ASCA-L1 is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
            ),
            earned_by=EarningMethod.COURSE,
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='aged 18 or over (standard entry; no other prerequisites)',
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Level 1 course was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees. A 2024 news item on a Level 1 course held in Fiji says the regional course was funded by the Oceania National Olympic Committees' education programme; it gives no participant fee.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[390],
                    ),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No ASCA exam with a published question count was found for this level. ASCA's 2022 framework document says the level is earned by attending and completing the course (after meeting any prerequisites), so no single certification exam is described. A 2019 third-party column by a Level 1 participant says that after the workshop candidates complete quizzes, workbooks and written assignments marked by an assessor, with failed assignments returned for resubmission; it gives no question counts.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                        _S[389],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                        _S[346],
                        _S[352],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[346],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-AL2',
            name='ASCA Associate L2 Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'Associate L2 Coach',
                'ASCA Level 2',
            ),
            description="The entry level of ASCA's Professional Coach Accreditation Scheme (PCAS, Associate L2 to Master L3), whose levels identify coaches working in recognised sporting or tactical/operational S&C structures. It is earned by meeting prerequisites ASCA calls stringent (not listed in the sources seen) and completing the Associate L2 Course, called the ASCA Level 2 Course before the 2022 framework; under the older scheme Level 2 meant a coach at state or national level. The id ASCA-AL2 is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
                CareerSetting.TACTICAL,
            ),
            earned_by=EarningMethod.COURSE,
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Associate L2 course (formerly the ASCA Level 2 course) was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No ASCA exam with a published question count was found for this level. ASCA's 2022 framework document says the level is earned by attending and completing the course (after meeting any prerequisites), so no single certification exam is described.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                        _S[346],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[347],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-PL2',
            name='ASCA Professional L2 Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'Professional L2 Coach',
                'ASCA Professional L2 Accreditation',
            ),
            description="A level of ASCA's Professional Coach Accreditation Scheme, whose levels identify coaches working in recognised sporting or tactical/operational S&C structures. A coach who holds Associate L2 accreditation and meets further requirements (not detailed in the sources seen) applies for it on ASCA's Professional L2 application form. The id ASCA-PL2 is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
                CareerSetting.TACTICAL,
            ),
            earned_by=EarningMethod.APPLICATION,
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'ASCA-AL2',
                            ),
                            description='ASCA Associate L2 accreditation',
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="ASCA's additional requirements for Professional L2 (not detailed in the sources)",
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Professional L2 application was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No exam is described for this level: ASCA's 2022 framework document says it is reached by holding Associate L2 accreditation, meeting further requirements and applying on the Professional L2 form. No question count exists to record.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[347],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-EL3',
            name='ASCA Elite L3 Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'Elite L3 Coach',
            ),
            description="A level of ASCA's Professional Coach Accreditation Scheme, earned by meeting prerequisites (not listed in the sources seen) and completing the Elite L3 Course. Under ASCA's pre-2022 scheme, Level 3 meant a coach working at elite or international level; PCAS levels identify coaches in recognised sporting or tactical/operational S&C structures. The id ASCA-EL3 is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            settings=(
                CareerSetting.ELITE_ATHLETICS,
                CareerSetting.SPORTS_PERFORMANCE,
                CareerSetting.TACTICAL,
            ),
            earned_by=EarningMethod.COURSE,
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Elite L3 course was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No ASCA exam with a published question count was found for this level. ASCA's 2022 framework document says the level is earned by attending and completing the course (after meeting any prerequisites), so no single certification exam is described.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                        _S[346],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[346],
                        _S[347],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ASCA-ML3',
            name='ASCA Master L3 Coach',
            organization=_O[16],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'Master L3 Coach',
            ),
            description="The top level of ASCA's Professional Coach Accreditation Scheme, whose levels identify coaches working in recognised sporting or tactical/operational S&C structures. It is open to coaches who hold Elite L3 accreditation and meet further requirements; the sources seen neither list those requirements nor say how the level is applied for or assessed. The id ASCA-ML3 is fitcerts' own label, chosen for its fact tables; ASCA does not use it.",
            settings=(
                CareerSetting.SPORTS_PERFORMANCE,
                CareerSetting.TACTICAL,
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'ASCA-EL3',
                            ),
                            description='ASCA Elite L3 accreditation',
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="ASCA's additional requirements for Master L3 (not detailed in the sources)",
                        ),
                    ),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No fee for the Master L3 step (how it is applied for is not described) was found in any stored page, neither a current one nor an older dated course calendar. The stored copy of ASCA's 2022 framework document holds only its first page, which describes the levels but prints no fees.",
                    searched=(
                        'ASCA Level 1 strength and conditioning course fee $ inc GST',
                        'Australian Strength and Conditioning Association course calendar 2015 Level 1 Level 2 cost',
                        'ASCA Level 2 strength and conditioning coaching course registration price members non-members',
                        'ASCA Intro to Strength and Conditioning course online price',
                        'ASCA Professional Coach Accreditation Scheme application fee annual accreditation fee',
                        'Australian Strength and Conditioning Association Level 1 accreditation cost (docs corpus)',
                        'Professional L2 Accreditation Application payment fee ASCA member re-accreditation',
                        'ASCA Level 1 course $ price includes 12 months ASCA membership',
                        'ASCA Level 2 course prerequisites cost Australian strength conditioning scribd',
                        '"ASCA Level 1" course cost $ weekend Brisbane Sydney Melbourne strength conditioning coaching course',
                        'how much does ASCA level 1 cost strength and conditioning Australia price AUD',
                        'ASCA Level 3 accreditation application elite strength and conditioning coach requirements fee',
                        'ASCA Level 1 strength and conditioning course India Thailand New Zealand partner course fee',
                        'ASCA level 2 strength conditioning worth it cost reddit forum how much did you pay',
                        'scribd.com/document/700550235 (ASCA Professional L2 information and application e-form): only page 1 of 10 is stored',
                        'scribd.com/document/570602320 (ASCA Scope of Practice), australianfitnessandhealth.com.au ASCA article, weststigersforum.com thread, preparelikeapro.com guide, pina.com.fj 2024 news item, pressreader Sun.Star Cebu 2019 column: no fees in the stored text',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='No page seen says whether this ASCA accreditation expires, how often it must be renewed or what renewal costs; the stored first page of the 2022 framework document is silent on renewal. Not recorded as non-expiring because no source says so.',
                    searched=(
                        'strengthandconditioning.org ASCA accreditation re-accreditation renewal points every 4 years',
                        'ASCA coach re-accreditation four year cycle professional development points membership must be current',
                        'ASCA accreditation expires renewal continuing education ASCA coaches update points Level 1 accreditation valid',
                        'ausport.gov.au NCAS coach accreditation strength and conditioning ASCA course cost re-accreditation four years',
                        'Associate L2 achieve Professional L2 coaching hours mentor log submit application ASCA PCAS requirements',
                        'ASCA member number Professional L2 application e-form payment details declaration referee coaching hours logbook',
                        'scribd ASCA Professional L2 application (page 1 only) and ASCA Scope of Practice: no expiry, renewal cycle or renewal fee stated',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No exam is described for this level: ASCA's 2022 framework document says it requires Elite L3 accreditation plus further requirements, without describing an exam. No question count was found.",
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                        'scribd ASCA Professional L2 application e-form (page 1 of 10 stored)',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note='No pass or completion rate for this ASCA level was found; the level is earned through a course or application rather than a single published exam (see the questions gap), and ASCA publishes no outcome statistics in the pages seen.',
                    searched=(
                        "course and accreditation queries listed under this record's earn-price gap",
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[347],
                    ),
                ),
            ),
            sources=(
                _S[347],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[347],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[347],
                    ),
                ),
            ),
        ),
        Credential(
            id='ESSA-AES',
            name='Accredited Exercise Scientist',
            organization=_O[17],
            kind=CredentialKind.ACCREDITATION,
            aliases=(
                'AES',
                'ESSA Accredited Exercise Scientist',
            ),
            description="Exercise & Sports Science Australia's accreditation for exercise scientists; ESSA is the only body that grants it. It is granted on qualifications: a bachelor's degree at AQF level 7 or higher and meeting ESSA's Professional Standards for Exercise Science, which include 140 hours of practical experience delivering exercise interventions. Exercise science became an ESSA accreditation category in 2016, having been a membership category since 1991; holders keep it with yearly CPD, current first aid and CPR, professional indemnity insurance and ESSA's Code of Professional Conduct.",
            earned_by=EarningMethod.APPLICATION,
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's degree at AQF level 7 or higher",
                        ),
                    ),
                    sources=(
                        _S[360],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=140,
                            description="140 hours of practical experience delivering exercise interventions (part of ESSA's Professional Standards for Exercise Science)",
                        ),
                    ),
                    sources=(
                        _S[360],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="meet ESSA's Professional Standards for Exercise Science",
                        ),
                    ),
                    sources=(
                        _S[360],
                    ),
                ),
            ),
            established=2016,
            recertification=Recertification(
                cycle_years=1,
                continuing_education=ContinuingEducation(
                    amount=Decimal('20'),
                    unit='CPD points',
                ),
                requires_cpr_aed=True,
                note="20 CPD points each year, none due in the calendar year the accreditation is approved; a random audit each year. Holders working with clients keep first aid (HLTAID003, renewed every 3 years) and CPR (HLTAID001, renewed every year) current, hold professional indemnity insurance and follow ESSA's Code of Professional Conduct. The sources say CPR, not CPR/AED.",
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="No AES application or assessment fee was found. ESSA's pages seen describe the application steps, processing times and appeals (with fees in a separate fact sheet that is not stored) but print no individual accreditation fee; course-accreditation fees for universities are on a separate page and are not AES fees.",
                    searched=(
                        'ESSA accreditation fees Accredited Exercise Scientist annual accreditation fee membership fee schedule',
                        'Exercise & Sports Science Australia membership fees 2023 2024 inc GST exercise scientist',
                        'ESSA accreditation application assessment fee non-refundable graduate exercise science',
                        'essa.org.au membership and accreditation fees table AES AEP student member $',
                        'ESSA membership types exercise science member student member graduate member cost per year',
                        'is ESSA accreditation worth it cost per year Accredited Exercise Scientist fee insurance',
                        'ESSA fee schedule 2025 accreditation renewal fee AES $ GST inclusive',
                        'essa.secure-platform.com Accredited Exercise Scientist application eligibility fee payment',
                        'ESSA annual report membership numbers accreditation numbers AES revenue membership subscriptions',
                        'ESSA Public APPLY NOW fees accreditation application fee annual fee pro rata exercise scientist physiologist',
                        'Exercise and Sports Science Australia membership fee accreditation fee AES annual cost (docs corpus)',
                        'ESSA application before you start accreditation fee payable Accredited Exercise Scientist join online application documents',
                        'ESSA Public Join membership fees AES $ AEP $ ASpS annual membership and accreditation fee 2022',
                        'pages looked at: essa.org.au managing-your-accreditation, membership/accreditation (older), membership/renew-online, membership/membership-types, Public/APPLY_NOW Graduate_Entry_Assessment and Provisional_Accreditation, essa.secure-platform.com individual-accreditation home, scribd ESSA 2016 Annual Report (opening pages only): none prints an individual application, accreditation or membership fee',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="The yearly renewal amount was not found. ESSA's older renew-online page says the amount is shown on each member's renewal notice and that paying by credit card adds a 1.5% merchant fee, but prints no figure.",
                    searched=(
                        'ESSA accreditation fees Accredited Exercise Scientist annual accreditation fee membership fee schedule',
                        'Exercise & Sports Science Australia membership fees 2023 2024 inc GST exercise scientist',
                        'ESSA accreditation application assessment fee non-refundable graduate exercise science',
                        'essa.org.au membership and accreditation fees table AES AEP student member $',
                        'ESSA membership types exercise science member student member graduate member cost per year',
                        'is ESSA accreditation worth it cost per year Accredited Exercise Scientist fee insurance',
                        'ESSA fee schedule 2025 accreditation renewal fee AES $ GST inclusive',
                        'essa.secure-platform.com Accredited Exercise Scientist application eligibility fee payment',
                        'ESSA annual report membership numbers accreditation numbers AES revenue membership subscriptions',
                        'ESSA Public APPLY NOW fees accreditation application fee annual fee pro rata exercise scientist physiologist',
                        'Exercise and Sports Science Australia membership fee accreditation fee AES annual cost (docs corpus)',
                        'ESSA application before you start accreditation fee payable Accredited Exercise Scientist join online application documents',
                        'ESSA Public Join membership fees AES $ AEP $ ASpS annual membership and accreditation fee 2022',
                        'pages looked at: essa.org.au managing-your-accreditation, membership/accreditation (older), membership/renew-online, membership/membership-types, Public/APPLY_NOW Graduate_Entry_Assessment and Provisional_Accreditation, essa.secure-platform.com individual-accreditation home, scribd ESSA 2016 Annual Report (opening pages only): none prints an individual application, accreditation or membership fee',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[386],
                    ),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="No exam is described for the AES: ESSA grants it on qualifications (an AQF level 7 degree meeting the exercise science standards plus 140 practical hours), assessed from the applicant's documents. There is no question count to record.",
                    searched=(
                        'ESSA AES application pages listed under the earn-price gap',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[360],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No pass or approval rate was found; the AES is granted by application assessment rather than an exam, and ESSA's pages seen publish no approval statistics.",
                    searched=(
                        'ESSA AES application pages listed under the earn-price gap',
                        'ESSA annual report membership numbers accreditation numbers AES revenue membership subscriptions',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[360],
                    ),
                ),
            ),
            sources=(
                _S[360],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[360],
                        _S[355],
                        _S[361],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[360],
                    ),
                ),
                Citation(
                    path='established',
                    sources=(
                        _S[355],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[360],
                        _S[361],
                    ),
                ),
            ),
        ),
        Credential(
            id='USAW-L1',
            name='USA Weightlifting Level 1 Coach',
            organization=_O[18],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'USAW Level 1',
                'USAW Level 1 Sports Performance Coach',
                'Level One Sports Performance Certification',
            ),
            description="USA Weightlifting's first coaching course and credential: candidates attend the whole course and sit a written exam at its end (leaving early means rescheduling), and a course with fewer than 8 registrations may be cancelled. Third-party accounts describe a two-day weekend of lectures each followed by practical work (2010) and testing of theory and applied skills, with lift technique shown to experienced coaches. A current Level 1 credential is one route into the Weightlifting Training Specialist exam. The id USAW-L1 is fitcerts' own label, chosen for its fact tables; USAW does not use it.",
            settings=(
                CareerSetting.WEIGHTLIFTING,
            ),
            earned_by=EarningMethod.COURSE_AND_EXAM,
            exam=Exam(
                delivery=(
                    ExamDelivery.IN_PERSON,
                ),
                parts=(
                    AssessmentPart(
                        name='Written exam',
                        format=AssessmentFormat.WRITTEN,
                        description='taken at the end of the course',
                    ),
                    AssessmentPart(
                        name='Lift technique demonstration',
                        format=AssessmentFormat.PRACTICAL,
                        description='a third-party page says candidates demonstrate lift technique before experienced coaches',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="course fee not seen in the sources. Level 1 and Level 2 courses are non-refundable but registration is transferable (one free transfer, within 6 months, with 24 hours' notice); full refund or free transfer if USAW cancels; registration closes the Tuesday before the course at 11:45 pm MST (4 weeks before for Olympic Training Center courses); no discounts",
                    sources=(
                        _S[372],
                        _S[373],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('250'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2011, 9, 1),
                    note="reduced rate to retake a failed written exam at a later course or a national-event clinic, under a policy in force from 1 September 2011; two more attempts at this rate, then after a third failure a one-year wait and the full course fee again. The page shows only '$': USD is inferred from USAW being a US body",
                    sources=(
                        _S[373],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='USAW',
                            description='USA Weightlifting membership (needed to take a coaching course, per a third-party page)',
                        ),
                    ),
                    sources=(
                        _S[366],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=1,
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="The Level 1 course fee was not printed on any stored USAW page or dated third-party page; only the $250 retest rate (already in the data) appears. The data's not-reported placeholder stays.",
                    searched=(
                        'USA Weightlifting Level 1 Sports Performance Coach course registration $ price',
                        'USAW coaching course calendar Level 1 course $599 $549 registration fee weightlifting',
                        'USA Weightlifting coaching course policies "Beginning April" waiver failed exams retest',
                        'USAW sports performance coach course cost $ worth it forum catalyst athletics',
                        'dberninger USAW Level 1 Sports Performance Coach course blog 2010 cost',
                        'USA Weightlifting Level 1 coach course online hybrid virtual course fee usaweightlifting.org coaching education',
                        'how to become a weightlifting coach USAW Level 1 course cost Level 2 course requirements national coach international coach',
                        'gym hosting USA Weightlifting Level 1 Sports Performance Coach course register cost includes manual',
                        '"USA Weightlifting" Level 1 course "$549" OR "$599" OR "$499" coaching certification weekend',
                        'USA Weightlifting monthly update members coaching education courses price Level 1 Level 2 new pricing membership dues',
                        "pages looked at: teamusa.org coaching FAQ, coaching course policies (stored text stops at 'Beginning APRIL'), how-to-host-a-course, older course sanction form (docsbay), usaweightlifting.org 2022 'How to become a weightlifting coach' (opening only), dberninger.blogspot.com 2010, raymerstrength.com 2019, catalystathletics forum post: no course fee printed",
                        'content-farm pages (visualfoodie.com, winenfood.com, eatsip365.com) surfaced but showed no fee in the stored text and could not be the sole basis anyway',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="USAW's recertification page says a recertification fee is paid in WebPoint (separately from membership, and not refunded if membership is cancelled) but does not print the amount; the Level 1 Sport Performance FAQ adds that online renewal opens 2 months before expiry, again without a fee.",
                    searched=(
                        'USA Weightlifting coach recertification fee $ annual renewal coaching certification quiz',
                        'USA Weightlifting coaching recertification WebPoint Coaching Certification recertification test two attempts lapse',
                        'teamusa.org USA-Weightlifting Coaching Recertification and Level-1-Sport-Performance-FAQ pages: fee mentioned, amount not printed',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[387],
                        _S[388],
                    ),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="USAW's course policies say the Level 1 course ends in a written exam, but no stored page gives its number of questions (the only count seen is the 10-question yearly recertification quiz, which is not the course exam).",
                    searched=(
                        'USA Weightlifting Level 1 coach exam pass rate percent candidates fail written exam passing score',
                        'USA Weightlifting coaching course policies "Beginning April" waiver failed exams retest',
                        'teamusa.org coaching FAQ and course policies pages',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[373],
                        _S[387],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No pass rate for the Level 1 written exam was found on USAW's pages or elsewhere; USAW states retest rules but publishes no outcome figures in the pages seen.",
                    searched=(
                        'USA Weightlifting Level 1 coach exam pass rate percent candidates fail written exam passing score',
                        'teamusa.org coaching FAQ, course policies and recertification pages',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[372],
                _S[374],
                _S[375],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[373],
                        _S[372],
                        _S[374],
                        _S[375],
                        _S[365],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[372],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[373],
                    ),
                ),
                Citation(
                    path='exam.delivery',
                    sources=(
                        _S[373],
                    ),
                ),
                Citation(
                    path='exam.parts[0]',
                    sources=(
                        _S[373],
                    ),
                ),
                Citation(
                    path='exam.parts[1]',
                    sources=(
                        _S[375],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[387],
                    ),
                ),
            ),
        ),
        Credential(
            id='USAW-L2',
            name='USA Weightlifting Level 2 Coach',
            organization=_O[18],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'USAW Level 2',
                'Level Two Senior Coach Certification',
            ),
            description="USA Weightlifting's second coaching course and credential; like every USAW coaching course it ends in a written exam that can be retaken at a reduced rate. A third-party page says the Level 1 course must be completed first and that Level 2 puts more weight on programming, performance, speed and power, and running a club. The id USAW-L2 is fitcerts' own label, chosen for its fact tables; USAW does not use it.",
            settings=(
                CareerSetting.WEIGHTLIFTING,
            ),
            earned_by=EarningMethod.COURSE_AND_EXAM,
            exam=Exam(
                parts=(
                    AssessmentPart(
                        name='Written exam',
                        format=AssessmentFormat.WRITTEN,
                        description='taken at the end of the course',
                    ),
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.COURSE_AND_EXAM,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note='course fee not seen in the sources; the course is non-refundable but registration is transferable, with a full refund or free transfer if USAW cancels',
                    sources=(
                        _S[372],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RETAKE,
                    amount=Decimal('250'),
                    bound=PriceBound.EXACT,
                    jurisdiction='US',
                    valid_from=date(2011, 9, 1),
                    note="reduced rate to retake a failed written exam at a later course or a national-event clinic, under a policy in force from 1 September 2011; two more attempts at this rate, then after a third failure a one-year wait and the full course fee again. The page shows only '$': USD is inferred from USAW being a US body",
                    sources=(
                        _S[373],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'USAW-L1',
                            ),
                            description='completion of the USA Weightlifting Level 1 course (per a third-party page)',
                        ),
                    ),
                    sources=(
                        _S[375],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MEMBERSHIP,
                            organization='USAW',
                            description='USA Weightlifting membership (needed to take a coaching course, per a third-party page)',
                        ),
                    ),
                    sources=(
                        _S[366],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=1,
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="The Level 2 course fee was not found on any stored page; USAW's FAQ says Level 2 courses are non-refundable but transferable, without a price.",
                    searched=(
                        'USA Weightlifting Level 1 Sports Performance Coach course registration $ price',
                        'USAW coaching course calendar Level 1 course $599 $549 registration fee weightlifting',
                        'USA Weightlifting coaching course policies "Beginning April" waiver failed exams retest',
                        'USAW sports performance coach course cost $ worth it forum catalyst athletics',
                        'dberninger USAW Level 1 Sports Performance Coach course blog 2010 cost',
                        'USA Weightlifting Level 1 coach course online hybrid virtual course fee usaweightlifting.org coaching education',
                        'how to become a weightlifting coach USAW Level 1 course cost Level 2 course requirements national coach international coach',
                        'gym hosting USA Weightlifting Level 1 Sports Performance Coach course register cost includes manual',
                        '"USA Weightlifting" Level 1 course "$549" OR "$599" OR "$499" coaching certification weekend',
                        'USA Weightlifting monthly update members coaching education courses price Level 1 Level 2 new pricing membership dues',
                        "pages looked at: teamusa.org coaching FAQ, coaching course policies (stored text stops at 'Beginning APRIL'), how-to-host-a-course, older course sanction form (docsbay), usaweightlifting.org 2022 'How to become a weightlifting coach' (opening only), dberninger.blogspot.com 2010, raymerstrength.com 2019, catalystathletics forum post: no course fee printed",
                        'content-farm pages (visualfoodie.com, winenfood.com, eatsip365.com) surfaced but showed no fee in the stored text and could not be the sole basis anyway',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note="USAW's recertification page says a recertification fee is paid in WebPoint (separately from membership, and not refunded if membership is cancelled) but does not print the amount; the Level 1 Sport Performance FAQ adds that online renewal opens 2 months before expiry, again without a fee.",
                    searched=(
                        'USA Weightlifting coach recertification fee $ annual renewal coaching certification quiz',
                        'USA Weightlifting coaching recertification WebPoint Coaching Certification recertification test two attempts lapse',
                        'teamusa.org USA-Weightlifting Coaching Recertification and Level-1-Sport-Performance-FAQ pages: fee mentioned, amount not printed',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[387],
                        _S[388],
                    ),
                ),
                Gap(
                    field=GapField.QUESTIONS,
                    reason=GapReason.NOT_FOUND,
                    note="USAW's course policies say the Level 2 course ends in a written exam, but no stored page gives its number of questions (the only count seen is the 10-question yearly recertification quiz, which is not the course exam).",
                    searched=(
                        'USA Weightlifting Level 1 coach exam pass rate percent candidates fail written exam passing score',
                        'USA Weightlifting coaching course policies "Beginning April" waiver failed exams retest',
                        'teamusa.org coaching FAQ and course policies pages',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[373],
                        _S[387],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No pass rate for the Level 2 written exam was found on USAW's pages or elsewhere; USAW states retest rules but publishes no outcome figures in the pages seen.",
                    searched=(
                        'USA Weightlifting Level 1 coach exam pass rate percent candidates fail written exam passing score',
                        'teamusa.org coaching FAQ, course policies and recertification pages',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[372],
                _S[375],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[373],
                        _S[375],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[372],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[373],
                    ),
                ),
                Citation(
                    path='exam.parts',
                    sources=(
                        _S[373],
                    ),
                ),
                Citation(
                    path='recertification.cycle_years',
                    sources=(
                        _S[387],
                    ),
                ),
            ),
        ),
        Credential(
            id='USAW-WTS',
            name='Weightlifting Training Specialist',
            organization=_O[18],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'USAW WTS',
                'WTS',
                'USA Weightlifting Weightlifting Training Specialist',
            ),
            description="USA Weightlifting's exam-based credential: candidates meet the eligibility rules, pass a 120-question multiple-choice exam (some questions show technique videos) and accept USAW's professional accountability standards. The exam is taken in person at USAW headquarters in Colorado Springs or online in one sitting with a live proctor (Strasz Online Proctoring Service), with government photo ID. The experience route is printed as 2,500 hours 'over the last 12 months'. The id USAW-WTS is fitcerts' own label, chosen for its fact tables; USAW does not use it.",
            settings=(
                CareerSetting.WEIGHTLIFTING,
            ),
            earned_by=EarningMethod.EXAM,
            exam=Exam(
                questions=120,
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=9000),
                topics=(
                    'Mobility assessment',
                    'Programming',
                    'Pedagogy',
                    'Training',
                    'Leadership and management',
                    'Lifestyle education',
                    'Safety',
                ),
                delivery=(
                    ExamDelivery.IN_PERSON,
                    ExamDelivery.REMOTE_PROCTORED,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RETAKE,
                    bound=PriceBound.NOT_REPORTED,
                    jurisdiction='US',
                    note="further attempts are charged a 'retest rate' whose amount the page does not give",
                    sources=(
                        _S[365],
                    ),
                ),
            ),
            requirements_known=True,
            requirements=(
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.MINIMUM_AGE,
                            minimum_age=18,
                            description='aged 18 or over at application',
                        ),
                    ),
                    sources=(
                        _S[365],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CREDENTIAL,
                            credentials=(
                                'USAW-L1',
                            ),
                            description='a current USA Weightlifting Level 1 Coach credential',
                        ),
                        Condition(
                            kind=ConditionKind.EXPERIENCE_HOURS,
                            hours=2500,
                            description="2,500 hours of equivalent professional experience 'over the last 12 months' (as the page prints it)",
                        ),
                    ),
                    sources=(
                        _S[365],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description="accept USAW's professional accountability standards",
                        ),
                    ),
                    sources=(
                        _S[365],
                    ),
                ),
            ),
            disagreements=(
                Disagreement(
                    path='exam.duration',
                    value='two to three hours',
                    note='another stored version of the same undated USAW page tells candidates to expect two to three hours; neither version shows which is newer, so the fixed 2.5 hours, which lies inside that range, is kept',
                    sources=(
                        _S[365],
                    ),
                ),
            ),
            gaps=(
                Gap(
                    field=GapField.EARN_PRICE,
                    reason=GapReason.NOT_FOUND,
                    note="Both stored versions of USAW's WTS credential page describe eligibility, the exam and a 'retest rate' but print no exam or application fee.",
                    searched=(
                        'Weightlifting Training Specialist exam fee cost USA Weightlifting WTS credential $',
                        'Weightlifting Training Specialist WTS exam registration purchase price retest rate USAW education store',
                        'usaweightlifting.org weightlifting-training-specialist-credential (two stored versions): no fee',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[365],
                    ),
                ),
                Gap(
                    field=GapField.RENEWAL_FEE,
                    reason=GapReason.NOT_FOUND,
                    note='Neither stored version of the WTS credential page says whether the credential expires or how it is renewed; it asks candidates to commit to professional accountability standards only. No renewal fee or cycle was found.',
                    searched=(
                        'Weightlifting Training Specialist exam fee cost USA Weightlifting WTS credential $',
                        'Weightlifting Training Specialist WTS exam registration purchase price retest rate USAW education store',
                        'USA Weightlifting coach recertification fee $ annual renewal coaching certification quiz',
                    ),
                    searched_on=date(2026, 12, 7),
                    sources=(
                        _S[365],
                    ),
                ),
                Gap(
                    field=GapField.PASS_RATE,
                    reason=GapReason.NOT_FOUND,
                    note="No WTS pass rate or passing score was found; the credential page mentions only retests at a 'retest rate'.",
                    searched=(
                        'Weightlifting Training Specialist credential pass rate passing score candidates 2023 2024',
                        'usaweightlifting.org weightlifting-training-specialist-credential (two stored versions)',
                    ),
                    searched_on=date(2026, 12, 7),
                ),
            ),
            sources=(
                _S[365],
            ),
            citations=(
                Citation(
                    path='description',
                    sources=(
                        _S[365],
                    ),
                ),
                Citation(
                    path='settings',
                    sources=(
                        _S[365],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[365],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[365],
                    ),
                ),
            ),
        ),
    ),
)
