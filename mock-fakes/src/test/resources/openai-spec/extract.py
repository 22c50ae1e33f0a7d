"""Copies the component schemas the fake's spec-conformance tests name, and every schema they reference,
from OpenAI's published OpenAPI document (MIT licence, Copyright (c) OpenAI) into schemas.json.

Run from this directory: python3 extract.py /path/to/openai-openapi.yaml
"""
import json
import sys

import yaml

ROOTS = [
    "ErrorResponse",
    "CreateModerationResponse",
    "OpenAIFile", "ListFilesResponse", "DeleteFileResponse", "Upload",
    "Batch", "ListBatchesResponse",
    "CreateTranscriptionResponseJson", "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationResponseJson", "CreateTranslationResponseVerboseJson",
    "TranscriptTextDeltaEvent", "TranscriptTextDoneEvent",
    "SpeechAudioDeltaEvent", "SpeechAudioDoneEvent",
    "ImagesResponse", "ImageGenPartialImageEvent", "ImageGenCompletedEvent",
    "ImageEditPartialImageEvent", "ImageEditCompletedEvent",
    "VectorStoreObject", "ListVectorStoresResponse", "DeleteVectorStoreResponse",
    "VectorStoreFileObject", "ListVectorStoreFilesResponse", "DeleteVectorStoreFileResponse",
    "VectorStoreFileBatchObject", "VectorStoreSearchResultsPage", "VectorStoreFileContentResponse",
    "VideoResource", "VideoListResource", "DeletedVideoResource",
]


def refs(node, found):
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[1])
        for value in node.values():
            refs(value, found)
    elif isinstance(node, list):
        for value in node:
            refs(value, found)


def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k not in ("description", "example", "examples", "x-oaiMeta")}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node


spec = yaml.safe_load(open(sys.argv[1]))
schemas = spec["components"]["schemas"]
keep, todo = set(), list(ROOTS)
while todo:
    name = todo.pop()
    if name in keep:
        continue
    keep.add(name)
    found = set()
    refs(schemas[name], found)
    todo.extend(found - keep)
out = {"source": "https://github.com/openai/openai-openapi openapi.yaml f85dbe223d40e1a31cba812ab2d755c7e98a92a3 (MIT, Copyright (c) OpenAI)",
       "schemas": {name: strip(schemas[name]) for name in sorted(keep)}}
json.dump(out, open("schemas.json", "w"), indent=1, sort_keys=True)
print(len(keep), "schemas")
