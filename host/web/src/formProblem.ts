import type { FormInstance } from 'antd';
import { ApiError, isStale, messageOf } from './api';

/** What a form says above its fields when a save was refused. */
export interface FormProblem { title: string; text: string; stale?: boolean }

/**
 * A refused save, as a form shows it: a stale version (offer 刷新); field errors on the fields the form
 * has, the rest in the alert; or the problem's message.
 */
export function formProblem(form: FormInstance, error: unknown, known: ReadonlySet<string>): FormProblem {
  if (isStale(error)) {
    return { title: '已被他人修改，请刷新', text: `${error.message} 刷新后将显示最新信息，您填写的内容不会保留。`, stale: true };
  }
  if (error instanceof ApiError && Object.keys(error.fieldErrors).length) {
    const errors = Object.entries(error.fieldErrors);
    form.setFields(errors.filter(([name]) => known.has(name)).map(([name, messages]) => ({ name, errors: messages })));
    const others = errors.filter(([name]) => !known.has(name)).flatMap(([, messages]) => messages);
    return { title: '未能保存', text: others.length ? others.join('；') : '请根据各字段的提示修改后重试。' };
  }
  return { title: '未能保存', text: messageOf(error) };
}
