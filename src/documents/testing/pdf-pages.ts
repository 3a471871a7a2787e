import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * A PDF's pages as a person sees them, through poppler (pdftoppm, pdftotext, pdfinfo): each page
 * rendered to pixels, its rules found by scanning rows, its words with their boxes. Every length
 * is in millimetres from the page's top-left corner.
 */
const run = promisify(execFile);
const MM_PER_POINT = 25.4 / 72;

export const POPPLER = ['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => ['/usr/bin', '/usr/local/bin'].some((dir) => fs.existsSync(path.join(dir, tool))));

export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
}

/** A rendered page: its size in pixels and the colour of each. */
export interface Raster {
  width: number;
  height: number;
  /** Millimetres per pixel. */
  mm: number;
  rgb(x: number, y: number): [number, number, number];
}

/** Page `page` (1-based) rendered at `dpi` (pdftoppm's PPM: a short header, then RGB bytes). */
export async function renderPage(pdf: string, page: number, dpi = 200): Promise<Raster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'luoshi-ppm-'));
  try {
    await run('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, path.join(dir, 'page')]);
    const bytes = fs.readFileSync(path.join(dir, 'page.ppm'));
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm wrote no PPM');
    const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
    return { width, height, mm: 25.4 / dpi, rgb: (x, y) => { const i = offset + (y * width + x) * 3; return [bytes[i]!, bytes[i + 1]!, bytes[i + 2]!]; } };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes page `page` as a PNG (for a person to look at, e.g. under test-results/). */
export async function savePagePng(pdf: string, page: number, file: string, dpi = 100): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, file.replace(/\.png$/, '')]);
}

export type Ink = (rgb: [number, number, number]) => boolean;
export const isRed: Ink = ([r, g, b]) => r > 180 && g < 110 && b < 110;
export const isBlack: Ink = ([r, g, b]) => r < 110 && g < 110 && b < 110;

/** A horizontal rule: a band of rows, each holding one long run of ink. */
export interface Rule {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Its thickness, from the rows it covers. */
  thickness: number;
}

/** The longest run of ink on row y: [first, last] pixel, or null. */
function longestRun(raster: Raster, y: number, ink: Ink): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let x = 0; x <= raster.width; x += 1) {
    const inked = x < raster.width && ink(raster.rgb(x, y));
    if (inked && start < 0) start = x;
    if (!inked && start >= 0) {
      if (!best || x - 1 - start > best[1] - best[0]) best = [start, x - 1];
      start = -1;
    }
  }
  return best;
}

/** Every horizontal rule at least `minLength` mm long, top to bottom (text never makes such a run). */
export function horizontalRules(raster: Raster, ink: Ink, minLength = 100): Rule[] {
  const rules: Rule[] = [];
  let current: Rule | null = null;
  for (let y = 0; y < raster.height; y += 1) {
    const found = longestRun(raster, y, ink);
    if (found && (found[1] - found[0] + 1) * raster.mm >= minLength) {
      const [left, right] = [found[0] * raster.mm, (found[1] + 1) * raster.mm];
      if (current && Math.abs(current.bottom - y * raster.mm) < raster.mm / 2) {
        current.bottom = (y + 1) * raster.mm;
        current.left = Math.min(current.left, left);
        current.right = Math.max(current.right, right);
      } else {
        current = { top: y * raster.mm, bottom: (y + 1) * raster.mm, left, right, thickness: 0 };
        rules.push(current);
      }
      current.thickness = current.bottom - current.top;
    }
  }
  return rules;
}

/** The first and last rows (mm) holding any ink within [from, to) mm, or null when there is none. */
export function inkRows(raster: Raster, ink: Ink, from = 0, to = Number.POSITIVE_INFINITY): { top: number; bottom: number } | null {
  let top = -1;
  let bottom = -1;
  const [start, end] = [Math.max(0, Math.floor(from / raster.mm)), Math.min(raster.height, Math.ceil(to / raster.mm))];
  for (let y = start; y < end; y += 1) {
    for (let x = 0; x < raster.width; x += 1) {
      if (ink(raster.rgb(x, y))) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  return top < 0 ? null : { top: top * raster.mm, bottom: (bottom + 1) * raster.mm };
}

/** A word of the page's text and its box. */
export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** The words of page `page`, as pdftotext finds them, with their boxes in mm. */
export async function pageWords(pdf: string, page: number): Promise<Word[]> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', pdf, '-'], { maxBuffer: 16 * 1024 * 1024 });
  return [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
    xMin: Number(m[1]) * MM_PER_POINT,
    yMin: Number(m[2]) * MM_PER_POINT,
    xMax: Number(m[3]) * MM_PER_POINT,
    yMax: Number(m[4]) * MM_PER_POINT,
  }));
}
