import { Form, InputNumber, Modal } from 'antd';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useSaveThresholds } from './supervision-api';
import type { Lights } from './supervision-types';

type Thresholds = Lights['thresholds'];

/** 预警设置 (supervisor, office): when a notice turns yellow before its deadline and red after it. */
export function EscalationSettings({ planId, thresholds, onClose }: { planId: string; thresholds: Thresholds; onClose: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const save = useSaveThresholds(planId);
  const [form] = Form.useForm<Thresholds>();
  return (
    <Modal open title={t('supervision.settings')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending, ...{ 'data-testid': 'supervision-settings-save' } }} destroyOnHidden>
      <Form<Thresholds>
        form={form}
        layout="vertical"
        initialValues={thresholds}
        onFinish={(values) => save.mutate(values, { onSuccess: () => { void message.success(t('supervision.settingsSaved')); onClose(); }, onError: (e) => void message.error(t(errorMessageKey(e))) })}
      >
        <Form.Item name="yellowDaysBefore" htmlFor="settings-yellow" label={t('supervision.settings.yellow')} rules={[{ required: true }]}>
          <InputNumber id="settings-yellow" min={0} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="redDaysAfter" htmlFor="settings-red" label={t('supervision.settings.red')} rules={[{ required: true }]}>
          <InputNumber id="settings-red" min={0} max={60} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
