"""Data release 2026.1: the index of its compiled pieces, written by
``python -m fitcerts.codegen`` from the release's JSON files. Generated: do not edit.
"""

VERSION = '2026.1'
# The SHA-256 digest of the manifest.json this package was generated from.
MANIFEST = 'cee20c9f0942e43398f984a9bb7cf1873d1aed55514d4195f769e089d92daa53'

# id, name, aliases, organization id; piece credential_NNNN builds entry NNNN.
CREDENTIALS = (
    ('CSCS', 'Certified Strength and Conditioning Specialist', ('NSCA-CSCS',), 'NSCA'),
    ('CPSS', 'Certified Performance and Sport Scientist', ('NSCA-CPSS',), 'NSCA'),
    ('NSCA-CPT', 'NSCA Certified Personal Trainer', (), 'NSCA'),
    ('CSPS', 'Certified Special Population Specialist', ('NSCA-CSPS',), 'NSCA'),
    ('TSAC-F', 'Tactical Strength and Conditioning Facilitator', ('NSCA-TSAC-F',), 'NSCA'),
    ('NASM-CPT', 'NASM Certified Personal Trainer', (), 'NASM'),
    ('NASM-CNC', 'Certified Nutrition Coach', ('NASM Certified Nutrition Coach',), 'NASM'),
    ('NASM-CSNC', 'Certified Sports Nutrition Coach', ('Sports Nutrition Coach', 'NASM Sports Nutrition Coach'), 'NASM'),
    ('NASM-CWC', 'Certified Wellness Coach', ('NASM Certified Wellness Coach',), 'NASM'),
    ('NASM-CES', 'Corrective Exercise Specialization', ('NASM Corrective Exercise Specialization', 'Corrective Exercise Specialist'), 'NASM'),
    ('NASM-PES', 'Performance Enhancement Specialization', ('Performance Enhancement Specialist', 'NASM Performance Enhancement Specialist'), 'NASM'),
    ('NASM-PBC', 'Physique and Bodybuilding Coach Specialization', ('Physique and Body Building Coach Specialization',), 'NASM'),
    ('NASM-WLS', 'Weight Loss Specialization', ('NASM Weight Loss Specialization',), 'NASM'),
    ('ISSA-SCC', 'Strength and Conditioning Coach', ('ISSA Strength and Conditioning Coach',), 'ISSA'),
    ('NCSF-CSC', 'Certified Strength Coach', ('NCSF Certified Strength Coach',), 'NCSF'),
    ('CSCCA-SCCC', 'Strength and Conditioning Coach Certified', ('SCCC', 'CSCCa Strength and Conditioning Coach Certified'), 'CSCCa'),
)

# id, name, abbreviation; piece organization_NNNN builds entry NNNN.
ORGANIZATIONS = (
    ('NSCA', 'National Strength and Conditioning Association', 'NSCA'),
    ('NASM', 'National Academy of Sports Medicine', 'NASM'),
    ('ISSA', 'International Sports Sciences Association', 'ISSA'),
    ('NCSF', 'National Council on Strength & Fitness', 'NCSF'),
    ('CSCCa', 'Collegiate Strength and Conditioning Coaches Association', 'CSCCa'),
)
