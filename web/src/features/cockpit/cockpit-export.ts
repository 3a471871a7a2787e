/**
 * The cockpit as a picture for a meeting: a PNG of the board, or an A4 landscape PDF of it
 * (paged when the board is taller than a page). Loaded only when the user asks for an export,
 * so html-to-image and jspdf never weigh on the page itself.
 */
import { toPng } from 'html-to-image';
import { jsPDF } from 'jspdf';

const pngOf = (element: HTMLElement) => toPng(element, { backgroundColor: '#f5f5f5', pixelRatio: 2, cacheBust: true });

function download(href: string, fileName: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
}

export async function exportPng(element: HTMLElement, fileName: string): Promise<void> {
  download(await pngOf(element), fileName);
}

export async function exportPdf(element: HTMLElement, fileName: string): Promise<void> {
  const png = await pngOf(element);
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4' });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const margin = 8;
  const width = pageWidth - 2 * margin;
  const height = (element.offsetHeight / element.offsetWidth) * width;
  // One tall image, shifted up a page height at a time: each page shows the next slice.
  for (let offset = 0; offset < height; offset += pageHeight - 2 * margin) {
    if (offset > 0) pdf.addPage();
    pdf.addImage(png, 'PNG', margin, margin - offset, width, height);
  }
  pdf.save(fileName);
}
