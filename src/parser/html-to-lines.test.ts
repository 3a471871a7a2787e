import { describe, expect, it } from 'vitest';
import { htmlToLines } from './html-to-lines';

describe('htmlToLines', () => {
  it('starts a line at each block and at <br>, collapsing whitespace', () => {
    expect(htmlToLines('<div><p>一、指导思想</p><p>坚持\n  以人民为中心<br>第二行</p></div><span>尾</span>')).toEqual([
      '一、指导思想',
      '坚持 以人民为中心',
      '第二行',
      '尾',
    ]);
  });

  it('writes each data-table row as one tab-separated line, keeping empty cells', () => {
    const html = '<table><tr><th>序号</th><th>指标</th><th>2023</th></tr><tr><td>1</td><td><p>研发</p><p>投入</p></td><td></td></tr></table>';
    expect(htmlToLines(html)).toEqual(['序号\t指标\t2023', '1\t研发 投入\t']);
  });

  it('reads a layout table (one that holds another table) as plain blocks, and the data table inside as rows', () => {
    const html = '<table><tr><td><p>标题</p><table><tr><td>a</td><td>b</td></tr></table></td><td>正文</td></tr></table>';
    expect(htmlToLines(html)).toEqual(['标题', 'a\tb', '正文']);
  });

  it('reads a table with one cell per row as plain blocks', () => {
    expect(htmlToLines('<table><tr><td>一、指导思想</td></tr><tr><td>坚持</td></tr></table>')).toEqual(['一、指导思想', '坚持']);
  });

  it('ignores scripts, styles and the head, and decodes entities', () => {
    expect(htmlToLines('<html><head><title>T</title><style>p{}</style></head><body><script>x()</script><p>A&nbsp;&amp;&lt;B</p></body></html>')).toEqual([
      'A &<B',
    ]);
  });
});
