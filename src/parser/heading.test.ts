import { describe, expect, it } from 'vitest';
import { headingTitle, matchHeading } from './heading';

describe('matchHeading', () => {
  it.each([
    ['一、指导思想', 'chinese', '一', 1],
    ['十二、附则', 'chinese', '十二', 12],
    ['(三)强化督导考核。', 'paren_chinese', '三', 3],
    ['1.实施创新力量厚植工程。完善…', 'arabic', '1', 1],
    ['22、建设开放型经济', 'arabic', '22', 22],
    ['(2)完善机制', 'paren_arabic', '2', 2],
    ['③加强宣传', 'circled', '③', 3],
    ['——县域创新能力水平实现新跃升。', 'dash', null, null],
  ])('reads %s as a %s heading', (line, style, number, ordinal) => {
    expect(matchHeading(line)).toMatchObject({ style, number, ordinal });
  });

  it.each(['1.32', '2.2', '1', '2024年1月5日', '(此件公开发布)', '3.5%以上', '十五届县委2023年第35次常委会会议'])('does not take %s for a heading', (line) => {
    expect(matchHeading(line)).toBeNull();
  });

  it('takes the title up to the first full stop', () => {
    expect(headingTitle('实施创新力量厚植工程。完善创新平台培育体系')).toBe('实施创新力量厚植工程');
    expect(headingTitle('总体目标')).toBe('总体目标');
  });
});
