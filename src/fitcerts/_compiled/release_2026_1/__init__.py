"""Data release 2026.1: the index of its compiled pieces, written by
``python -m fitcerts.codegen`` from the release's JSON files. Generated: do not edit.
"""

VERSION = '2026.1'
# The SHA-256 digest of the manifest.json this package was generated from.
MANIFEST = 'cee20c9f0942e43398f984a9bb7cf1873d1aed55514d4195f769e089d92daa53'

# In file order: piece credential_NNNN builds the credential at position NNNN.
CREDENTIAL_IDS = (
    'CSCS',
    'CPSS',
    'NSCA-CPT',
    'CSPS',
    'TSAC-F',
    'NASM-CPT',
    'NASM-CNC',
    'NASM-CSNC',
    'NASM-CWC',
    'NASM-CES',
    'NASM-PES',
    'NASM-PBC',
    'NASM-WLS',
    'ISSA-SCC',
    'NCSF-CSC',
    'CSCCA-SCCC',
)
# In file order: piece organization_NNNN builds the organization at position NNNN.
ORGANIZATION_IDS = (
    'NSCA',
    'NASM',
    'ISSA',
    'NCSF',
    'CSCCa',
)

# Normalized names (fitcerts.lookup.normalize) to positions, worked out as
# fitcerts.shelf does: ids, names and aliases; then the short names.
CREDENTIAL_NAMES = {
    'certifiedstrengthandconditioningspecialist': (0,),
    'cscs': (0,),
    'nscacscs': (0,),
    'certifiedperformanceandsportscientist': (1,),
    'cpss': (1,),
    'nscacpss': (1,),
    'nscacertifiedpersonaltrainer': (2,),
    'nscacpt': (2,),
    'certifiedspecialpopulationspecialist': (3,),
    'csps': (3,),
    'nscacsps': (3,),
    'nscatsacf': (4,),
    'tacticalstrengthandconditioningfacilitator': (4,),
    'tsacf': (4,),
    'nasmcertifiedpersonaltrainer': (5,),
    'nasmcpt': (5,),
    'certifiednutritioncoach': (6,),
    'nasmcertifiednutritioncoach': (6,),
    'nasmcnc': (6,),
    'certifiedsportsnutritioncoach': (7,),
    'nasmcsnc': (7,),
    'nasmsportsnutritioncoach': (7,),
    'sportsnutritioncoach': (7,),
    'certifiedwellnesscoach': (8,),
    'nasmcertifiedwellnesscoach': (8,),
    'nasmcwc': (8,),
    'correctiveexercisespecialist': (9,),
    'correctiveexercisespecialization': (9,),
    'nasmces': (9,),
    'nasmcorrectiveexercisespecialization': (9,),
    'nasmperformanceenhancementspecialist': (10,),
    'nasmpes': (10,),
    'performanceenhancementspecialist': (10,),
    'performanceenhancementspecialization': (10,),
    'nasmpbc': (11,),
    'physiqueandbodybuildingcoachspecialization': (11,),
    'nasmweightlossspecialization': (12,),
    'nasmwls': (12,),
    'weightlossspecialization': (12,),
    'issascc': (13,),
    'issastrengthandconditioningcoach': (13,),
    'strengthandconditioningcoach': (13,),
    'certifiedstrengthcoach': (14,),
    'ncsfcertifiedstrengthcoach': (14,),
    'ncsfcsc': (14,),
    'csccasccc': (15,),
    'csccastrengthandconditioningcoachcertified': (15,),
    'sccc': (15,),
    'strengthandconditioningcoachcertified': (15,),
}
CREDENTIAL_SHORT_NAMES = {
    'cpt': (2, 5),
    'cnc': (6,),
    'csnc': (7,),
    'cwc': (8,),
    'ces': (9,),
    'pes': (10,),
    'pbc': (11,),
    'wls': (12,),
    'scc': (13,),
    'csc': (14,),
}
# Ids, names and abbreviations of the organizations.
ORGANIZATION_NAMES = {
    'nationalstrengthandconditioningassociation': (0,),
    'nsca': (0,),
    'nasm': (1,),
    'nationalacademyofsportsmedicine': (1,),
    'internationalsportssciencesassociation': (2,),
    'issa': (2,),
    'nationalcouncilonstrength&fitness': (3,),
    'ncsf': (3,),
    'collegiatestrengthandconditioningcoachesassociation': (4,),
    'cscca': (4,),
}
