import { describe, expect, it } from 'vitest';
import { extractMetadata } from './extract-metadata';
import { canonicalDocumentNumber, readLabeledFields } from './labeled-fields';

describe('document numbers', () => {
  it.each(['贺党办〔2024〕1号', '贺党办[2024]1号', '贺党办(2024)1号', '贺党办【2024】01号', '贺党办 〔2024〕 第1号'])('writes %s in the GB/T 9704 form', (text) => {
    expect(canonicalDocumentNumber(text)).toBe('贺党办〔2024〕1号');
  });
});

describe('readLabeledFields', () => {
  it('reads spaced-out labels and values from one line or from table cells', () => {
    expect(readLabeledFields(['索引号 1164/2024-00010 文 号 贺党办〔2024〕1号 发布日期 2024-01-08', '关 键 词\t创新型县 科技'])).toEqual({
      indexNumber: { value: '1164/2024-00010', line: 1 },
      documentNumber: { value: '贺党办〔2024〕1号', line: 1 },
      publishDate: { value: '2024-01-08', line: 1 },
      keywords: { value: '创新型县 科技', line: 2 },
    });
  });
});

describe('extractMetadata', () => {
  it('reads a bare plan with no notice around it: the title from the first plan-like line', () => {
    const lines = ['', 'XX县数字乡村建设实施方案', '为推进数字乡村建设,制定本方案。', '一、总体要求'];
    const read = extractMetadata(lines, 3);
    expect(read.metadata).toMatchObject({ title: 'XX县数字乡村建设实施方案', noticeTitle: null, documentNumber: null, issuers: [] });
    expect(read.bodyStart).toBe(1);
  });

  it('reads a notice laid out on paper: number line, recipients, signature block and date', () => {
    const lines = [
      'XX县人民政府办公室文件',
      'X政办发〔2025〕12号',
      'XX县人民政府办公室关于印发《XX县数字乡村建设实施方案》的通知',
      '各乡镇人民政府,县直各部门:',
      '现将《XX县数字乡村建设实施方案》印发给你们,请认真贯彻执行。',
      'XX县人民政府办公室',
      '2025年3月25日',
      '(此件公开发布)',
      'XX县数字乡村建设实施方案',
      '一、总体要求',
    ];
    expect(extractMetadata(lines, 9).metadata).toMatchObject({
      title: 'XX县数字乡村建设实施方案',
      documentNumber: 'X政办发〔2025〕12号',
      recipients: ['各乡镇人民政府', '县直各部门'],
      issuers: ['XX县人民政府办公室'],
      signDate: '2025-03-25',
      releaseNote: '此件公开发布',
    });
  });

  it('never takes a document cited in the plan body for its own number', () => {
    const lines = ['XX县实施方案', '根据《通知》(国科发农〔2023〕76号)制定本方案。', '一、总体要求'];
    expect(extractMetadata(lines, 2).metadata.documentNumber).toBeNull();
  });
});
