"""Data release 2026.1, compiled from its JSON files by
``python -m fitcerts.codegen``. Generated: do not edit; edit the data and regenerate.
"""

from datetime import date, timedelta  # noqa: F401
from decimal import Decimal  # noqa: F401

from fitcerts.dataformat import (
    ReleaseRecords,
)
from fitcerts.records import (
    Condition,
    Credential,
    Exam,
    Organization,
    PassRate,
    PassingScore,
    Price,
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
    'sources.json': '5835b557ba993e96b473463bdd9006b7636a4df0cbfdf2dc692200890bce53e5',
    'organizations.json': 'be8368fa398a0ad9513d49adb1eae4d8df485ace7b223cab9281bf31748adbbe',
    'credentials.json': 'f5e1e42fb7ffd853c13dae3e3cb34c460b0fe22f8ac42d59fea26e3ed198cb43',
}

_S = [
    Source(
        id='article-2025',
        title='Choosing between NSCA and NASM certifications',
        year=2025,
        kind=SourceKind.ARTICLE,
    ),
]
_O = [
    Organization(
        id='NSCA',
        name='National Strength and Conditioning Association',
        abbreviation='NSCA',
        founded=1978,
        type=OrganizationType.NONPROFIT,
        description='Nonprofit, member-based association for strength and conditioning, founded in 1978. Besides its five certifications it runs conferences and workshops, publishes peer-reviewed research and counts more than 60,000 members and certified professionals.',
        sources=(
            _S[0],
        ),
    ),
    Organization(
        id='NASM',
        name='National Academy of Sports Medicine',
        abbreviation='NASM',
        founded=1987,
        type=OrganizationType.MEMBERSHIP,
        description='Membership organization, founded in 1987, that certifies and educates personal trainers, nutrition coaches and wellness coaches. Its programs are built on its own Optimum Performance Training (OPT) model for program design and corrective exercise.',
        sources=(
            _S[0],
        ),
    ),
    Organization(
        id='ISSA',
        name='International Sports Sciences Association',
        abbreviation='ISSA',
        description='Issuer of the ISSA Strength and Conditioning Coach certification, earned through an online course and an exam.',
        sources=(
            _S[0],
        ),
    ),
    Organization(
        id='NCSF',
        name='National Council on Strength & Fitness',
        abbreviation='NCSF',
        description='Issuer of the NCSF Certified Strength Coach certification, earned through an online course and an exam.',
        sources=(
            _S[0],
        ),
    ),
    Organization(
        id='CSCCa',
        name='Collegiate Strength and Conditioning Coaches Association',
        abbreviation='CSCCa',
        description='Issuer of the SCCC certification for strength and conditioning coaches in collegiate sport, examined in person.',
        sources=(
            _S[0],
        ),
    ),
]
RECORDS = ReleaseRecords(
    version='2026.1',
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
            description="NSCA's flagship credential for coaches who design strength and conditioning programs for athletes. Many collegiate and professional team coaching jobs ask for it, and its exam goes deep into the underlying science.",
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
                question_format=QuestionFormat.MULTIPLE_CHOICE,
                duration=timedelta(seconds=14400),
                passing_score=PassingScore(
                    value=Decimal('70'),
                    scale=ScoreScale.PERCENT,
                ),
                pass_rates=(
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
            ),
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('340'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('475'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
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
                    ),
                    sources=(
                        _S[0],
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
            sources=(
                _S[0],
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
            description='NSCA credential for practitioners who use data and analysis to improve how athletes are trained.',
            settings=(
                CareerSetting.SPORT_SCIENCE,
            ),
            sources=(
                _S[0],
            ),
        ),
        Credential(
            id='NSCA-CPT',
            name='NSCA Certified Personal Trainer',
            organization=_O[0],
            kind=CredentialKind.CERTIFICATION,
            description="NSCA's personal trainer certification, grounded in exercise science, for trainers who improve the fitness and health of individual clients.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
                CareerSetting.GENERAL_FITNESS,
            ),
            earned_by=EarningMethod.EXAM,
            prices=(
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('300'),
                    audience=Audience.MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
                    ),
                ),
                Price(
                    pays_for=PriceItem.EXAM,
                    amount=Decimal('435'),
                    audience=Audience.NON_MEMBER,
                    bound=PriceBound.EXACT,
                    sources=(
                        _S[0],
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
                    ),
                ),
            ),
            sources=(
                _S[0],
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
            sources=(
                _S[0],
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
            sources=(
                _S[0],
            ),
        ),
        Credential(
            id='NASM-CPT',
            name='NASM Certified Personal Trainer',
            organization=_O[1],
            kind=CredentialKind.CERTIFICATION,
            description="NASM's widely known personal trainer certification, taught around its science-based curriculum.",
            settings=(
                CareerSetting.PERSONAL_TRAINING,
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
                    ),
                ),
            ),
            sources=(
                _S[0],
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
            sources=(
                _S[0],
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
            sources=(
                _S[0],
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
            sources=(
                _S[0],
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
            sources=(
                _S[0],
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
            sources=(
                _S[0],
            ),
        ),
        Credential(
            id='NASM-PBC',
            name='Physique and Bodybuilding Coach Specialization',
            organization=_O[1],
            kind=CredentialKind.SPECIALIZATION,
            aliases=(
                'Physique and Body Building Coach Specialization',
            ),
            description='NASM specialization for coaches focused on building muscle, strength and physique aesthetics.',
            settings=(
                CareerSetting.PHYSIQUE,
            ),
            sources=(
                _S[0],
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
            sources=(
                _S[0],
            ),
        ),
        Credential(
            id='ISSA-SCC',
            name='Strength and Conditioning Coach',
            organization=_O[2],
            kind=CredentialKind.CERTIFICATION,
            aliases=(
                'ISSA Strength and Conditioning Coach',
            ),
            description="ISSA's strength and conditioning certification, with a broad scope meant to open many kinds of work; earned online through a course and an exam.",
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            sources=(
                _S[0],
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
            description='NCSF certification for aspiring strength and conditioning coaches aiming at collegiate or elite athletics; earned online through a course and an exam.',
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.ELITE_ATHLETICS,
            ),
            earned_by=EarningMethod.ONLINE_COURSE_AND_EXAM,
            sources=(
                _S[0],
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
            description='CSCCa certification for strength and conditioning coaches aiming at collegiate or elite athletics. Its exam has a written and a practical part, both sat in person at an authorised testing site.',
            settings=(
                CareerSetting.COLLEGIATE_ATHLETICS,
                CareerSetting.ELITE_ATHLETICS,
            ),
            earned_by=EarningMethod.WRITTEN_AND_PRACTICAL_IN_PERSON,
            exam=Exam(
                sections=(
                    'Written',
                    'Practical',
                ),
                delivery=(
                    ExamDelivery.TESTING_CENTRE,
                ),
            ),
            sources=(
                _S[0],
            ),
        ),
    ),
)
