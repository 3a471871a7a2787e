import type { CSSProperties } from 'react';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { markPoints, officialDate } from './document-text';
import type { DocumentBlock, DocumentModel } from './documents-types';

/**
 * The document as the .docx lays it out (GB/T 9704-2012), from the same model: an A4 page
 * (margins 37/28/26/35 mm as a share of its width), the red 版头, 3号 仿宋 body with a
 * two-character indent, 2号 小标宋 title, headings in 黑体 / 楷体, the 版记 between its rules. Sizes are in container units, so the page scales
 * down to a phone and keeps its proportions. Fonts fall back to what the reader's machine has.
 */
const FACE = {
  title: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋", "STZhongsong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif',
  hei: '"黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
  kai: '"楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif',
};
/** Points on an A4 page 595 pt wide, in units of the page's width; millimetres of its 210. */
const pt = (points: number) => `calc(100cqw * ${points} / 595)`;
const mm = (millimetres: number) => `calc(100cqw * ${millimetres} / 210)`;
const LINE = pt(28.95);

const page: CSSProperties = {
  background: '#fff',
  color: '#000',
  boxShadow: '0 1px 6px rgba(0,0,0,0.25)',
  padding: `${(37 / 210) * 100}% ${(26 / 210) * 100}% ${(35 / 210) * 100}% ${(28 / 210) * 100}%`,
  fontFamily: FACE.body,
  fontSize: pt(16),
  lineHeight: LINE,
  textAlign: 'justify',
};
const body = (fontFamily: string): CSSProperties => ({ margin: 0, textIndent: '2em', fontFamily });
const HEADING_FACE = { 1: FACE.hei, 2: FACE.kai, 3: FACE.body } as const;
const cellStyle: CSSProperties = { border: '1px solid #000', padding: '0 0.3em', fontSize: pt(12), lineHeight: pt(18) };

function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case 'heading':
      return <p style={body(HEADING_FACE[block.level])}>{block.text}</p>;
    case 'paragraph':
      return <p style={body(FACE.body)}>{block.text}</p>;
    case 'table':
      return (
        <div style={{ margin: `${pt(6)} 0` }}>
          <p style={{ margin: 0, textAlign: 'center', fontFamily: FACE.hei, fontSize: pt(14) }}>{block.caption}</p>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>{block.columns.map((c, i) => <th key={i} style={{ ...cellStyle, fontFamily: FACE.hei, fontWeight: 'normal' }}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>{block.columns.map((_, i) => <td key={i} style={cellStyle}>{row[i] ?? ''}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

const RED = '#f00';

/**
 * 版头 (§7.2): the 发文机关标志 in red 小标宋 35 mm below the text block's top, the 发文字号 two
 * lines under it, the red rule 4 mm below the number and as wide as the text block, two lines to
 * the title — the .docx's figures.
 */
function Masthead({ model }: { model: DocumentModel }) {
  const { t } = useI18n();
  const size = markPoints(model.issuer);
  return (
    <>
      <p style={{ margin: `${mm(35)} 0 0`, textAlign: 'center', color: RED, fontFamily: FACE.title, fontSize: pt(size), lineHeight: pt(size), whiteSpace: 'nowrap' }} data-testid="document-preview-mark">
        {model.issuer}
      </p>
      <p style={{ margin: `calc(2 * ${LINE}) 0 0`, textAlign: 'center', paddingBottom: pt(7), borderBottom: `${pt(1.5)} solid ${RED}` }} data-testid="document-preview-number">
        {model.number ?? t('documents.numberPending')}
      </p>
    </>
  );
}

/**
 * 版记 (§7.4): 抄送 and 印发 between rules as wide as the text block, 0.35 mm first and last,
 * 0.25 mm between. The .docx sets it at the foot of the last, even page; the preview, one long
 * page, sets it after the text.
 */
function Colophon({ model }: { model: DocumentModel }) {
  const { copyTo, printedBy, printedOn } = model.colophon;
  const [thick, thin] = [`${mm(0.35)} solid #000`, `${mm(0.25)} solid #000`];
  return (
    <div style={{ marginTop: `calc(2 * ${LINE})`, fontSize: pt(14), lineHeight: pt(28), borderTop: thick, borderBottom: thick }} data-testid="document-preview-colophon">
      {copyTo.length > 0 && <p style={{ margin: 0, padding: '0 1em 0 4em', textIndent: '-3em', borderBottom: thin }}>{`抄送：${copyTo.join('，')}。`}</p>}
      <p style={{ margin: 0, padding: '0 1em', display: 'flex', justifyContent: 'space-between' }}>
        <span>{printedBy}</span>
        <span>{`${officialDate(printedOn)}印发`}</span>
      </p>
    </div>
  );
}

export function DocumentPreview({ model }: { model: DocumentModel }) {
  return (
    <div style={{ containerType: 'inline-size', maxWidth: 794, margin: '0 auto' }} data-testid="document-preview">
      <div style={page}>
        <Masthead model={model} />
        <h1 style={{ margin: `calc(2 * ${LINE}) 0 ${LINE}`, textAlign: 'center', textWrap: 'balance', fontFamily: FACE.title, fontSize: pt(22), lineHeight: pt(35), fontWeight: 'normal' }}>{model.title}</h1>
        {model.recipients && <p style={{ margin: 0 }}>{model.recipients}</p>}
        {model.blocks.map((block, index) => <Block key={index} block={block} />)}
        <p style={{ margin: `${LINE} 2em 0 0`, textAlign: 'right' }}>{model.issuer}</p>
        <p style={{ margin: '0 4em 0 0', textAlign: 'right' }}>{officialDate(model.date)}</p>
        <Colophon model={model} />
      </div>
    </div>
  );
}
