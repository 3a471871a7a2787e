import * as cheerio from 'cheerio';
import JSZip from 'jszip';

/** A .docx opened for assertions: its parts parsed as XML, and its paragraphs with their runs' faces. */
export interface OpenedDocx {
  part(name: string): cheerio.CheerioAPI;
  paragraphs: Array<{ text: string; faces: string[]; sizes: string[]; align: string | undefined; firstLineChars: string | undefined }>;
  text: string;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, cheerio.CheerioAPI>();
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) parts.set(name, cheerio.load(await zip.file(name)!.async('string'), { xml: true }));
  }
  const part = (name: string) => {
    const found = parts.get(name);
    if (!found) throw new Error(`the .docx has no ${name}`);
    return found;
  };
  const $ = part('word/document.xml');
  const paragraphs = $('w\\:body w\\:p')
    .toArray()
    .map((p) => ({
      text: $(p).find('w\\:t').text(),
      faces: $(p).find('w\\:r w\\:rFonts').toArray().map((f) => $(f).attr('w:eastAsia') ?? ''),
      sizes: $(p).find('w\\:r w\\:sz').toArray().map((s) => $(s).attr('w:val') ?? ''),
      align: $(p).find('w\\:pPr > w\\:jc').attr('w:val'),
      firstLineChars: $(p).find('w\\:pPr > w\\:ind').attr('w:firstLineChars'),
    }));
  return { part, paragraphs, text: paragraphs.map((p) => p.text).join('\n') };
}
