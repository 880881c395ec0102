"""Stop an oversized upload while it arrives, before it is written to a temporary file."""

from django.core.files.uploadhandler import FileUploadHandler, SkipFile


class UploadSizeLimit(FileUploadHandler):
    """First handler of the chain: skips any file past ``limit`` bytes.

    The rest of that file is read and dropped, the other fields are kept, and
    ``refused`` names the skipped files so that the view can say why.
    """

    def __init__(self, request=None, *, limit: int):
        super().__init__(request)
        self.limit = limit
        self.refused: list[str] = []

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.limit:
            self.refused.append(self.file_name)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None  # the next handlers build the file
