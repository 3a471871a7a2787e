import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Descriptions, Flex, Form, Input, Select, Skeleton, Space } from 'antd';
import { apiGet, apiPut } from '../../shared/api/client';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useUnits } from '../units/units-api';

type Position = 'head' | 'deputy_head' | 'member';
interface LeadingGroup {
  name: string;
  officeUnitId: string | null;
  members: Array<{ position: Position; personTitle: string | null; unitId: string | null }>;
}

const POSITIONS: Position[] = ['head', 'deputy_head', 'member'];

/** The plan's leading group (领导小组): the office edits it; everyone else reads it. */
export function LeadingGroupPanel({ planId, editable }: { planId: string; editable: boolean }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const queryClient = useQueryClient();
  const key = ['plans', planId, 'leading-group'];
  const group = useQuery({ queryKey: key, queryFn: ({ signal }) => apiGet<LeadingGroup>(`/api/plans/${encodeURIComponent(planId)}/leading-group`, { signal }) });
  const units = useUnits();
  const save = useMutation({
    mutationFn: (body: LeadingGroup) => apiPut<LeadingGroup>(`/api/plans/${encodeURIComponent(planId)}/leading-group`, body),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      void message.success(t('plan.group.saved'));
    },
    onError: (error) => void message.error(t(errorMessageKey(error))),
  });
  if (!group.data || !units.data) return <Skeleton active />;
  const unitOptions = units.data.filter((u) => u.kind !== 'group').map((u) => ({ value: u.id, label: u.name }));
  const unitName = (id: string | null) => units.data.find((u) => u.id === id)?.name ?? '—';

  if (!editable) {
    return (
      <Descriptions
        column={1}
        size="small"
        data-testid="leading-group"
        items={[
          { key: 'name', label: t('plan.group.name'), children: group.data.name || '—' },
          { key: 'office', label: t('plan.group.office'), children: unitName(group.data.officeUnitId) },
          ...group.data.members.map((m, index) => ({
            key: `m${index}`,
            label: t(`plan.group.position.${m.position}`),
            children: [m.personTitle, m.unitId ? unitName(m.unitId) : null].filter(Boolean).join(' · '),
          })),
        ]}
      />
    );
  }

  return (
    <Form<LeadingGroup> layout="vertical" initialValues={group.data} onFinish={(values) => save.mutate({ ...values, members: values.members ?? [] })} data-testid="leading-group">
      <Form.Item name="name" label={t('plan.group.name')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="officeUnitId" label={t('plan.group.office')}>
        <Select allowClear showSearch optionFilterProp="label" options={unitOptions} />
      </Form.Item>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Space key={field.key} wrap align="baseline">
                <Form.Item name={[field.name, 'position']} noStyle>
                  <Select style={{ width: 120 }} options={POSITIONS.map((p) => ({ value: p, label: t(`plan.group.position.${p}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'personTitle']} noStyle>
                  <Input style={{ width: 200 }} placeholder={t('plan.group.personTitle')} maxLength={100} />
                </Form.Item>
                <Form.Item name={[field.name, 'unitId']} noStyle>
                  <Select style={{ width: 220 }} allowClear showSearch optionFilterProp="label" placeholder={t('plan.group.unit')} options={unitOptions} />
                </Form.Item>
                <MinusCircleOutlined aria-label={t('plan.group.remove')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ position: 'member', personTitle: null, unitId: null })}>
              {t('plan.group.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }} data-testid="leading-group-save">
        {t('plan.group.save')}
      </Button>
    </Form>
  );
}
