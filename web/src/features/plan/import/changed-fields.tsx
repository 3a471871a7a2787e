import { Tag } from 'antd';
import { useI18n } from '../../../shared/i18n/i18n-provider';
import { changedFieldKey } from './import-labels';

/** The fields a revision changes in one item (a task, an indicator, a goal entry), as tags. */
export function ChangedFields({ fields }: { fields: readonly string[] }) {
  const { t } = useI18n();
  return fields.map((field) => {
    const key = changedFieldKey(field);
    return <Tag key={field}>{key ? t(key) : field}</Tag>;
  });
}
