"""Data release 2026.3, compiled from its JSON files by
``python -m fitcerts.codegen``. Generated: do not edit; edit the data and regenerate.
"""

from datetime import date, timedelta  # noqa: F401
from decimal import Decimal  # noqa: F401

from fitcerts.dataformat import (
    ReleaseRecords,
)
from fitcerts.records import (
    Accreditation,
    Citation,
    Condition,
    Credential,
    Disagreement,
    Exam,
    Organization,
    PassRate,
    PassingScore,
    Price,
    Recertification,
    Requirement,
    Source,
)
from fitcerts.vocabulary import (
    Audience,
    CareerSetting,
    ConditionKind,
    CredentialKind,
    EarningMethod,
    Education,
    ExamDelivery,
    OrganizationType,
    PriceBound,
    PriceItem,
    QuestionFormat,
    RequirementLevel,
    ScoreScale,
    SourceKind,
)

# The digests of the files this module was generated from.
DIGESTS = {
    'sources.json': 'ec154711aa79434de5e6ad794c4b839ddb1199faf9db2b548d6b4b60bb913ea1',
    'organizations.json': 'f7653a3ad13993e8598469d27d925523a803877c15eebb41eb0e05df312e1ccc',
    'credentials.json': '0f49def77702c1e4db9b27bd3d67f21b9425e5519441fa90a44244744234ffce',
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-recertification',
        title='Recertification (2024-2026 cycle)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/recertification/',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-recertification-2018',
        title='Recertification (2018-2020 cycle)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/recertification/',
        year=2018,
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-exam',
        title='CSCS exam description',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cscs/certified-strength-and-conditioning-specialist-exam-description',
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cscs-exam-2017',
        title='CSCS exam description (2017 version)',
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-cpss-exam-2021',
        title='CPSS exam description (launch version)',
        publisher='NSCA',
        url='https://www.nsca.com/certification/cpss/cpss-exam-description/',
        year=2021,
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nsca-tsacf-exam',
        title='TSAC-F exam description',
        publisher='NSCA',
        url='https://www.nsca.com/certification/tsac-f/tactical-strength-and-conditioning-facilitator-exam-description/',
        year=2024,
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
        year=2025,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cscs',
        title='About the CSCS',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/exams/cscs/introduction/about-the-cscs',
        year=2026,
        kind=SourceKind.THIRD_PARTY,
    ),
    Source(
        id='open-exam-prep-cscs-pass-rate',
        title='CSCS exam pass rate and study tips (2026)',
        publisher='Open Exam Prep',
        url='https://open-exam-prep.com/blog/cscs-exam-pass-rate-study-tips-2026',
        year=2026,
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
        year=2016,
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-handbook-2022',
        title='NASM CPT candidate handbook (November 2022)',
        publisher='NASM',
        url='https://www.scribd.com/document/659796308/NASM-Candidate-Handbook',
        year=2022,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='nasm-handbook-2017',
        title='NASM CPT candidate handbook (August 2017)',
        publisher='NASM',
        url='https://pdfrog.com/documents/4f3_certified-personal-trainer-cpt-nasm.html',
        year=2017,
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
        title='ISSA certification course catalog 2018-2019',
        publisher='ISSA',
        url='https://scribd.com/document/404001311/issa-certification-course-catalog-1-pdf',
        year=2018,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='issa-catalog-2014',
        title='ISSA vocational catalog 2014-2015',
        publisher='ISSA',
        url='https://tr.scribd.com/document/249875948/Issa-Voc-Catalog',
        year=2014,
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
        title='SCCC requirements for candidates who are not full-time coaches',
        publisher='CSCCa',
        url='http://cscca.org/certification/sccc/not_fulltime',
        year=2024,
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
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-2020-cpr',
        title='Important SCCC info: upcoming exam opportunities',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-8/',
        year=2020,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-2020-psi',
        title='Important SCCC info: upcoming exam opportunities',
        publisher='CSCCa Monthly',
        url='http://csccamonthly.com/important-sccc-info-upcoming-exam-opportunities-12/',
        year=2020,
        kind=SourceKind.OFFICIAL,
    ),
    Source(
        id='cscca-monthly-coursework',
        title='Important SCCC info: upcoming exam opportunities',
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
]
_O = [
    Organization(
        id='NSCA',
        name='National Strength and Conditioning Association',
        abbreviation='NSCA',
        founded=1978,
        type=OrganizationType.NONPROFIT,
        headquarters='Colorado Springs, Colorado, United States',
        website='https://www.nsca.com',
        description="Nonprofit membership association for strength and conditioning, started in 1978 when 76 strength coaches met to organise their profession; it is based in Colorado Springs. It certifies coaches and trainers through five credentials, runs conferences and workshops, and publishes several titles, two of them peer-reviewed journals (the Journal of Strength and Conditioning Research and the Strength and Conditioning Journal). The article counts more than 60,000 members and credentialed professionals; NSCA's own, older history text says nearly 30,000 members in 72 countries.",
        prices=(
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                amount=Decimal('65'),
                tier='student',
                tier_name='Student',
                bound=PriceBound.EXACT,
                note='about $65 a year, as a student member reported it in 2015; students must prove full-time enrolment each year',
                sources=(
                    _S[32],
                ),
            ),
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                tier='professional',
                tier_name='Professional',
                bound=PriceBound.NOT_REPORTED,
                note='member exam rates are for Student and Professional members only',
                sources=(
                    _S[17],
                ),
            ),
        ),
        disagreements=(
            Disagreement(
                path='prices[1]',
                value='$130 a year',
                note='a page that looks auto-generated calls this a 2026 estimate; such a page is never the only basis for a value',
                sources=(
                    _S[40],
                ),
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
                    _S[0],
                    _S[1],
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
                path='website',
                sources=(
                    _S[1],
                ),
            ),
            Citation(
                path='description',
                sources=(
                    _S[0],
                    _S[1],
                    _S[27],
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
        website='https://www.nasm.org',
        description='Trainer-education company founded in 1987 that certifies personal trainers and offers specializations and coaching credentials in nutrition, wellness and performance. Its courses follow its own Optimum Performance Training (OPT) model, which moves clients through stabilization, strength and power phases. Only its personal trainer certification is NCCA-accredited. A third-party encyclopedia lists it as a for-profit subsidiary of Ascend Learning.',
        disagreements=(
            Disagreement(
                path='type',
                value='for-profit',
                note='a third-party encyclopedia; the article, which ranks higher, calls NASM a membership organization',
                sources=(
                    _S[54],
                ),
            ),
            Disagreement(
                path='headquarters',
                value='Chandler, Arizona',
                note="address in NASM's older (2017) candidate handbook; the newer pages give Gilbert",
                sources=(
                    _S[45],
                ),
            ),
            Disagreement(
                path='headquarters',
                value='Calabasas, California',
                note='an old third-party encyclopedia entry',
                sources=(
                    _S[55],
                ),
            ),
        ),
        sources=(
            _S[0],
            _S[42],
        ),
        citations=(
            Citation(
                path='founded',
                sources=(
                    _S[0],
                    _S[52],
                ),
            ),
            Citation(
                path='headquarters',
                sources=(
                    _S[42],
                    _S[44],
                ),
            ),
            Citation(
                path='website',
                sources=(
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
        description='Fitness education organization founded in 1988 by Sal Arria and Frederick Hatfield, offering a dozen or so online certifications, among them a strength and conditioning coach course. Its NCCA-accredited exam, for personal trainers only, is run by its subsidiary NCCPT; its own course exams are taken online.',
        disagreements=(
            Disagreement(
                path='headquarters',
                value='Santa … (the rest of the name is cut off)',
                note='a third-party guide whose text is truncated',
                sources=(
                    _S[75],
                ),
            ),
        ),
        sources=(
            _S[0],
            _S[67],
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
                path='description',
                sources=(
                    _S[0],
                    _S[67],
                    _S[70],
                    _S[71],
                ),
            ),
        ),
    ),
    Organization(
        id='NCSF',
        name='National Council on Strength & Fitness',
        abbreviation='NCSF',
        founded=1996,
        headquarters='Coral Gables, Florida, United States',
        description='Certifying body founded in 1996 that grew out of an outreach programme at Florida International University. Its board sets independent exams for personal trainers, strength coaches and sports nutrition specialists, sat at Prometric test centres; its study courses are optional. It helped found the coalition behind the US Registry of Exercise Professionals.',
        sources=(
            _S[0],
            _S[77],
        ),
        citations=(
            Citation(
                path='founded',
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
                path='description',
                sources=(
                    _S[81],
                    _S[78],
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
        description='Nonprofit association of collegiate and professional strength and conditioning coaches, founded on 20 May 2000 in Las Vegas. It awards the SCCC certification, first offered in 2001, and a master-level MSCC. Membership runs from 1 August to 31 July and is optional for the SCCC, but members pay less for it.',
        prices=(
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                amount=Decimal('55'),
                tier='student',
                tier_name='Student',
                bound=PriceBound.EXACT,
                note='per membership year',
                sources=(
                    _S[84],
                ),
            ),
            Price(
                pays_for=PriceItem.MEMBERSHIP,
                amount=Decimal('110'),
                tier='full-time',
                tier_name='Full-time coach',
                bound=PriceBound.EXACT,
                note='per membership year',
                sources=(
                    _S[84],
                ),
            ),
        ),
        sources=(
            _S[0],
            _S[82],
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
                    _S[0],
                    _S[82],
                    _S[84],
                ),
            ),
        ),
    ),
]
RECORDS = ReleaseRecords(
    version='2026.3',
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
            description="NSCA's flagship credential for coaches who design strength and conditioning programs for athletes. Many collegiate and professional team coaching jobs ask for it, and its two-part exam goes deep into the underlying science. Transcripts and the CPR/AED card may follow within a year of the exam. From 2030, US candidates will need a degree from a CASCE-accredited program.",
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                        _S[27],
                        _S[28],
                        _S[32],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                        _S[27],
                        _S[28],
                        _S[32],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    amount=Decimal('268'),
                    bound=PriceBound.LOWER_BOUND,
                    note='Essential collection',
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
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
                            kind=ConditionKind.EDUCATION,
                            education=Education.BACHELOR,
                            description="a bachelor's (four-year) degree",
                        ),
                        Condition(
                            kind=ConditionKind.COLLEGE_SENIOR,
                            description='enrolment as a college senior at an accredited institution',
                        ),
                    ),
                    sources=(
                        _S[0],
                        _S[10],
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
                        _S[0],
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
                    sources=(
                        _S[7],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                ceus=Decimal('6.0'),
                requires_cpr_aed=True,
                note="One three-year cycle for every holder; the current cycle runs 2024 to 2026 and ends on 31 December 2026. Holders either report CEUs and pay the fee or retake the exam, and keep CPR/AED current either way. The CEU total and fees are the 2018-2020 cycle's, for those certified before 2018 (fewer for later starters); figures for the current cycle were not found.",
            ),
            disagreements=(
                Disagreement(
                    path='established',
                    value='1985',
                    note='a third-party page; NSCA itself gives 1993',
                    sources=(
                        _S[26],
                    ),
                ),
                Disagreement(
                    path='exam.passing_score',
                    value='70%',
                    note='the article writes 70%; NSCA sets a scaled score of 70, to be reached on each section',
                    sources=(
                        _S[0],
                    ),
                ),
                Disagreement(
                    path='exam.pass_rates[5]',
                    value='41% (2024)',
                    note="another third-party page, undated; the newer page's 39% is kept",
                    sources=(
                        _S[30],
                    ),
                ),
                Disagreement(
                    path='exam.pass_rates[6]',
                    value='50% (2025)',
                    note="a third-party page citing NSCA's 2025 exam report (9,650 candidates; about 71% passed Scientific Foundations and 55% Practical/Applied); the article ranks above it",
                    sources=(
                        _S[27],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='310',
                    note='an older computer-based member fee on a third-party page labelled 2022',
                    sources=(
                        _S[26],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='445',
                    note='an older computer-based non-member fee on a third-party page labelled 2022',
                    sources=(
                        _S[26],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[6],
            ),
            citations=(
                Citation(
                    path='established',
                    sources=(
                        _S[7],
                    ),
                ),
                Citation(
                    path='exam.questions',
                    sources=(
                        _S[0],
                        _S[8],
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
                    path='exam.duration',
                    sources=(
                        _S[0],
                        _S[28],
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
                    path='exam.delivery',
                    sources=(
                        _S[6],
                        _S[3],
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
                    path='description',
                    sources=(
                        _S[0],
                        _S[10],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[8],
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
            description="NSCA's most advanced credential, for sport scientists who turn data and analysis into better training and fewer injuries, as generalists or in one discipline. Candidates apply first and may register for the exam once NSCA approves them.",
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.APPLICATION,
                    amount=Decimal('25'),
                    bound=PriceBound.INCLUDED,
                    included_in=PriceItem.EXAM,
                    note='non-refundable; credited toward the exam fee once approved',
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[12],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
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
                ceus=Decimal('6.0'),
                requires_cpr_aed=True,
                note="One three-year cycle for every holder; the current cycle runs 2024 to 2026 and ends on 31 December 2026. Holders either report CEUs and pay the fee or retake the exam, and keep CPR/AED current either way. The CEU total and fees are the 2018-2020 cycle's, for those certified before 2018 (fewer for later starters); figures for the current cycle were not found.",
            ),
            sources=(
                _S[0],
                _S[11],
            ),
            citations=(
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
                    path='established',
                    sources=(
                        _S[16],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[12],
                    ),
                ),
                Citation(
                    path='exam',
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
                    path='exam.delivery',
                    sources=(
                        _S[3],
                        _S[12],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[11],
                        _S[13],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[15],
                    ),
                ),
            ),
        ),
        Credential(
            id='NSCA-CPT',
            name='NSCA Certified Personal Trainer',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            description="NSCA's personal trainer certification, grounded in exercise science, for trainers who assess, teach and train individual clients and refer them on when needed. No degree is needed; the CPR/AED card may be handed in up to a year after the exam.",
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                        _S[17],
                        _S[35],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('435'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                        _S[17],
                        _S[35],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
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
                            description='current CPR/AED certification',
                        ),
                    ),
                    sources=(
                        _S[0],
                        _S[18],
                        _S[38],
                    ),
                ),
            ),
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[39],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                ceus=Decimal('6.0'),
                requires_cpr_aed=True,
                note="One three-year cycle for every holder; the current cycle runs 2024 to 2026 and ends on 31 December 2026. Holders either report CEUs and pay the fee or retake the exam, and keep CPR/AED current either way. The CEU total and fees are the 2018-2020 cycle's, for those certified before 2018 (fewer for later starters); figures for the current cycle were not found.",
            ),
            sources=(
                _S[0],
                _S[17],
            ),
            citations=(
                Citation(
                    path='exam',
                    sources=(
                        _S[17],
                    ),
                ),
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[36],
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
                    path='description',
                    sources=(
                        _S[0],
                        _S[17],
                        _S[38],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[4],
                        _S[5],
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[20],
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
            description='NSCA credential for fitness professionals who work alongside healthcare providers with clients who have particular needs, such as young or older people and those with medical conditions.',
            settings=(
                CareerSetting.SPECIAL_POPULATIONS,
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[19],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[19],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
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
                                    description="a bachelor's degree",
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='in exercise science or a related field such as physical therapy',
                                ),
                            ),
                            description="a bachelor's degree in exercise science or a related field",
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
                            description='current CPR/AED certification',
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
                ceus=Decimal('6.0'),
                requires_cpr_aed=True,
                note="One three-year cycle for every holder; the current cycle runs 2024 to 2026 and ends on 31 December 2026. Holders either report CEUs and pay the fee or retake the exam, and keep CPR/AED current either way. The CEU total and fees are the 2018-2020 cycle's, for those certified before 2018 (fewer for later starters); figures for the current cycle were not found.",
            ),
            disagreements=(
                Disagreement(
                    path='prices[0]',
                    value='retakes cost the same as the first attempt',
                    note='only a page that looks auto-generated says so; not used',
                    sources=(
                        _S[40],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[19],
            ),
            citations=(
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
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[20],
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
            description='NSCA credential for those who prepare military, police, firefighting and other tactical personnel physically for the demands of their work.',
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[23],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('435'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[23],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('65'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
                    sources=(
                        _S[5],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('90'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='2018-2020 cycle, per credential, certified before 2018',
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
                            description='a high school diploma or equivalent',
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
                            description="any further prerequisite on NSCA's list (the stored copy of its page is cut off after the diploma)",
                        ),
                    ),
                    sources=(
                        _S[23],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=3,
                ceus=Decimal('6.0'),
                requires_cpr_aed=True,
                note="One three-year cycle for every holder; the current cycle runs 2024 to 2026 and ends on 31 December 2026. Holders either report CEUs and pay the fee or retake the exam, and keep CPR/AED current either way. The CEU total and fees are the 2018-2020 cycle's, for those certified before 2018 (fewer for later starters); figures for the current cycle were not found.",
            ),
            sources=(
                _S[0],
                _S[23],
            ),
            citations=(
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
                    ),
                ),
                Citation(
                    path='exam.passing_score',
                    sources=(
                        _S[24],
                    ),
                ),
            ),
        ),
        Credential(
            id='NASM-CPT',
            name='NASM Certified Personal Trainer',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            description="NASM's widely known personal trainer certification, taught around its science-based curriculum and OPT model and NASM's only NCCA-accredited credential. The exam must be proctored, online or in person, within 180 days of enrolling.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
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
                    'Basic and applied sciences and nutritional concepts',
                    'Assessment',
                    'Program design',
                    'Exercise technique and training instruction',
                    'Client relations and behavioral coaching',
                    'Professional development and responsibility',
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
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('99'),
                    bound=PriceBound.EXACT,
                    note='every two years; late fees of $30 or $50 apply',
                    sources=(
                        _S[49],
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
                            description='a student in a career and technical education programme',
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
                            description='a high school diploma or equivalent',
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
                            description='current adult CPR and AED certification from a course with a hands-on part',
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
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                ceus=Decimal('2.0'),
                requires_cpr_aed=True,
                note='2.0 NASM-approved CEUs every two years, 0.1 of them from the CPR/AED course; late renewal is accepted for up to a year',
            ),
            disagreements=(
                Disagreement(
                    path='exam.topics',
                    value='exercise technique 24% and program design 20% of the exam',
                    note='another third-party page; the weights used with these topics elsewhere are 22% and 21%',
                    sources=(
                        _S[59],
                    ),
                ),
                Disagreement(
                    path='prices[0].amount',
                    value='999',
                    note="list price of the cheapest (self-study) tier in a 2026 review, often about $699 on sale; the article's starting price ranks higher and NASM's own prices were not found",
                    sources=(
                        _S[57],
                    ),
                ),
                Disagreement(
                    path='prices[1].amount',
                    value='199',
                    note="a 2026 third-party review; NASM's guidelines say $99",
                    sources=(
                        _S[57],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[41],
            ),
            citations=(
                Citation(
                    path='established',
                    sources=(
                        _S[56],
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
                    path='recertification',
                    sources=(
                        _S[48],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[41],
                        _S[42],
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
            description='NASM credential for nutrition coaching of athletes and of the general public.',
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
                topics=(
                    'Nutritional science',
                    'Behavior change',
                    'Coaching and application',
                ),
                delivery=(
                    ExamDelivery.ONLINE,
                ),
            ),
            disagreements=(
                Disagreement(
                    path='exam.delivery',
                    value='remote-proctored',
                    note='a page that looks auto-generated calls the exam proctored; the kept source says open-book',
                    sources=(
                        _S[65],
                    ),
                ),
            ),
            sources=(
                _S[0],
            ),
            citations=(
                Citation(
                    path='exam',
                    sources=(
                        _S[64],
                    ),
                ),
                Citation(
                    path='earned_by',
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
            description='NASM credential for nutrition coaching aimed at athletes.',
            settings=(
                CareerSetting.NUTRITION,
            ),
            recertification=Recertification(
                cycle_years=2,
                ceus=Decimal('1.9'),
                requires_cpr_aed=False,
                note='late renewal is accepted for up to a year, with a $30 or $50 late fee',
            ),
            sources=(
                _S[0],
                _S[50],
            ),
            citations=(
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
            description="NASM credential that extends a fitness professional's work into wellness, mental health and overall well-being.",
            settings=(
                CareerSetting.WELLNESS,
            ),
            recertification=Recertification(
                cycle_years=2,
                ceus=Decimal('1.9'),
                requires_cpr_aed=False,
                note='late renewal is accepted for up to a year, with a $30 or $50 late fee',
            ),
            sources=(
                _S[0],
                _S[51],
            ),
            citations=(
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
            description='NASM specialization in mobility, injury prevention and corrective exercise.',
            settings=(
                CareerSetting.CORRECTIVE_EXERCISE,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
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
                    'Assessments',
                    'Corrective exercise programming',
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
            disagreements=(
                Disagreement(
                    path='exam.questions',
                    value='100',
                    note='a page that looks auto-generated',
                    sources=(
                        _S[63],
                    ),
                ),
                Disagreement(
                    path='exam.duration',
                    value='90 minutes',
                    note='a page that looks auto-generated',
                    sources=(
                        _S[63],
                    ),
                ),
            ),
            sources=(
                _S[0],
            ),
            citations=(
                Citation(
                    path='exam',
                    sources=(
                        _S[62],
                    ),
                ),
                Citation(
                    path='earned_by',
                    sources=(
                        _S[62],
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
            description='NASM specialization in training athletes for strength, conditioning and sport performance, taught through the OPT model. It is usually added on top of a personal trainer credential and asks for less scientific background than the CSCS.',
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
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.STUDY_MATERIALS,
                    bound=PriceBound.INCLUDED,
                    included_in=PriceItem.COURSE_AND_EXAM,
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
            disagreements=(
                Disagreement(
                    path='exam.passing_score',
                    value='scaled score of 70',
                    note='only a page that looks auto-generated says scaled; NASM scores its CPT exam that way',
                    sources=(
                        _S[61],
                    ),
                ),
                Disagreement(
                    path='exam.topics',
                    value='Sport psychology and coaching; Sport science foundations; Performance assessment and testing; Integrated training models; Athletic program design',
                    note='a 2026 third-party grouping of the same material into five areas',
                    sources=(
                        _S[60],
                    ),
                ),
            ),
            sources=(
                _S[0],
            ),
            citations=(
                Citation(
                    path='exam.duration',
                    sources=(
                        _S[0],
                        _S[60],
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
            description='NASM specialization for coaches focused on building muscle, strength and physique aesthetics.',
            settings=(
                CareerSetting.PHYSIQUE,
            ),
            sources=(
                _S[0],
            ),
            citations=(
                Citation(
                    path='aliases',
                    sources=(
                        _S[0],
                        _S[53],
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
            description='NASM specialization in evidence-based strategies that help clients lose weight.',
            settings=(
                CareerSetting.WEIGHT_LOSS,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            sources=(
                _S[0],
            ),
            citations=(
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
            description="ISSA's strength and conditioning certification, with a broad scope meant to open many kinds of work; earned online through a course and an exam. The course must be finished within eight months of purchase. It is not NCCA-accredited.",
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            exam=Exam(
                delivery=(
                    ExamDelivery.ONLINE,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.RECERTIFICATION,
                    amount=Decimal('0'),
                    tier='issa-ceus',
                    tier_name='CEUs from ISSA',
                    bound=PriceBound.EXACT,
                    note='when all 20 CEUs come from ISSA courses',
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
                    note='when CEUs are earned outside ISSA',
                    sources=(
                        _S[72],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                ceus=Decimal('20'),
                requires_cpr_aed=True,
                note='20 continuing-education hours every two years, with CPR/AED valid at least 30 days past submission',
            ),
            disagreements=(
                Disagreement(
                    path='accreditations',
                    value='NCCA',
                    note='a page that looks auto-generated; NCCPT says only its personal trainer exam is accredited',
                    sources=(
                        _S[74],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[72],
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
                    path='exam.delivery',
                    sources=(
                        _S[73],
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
            description="NCSF board certification for aspiring strength and conditioning coaches aiming at collegiate or elite athletics. The exam is sat at a Prometric test centre and does not depend on an NCSF course; candidates also agree to NCSF's code of ethics.",
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
                    note='for one NCSF credential',
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
                    note='for two or more NCSF credentials',
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
            accreditations=(
                Accreditation(
                    body='NCCA',
                    sources=(
                        _S[81],
                    ),
                ),
            ),
            recertification=Recertification(
                cycle_years=2,
                ceus=Decimal('10'),
                requires_cpr_aed=True,
                note='10 CEUs every two years (one CEU is two hours), including 2 for CPR and 1 for ethics; one set covers several NCSF credentials',
            ),
            disagreements=(
                Disagreement(
                    path='earned_by',
                    value='online-course-and-exam',
                    note="the article; NCSF's handbook treats its courses as optional preparation for a board exam",
                    sources=(
                        _S[0],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[76],
            ),
            citations=(
                Citation(
                    path='earned_by',
                    sources=(
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
                    path='recertification',
                    sources=(
                        _S[79],
                        _S[80],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[76],
                        _S[78],
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
            description="CSCCa certification for full-time collegiate and professional strength and conditioning coaches and the students preparing for that work. Candidates complete a mentored internship, then pass a written exam at a testing centre and a hands-on practical in person, both within three years. Holding it alongside another profession's certification is not allowed.",
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.ELITE_ATHLETICS,
            ),
            earned_by=EarningMethod.WRITTEN_AND_PRACTICAL_IN_PERSON,
            exam=Exam(
                sections=(
                    'Written: science and applied questions, at a testing centre',
                    'Practical: a hands-on evaluation in person',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                    ExamDelivery.IN_PERSON,
                ),
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('360'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    note='one fee covers the written and practical parts; a practicum fee is also due',
                    sources=(
                        _S[84],
                        _S[85],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('470'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    note='one fee covers the written and practical parts; a practicum fee is also due',
                    sources=(
                        _S[84],
                        _S[85],
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
                            description="a bachelor's degree from an accredited institution",
                        ),
                    ),
                    sources=(
                        _S[84],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.OTHER,
                            description='credit for five courses: two in anatomy and physiology, one in exercise physiology, one in biomechanics or kinesiology and one in nutrition (first-time candidates from 1 August 2024)',
                        ),
                    ),
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
                            description='a 640-hour internship under a CSCCa-approved mentor',
                        ),
                        Condition(
                            kind=ConditionKind.ALL_OF,
                            all_of=(
                                Condition(
                                    kind=ConditionKind.EXPERIENCE_YEARS,
                                    years=3,
                                    description='three years of full-time collegiate or professional coaching',
                                ),
                                Condition(
                                    kind=ConditionKind.OTHER,
                                    description='completing the mentoring packet with an approved mentor',
                                ),
                            ),
                            description='three years as a full-time collegiate or professional coach and the mentoring packet',
                        ),
                    ),
                    sources=(
                        _S[83],
                        _S[84],
                    ),
                ),
                Requirement(
                    level=RequirementLevel.REQUIRED,
                    any_of=(
                        Condition(
                            kind=ConditionKind.CPR_AED,
                            description='current CPR/AED certification from the American Red Cross or American Heart Association, not online-only',
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
                            description='current first aid certification',
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
                ceus=Decimal('45'),
                requires_cpr_aed=True,
                note="45 CEUs per three-year cycle (Aug to Jul) plus a health and safety quiz once per cycle; CPR/AED and first aid valid to the cycle's end",
            ),
            disagreements=(
                Disagreement(
                    path='exam.delivery',
                    value='both parts at an authorised testing site',
                    note='the article; CSCCa sends the written part to PSI test centres and runs the practical itself',
                    sources=(
                        _S[0],
                    ),
                ),
            ),
            sources=(
                _S[0],
                _S[83],
            ),
            citations=(
                Citation(
                    path='established',
                    sources=(
                        _S[82],
                    ),
                ),
                Citation(
                    path='exam',
                    sources=(
                        _S[85],
                        _S[90],
                        _S[89],
                    ),
                ),
                Citation(
                    path='recertification',
                    sources=(
                        _S[87],
                        _S[88],
                    ),
                ),
                Citation(
                    path='description',
                    sources=(
                        _S[0],
                        _S[83],
                        _S[85],
                    ),
                ),
            ),
        ),
    ),
)
