"""ppfextract: Putting People First returns from council papers, as verifiable data.

    >>> import ppfextract
    >>> record = ppfextract.extract("corpus/sefton-2011-02-16.docx")
    >>> record.council
    'Sefton'
"""

from __future__ import annotations

from .api import extract, extract_many, extract_safe, read_document
from .output import records_to_frames
from .record import Record
from .settings import Settings

__version__ = "0.1.0"
__all__ = ["Record", "Settings", "extract", "extract_many", "extract_safe",
           "read_document", "records_to_frames", "__version__"]
