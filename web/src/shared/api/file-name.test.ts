import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './file-name';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 name, so Chinese file names survive', () => {
    const header = `attachment; filename="__.xlsx"; filename*=UTF-8''${encodeURIComponent('贺兰县单位.xlsx')}`;
    expect(fileNameFromDisposition(header, 'x.xlsx')).toBe('贺兰县单位.xlsx');
  });

  it('uses the plain name when there is no UTF-8 one, quoted or not', () => {
    expect(fileNameFromDisposition('attachment; filename="audit.xlsx"', 'x.xlsx')).toBe('audit.xlsx');
    expect(fileNameFromDisposition('attachment; filename=audit.xlsx', 'x.xlsx')).toBe('audit.xlsx');
  });

  it('falls back when the header is missing, empty or undecodable', () => {
    expect(fileNameFromDisposition(null, 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameFromDisposition('attachment', 'x.xlsx')).toBe('x.xlsx');
    expect(fileNameFromDisposition("attachment; filename*=UTF-8''%E5%ZZ", 'x.xlsx')).toBe('x.xlsx');
  });

  it('never lets a name carry a path', () => {
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x.xlsx')).toBe('.._.._etc_passwd');
  });
});
