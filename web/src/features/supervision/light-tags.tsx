import { Tag } from 'antd';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { LEVEL_COLORS, LEVEL_KEYS, LIGHT_COLORS, LIGHT_KEYS, STATUS_KEYS } from './supervision-rules';
import type { EscalationLevel, Light, NoticeStatus } from './supervision-types';

/** 红灯 / 黄灯 / 绿灯, with the light in `data-light` for tests. */
export function LightTag({ light, testId }: { light: Light; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={LIGHT_COLORS[light]} data-light={light} data-testid={testId}>
      {t(LIGHT_KEYS[light])}
    </Tag>
  );
}

/** A notice's status (签收, 已反馈, 已销号 ...) and, while it waits on the unit, its escalation colour. */
export function NoticeTags({ status, level }: { status: NoticeStatus; level: EscalationLevel | null }) {
  const { t } = useI18n();
  return (
    <>
      <Tag data-testid="notice-status" data-status={status} color={status === 'closed' ? 'default' : status === 'returned' ? 'orange' : 'processing'}>
        {t(STATUS_KEYS[status])}
      </Tag>
      {level && (
        <Tag color={LEVEL_COLORS[level]} data-testid="notice-level" data-level={level}>
          {t(LEVEL_KEYS[level])}
        </Tag>
      )}
    </>
  );
}
