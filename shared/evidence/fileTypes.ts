import { z } from 'zod';

/** How the app can show a file of this type without leaving it. */
export type PreviewKind = 'pdf' | 'image' | 'text' | 'none';

export interface EvidenceFileType {
  label: string;
  /** Lower-case extensions that name this type. */
  extensions: readonly string[];
  /** The media type stored and served for it, whatever the browser guessed. */
  mediaType: string;
  preview: PreviewKind;
  /**
   * The bytes a real file of this type starts with, when it has a signature;
   * a file named `.pdf` that does not start with `%PDF-` is refused.
   */
  magic?: readonly (readonly number[])[];
}

const ZIP_MAGIC = [[0x50, 0x4b, 0x03, 0x04]] as const;

/** Every type evidence may have; the workspace allows a subset (all by default). */
export const EVIDENCE_FILE_TYPES = {
  pdf: {
    label: 'PDF',
    extensions: ['pdf'],
    mediaType: 'application/pdf',
    preview: 'pdf',
    magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  },
  png: {
    label: 'PNG image',
    extensions: ['png'],
    mediaType: 'image/png',
    preview: 'image',
    magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  },
  jpeg: {
    label: 'JPEG image',
    extensions: ['jpg', 'jpeg'],
    mediaType: 'image/jpeg',
    preview: 'image',
    magic: [[0xff, 0xd8, 0xff]],
  },
  gif: {
    label: 'GIF image',
    extensions: ['gif'],
    mediaType: 'image/gif',
    preview: 'image',
    magic: [
      [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
      [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
    ],
  },
  webp: {
    label: 'WebP image',
    extensions: ['webp'],
    mediaType: 'image/webp',
    preview: 'image',
    magic: [[0x52, 0x49, 0x46, 0x46]],
  },
  text: {
    label: 'Plain text',
    extensions: ['txt', 'log'],
    mediaType: 'text/plain',
    preview: 'text',
  },
  markdown: {
    label: 'Markdown',
    extensions: ['md', 'markdown'],
    mediaType: 'text/markdown',
    preview: 'text',
  },
  csv: { label: 'CSV', extensions: ['csv'], mediaType: 'text/csv', preview: 'text' },
  json: { label: 'JSON', extensions: ['json'], mediaType: 'application/json', preview: 'text' },
  docx: {
    label: 'Word document',
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    preview: 'none',
    magic: ZIP_MAGIC,
  },
  xlsx: {
    label: 'Excel workbook',
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    preview: 'none',
    magic: ZIP_MAGIC,
  },
  pptx: {
    label: 'PowerPoint presentation',
    extensions: ['pptx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    preview: 'none',
    magic: ZIP_MAGIC,
  },
  odt: {
    label: 'OpenDocument text',
    extensions: ['odt'],
    mediaType: 'application/vnd.oasis.opendocument.text',
    preview: 'none',
    magic: ZIP_MAGIC,
  },
} as const satisfies Record<string, EvidenceFileType>;

export type EvidenceFileTypeId = keyof typeof EVIDENCE_FILE_TYPES;
export const EVIDENCE_FILE_TYPE_IDS = Object.keys(EVIDENCE_FILE_TYPES) as EvidenceFileTypeId[];
export const evidenceFileTypeIdSchema = z.enum(
  EVIDENCE_FILE_TYPE_IDS as [EvidenceFileTypeId, ...EvidenceFileTypeId[]],
  { message: 'Not a known evidence file type' },
);

export const DEFAULT_EVIDENCE_TYPES: readonly EvidenceFileTypeId[] = EVIDENCE_FILE_TYPE_IDS;
export const DEFAULT_EVIDENCE_MAX_MEGABYTES = 50;
/** The most a workspace may allow per file (it must fit the workspace's evidence budget). */
export const MAX_EVIDENCE_MEGABYTES = 400;

export function fileTypeOf(mediaType: string): EvidenceFileType | undefined {
  return Object.values(EVIDENCE_FILE_TYPES).find((t) => t.mediaType === mediaType);
}
