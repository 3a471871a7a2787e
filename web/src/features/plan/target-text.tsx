import { Typography } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { targetWords } from './plan-labels';
import type { Target } from './plan-types';

type TargetFigure = Pick<Target, 'comparator' | 'value' | 'maxValue' | 'unit' | 'year' | 'cadence' | 'kind'>;

/** A target's figure and when it is due: "≥ 4家 · 每年". */
export function TargetFigure({ target }: { target: TargetFigure }) {
  const { t } = useI18n();
  const words = targetWords(target);
  const when =
    words.whenKey === 'plan.target.yearly'
      ? ` · ${t('plan.target.yearly')}`
      : words.whenKey === 'plan.target.byYear' && words.year !== null
        ? ` · ${t('plan.target.byYear', { year: words.year })}`
        : '';
  return <Typography.Text strong>{`${t(words.valueKey, { value: words.value })}${when}`}</Typography.Text>;
}

/** A target as a line: what is measured, then its figure. */
export function TargetText({ target }: { target: TargetFigure & { metric: string } }) {
  return (
    <span>
      {target.metric} <TargetFigure target={target} />
    </span>
  );
}

/** A task's targets, one per line; a dash when it has none. */
export function TargetList({ targets }: { targets: readonly (TargetFigure & { metric: string })[] }) {
  if (targets.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {targets.map((target, index) => (
        <li key={index}>
          <TargetText target={target} />
        </li>
      ))}
    </ul>
  );
}
