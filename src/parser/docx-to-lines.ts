import mammoth from 'mammoth';
import { htmlToLines } from './html-to-lines';

/**
 * Reads a .docx as lines. mammoth renders the Word document as simple HTML with real
 * <table>s, which htmlToLines already knows how to read, so a Word table and a web table
 * come out in the same tab-separated form. Images are dropped (they carry no plan data and
 * base64-encoding them is the slowest part), and linked external files are never opened.
 * Rejects when the bytes are not a readable .docx.
 */
export async function docxToLines(bytes: Uint8Array): Promise<string[]> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const result = await mammoth.convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return htmlToLines(result.value);
}
