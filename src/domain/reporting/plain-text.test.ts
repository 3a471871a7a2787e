import { describe, expect, it } from 'vitest';
import { toPlainText } from './plain-text';

describe('report text', () => {
  it('keeps paragraphs and full-width text as written', () => {
    expect(toPlainText('一、进展情况\n\n　　完成了3项工作。')).toBe('一、进展情况\n\n　　完成了3项工作。');
  });

  it('strips markup pasted from Word or a web page, keeping its line breaks', () => {
    expect(toPlainText('<p>第一段<b>加粗</b></p><p>第二段</p><script>alert(1)</script>')).toBe('第一段加粗\n第二段');
    expect(toPlainText('a &lt;b&gt; &amp; c')).toBe('a <b> & c');
  });

  it('removes control characters and collapses runs of blank lines', () => {
    expect(toPlainText('甲\u0000乙\r\n\r\n\r\n\r\n丙\u200b')).toBe('甲乙\n\n丙');
  });
});
