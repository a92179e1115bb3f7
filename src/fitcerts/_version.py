"""The release numbers, kept in one place so the build and the package agree."""

# The bundled data release. The package version is this plus a code patch number.
DATA_VERSION = "2026.6"
__version__ = "2026.6.0"
