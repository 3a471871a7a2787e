import { Form, Input, InputNumber, Modal } from 'antd';
import { fieldErrorsOf } from '../../shared/api/error-details';
import { errorMessageKey } from '../../shared/api/error-message';
import { useI18n } from '../../shared/i18n/i18n-provider';
import { useAppMessage } from '../../shared/layout/app-message';
import { useAssessmentWrites, type Scheme, type UnitScore } from './assessment-api';

/** 评分办法 (office): the four weights (adding up to 100), the deduction and bonus and their caps. */
export function SchemeDialog({ planId, scheme, onClose }: { planId: string; scheme: Scheme; onClose: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const { scheme: save } = useAssessmentWrites(planId);
  const [form] = Form.useForm<Scheme>();
  const number = (name: string | string[], label: string) => (
    <Form.Item name={name} label={label} rules={[{ required: true }]}>
      <InputNumber min={0} max={100} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <Modal open title={t('assessment.scheme')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      <Form<Scheme>
        form={form}
        layout="vertical"
        initialValues={scheme}
        onFinish={(values) => save.mutate(values, { onSuccess: () => { void message.success(t('assessment.schemeSaved')); onClose(); }, onError: (e) => void message.error(fieldErrorsOf(e).some((f) => f.field === 'weights') ? t('assessment.weightsSum') : t(errorMessageKey(e))) })}
      >
        {number(['weights', 'timeliness'], t('assessment.component.timeliness'))}
        {number(['weights', 'quality'], t('assessment.component.quality'))}
        {number(['weights', 'progress'], t('assessment.component.progress'))}
        {number(['weights', 'indicators'], t('assessment.component.indicators'))}
        {number('overdueNoticePenalty', t('assessment.penalty'))}
        {number('maxDeduction', t('assessment.maxDeduction'))}
        {number('earlyCompletionBonus', t('assessment.bonusEach'))}
        {number('maxBonus', t('assessment.maxBonus'))}
      </Form>
    </Modal>
  );
}

/** 调整 (office): points up or down for one unit, never without a reason. */
export function AdjustDialog({ planId, year, unit, onClose }: { planId: string; year: number; unit: UnitScore; onClose: () => void }) {
  const { t } = useI18n();
  const message = useAppMessage();
  const { adjust } = useAssessmentWrites(planId);
  const [form] = Form.useForm<{ points: number; reason: string }>();
  return (
    <Modal open title={t('assessment.adjustTitle', { unit: unit.unitName })} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: adjust.isPending, ...{ 'data-testid': 'assessment-adjust-confirm' } }} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => adjust.mutate({ year, unitId: unit.unitId, ...values }, { onSuccess: () => { void message.success(t('assessment.adjusted')); onClose(); }, onError: (e) => void message.error(t(errorMessageKey(e))) })}
      >
        <Form.Item name="points" htmlFor="adjust-points" label={t('assessment.adjustPoints')} rules={[{ required: true, message: t('assessment.adjustPoints') }]}>
          <InputNumber id="adjust-points" min={-100} max={100} step={0.5} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" htmlFor="adjust-reason" label={t('assessment.adjustReason')} rules={[{ required: true, whitespace: true, message: t('assessment.adjustReasonRequired') }]}>
          <Input.TextArea id="adjust-reason" autoSize={{ minRows: 2 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
