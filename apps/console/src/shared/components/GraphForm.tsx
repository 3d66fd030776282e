import { Alert, Form, type FormInstance } from 'antd';
import { useState } from 'react';
import { formErrors } from '../graph-errors';

/**
 * The one way a form shows a failed mutation: each error the graph tied to a field (extensions.field,
 * e.g. `amount` or `lines.0.amount`) under that field, everything else (FORBIDDEN, CONFLICT …) in an
 * alert above the buttons. `submit` runs the mutation; a thrown error is shown, a success clears it.
 */
export function useGraphForm<Values extends object>(form: FormInstance<Values>) {
  const [general, setGeneral] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function submit<R>(run: () => Promise<R>): Promise<R | undefined> {
    setGeneral([]);
    setSubmitting(true);
    try {
      return await run();
    } catch (error) {
      const fieldNames = Object.keys(form.getFieldsValue(true) as object);
      const { fields, general: rest } = formErrors(error, fieldNames);
      form.setFields(fields.map(({ name, errors }) => ({ name: name as never, errors })));
      setGeneral(rest);
      return undefined;
    } finally {
      setSubmitting(false);
    }
  }

  const alert = general.length ? (
    <Alert type="error" showIcon style={{ marginBottom: 16 }} role="alert" title={general.join(' ')} data-testid="form-error" />
  ) : null;
  return { submit, submitting, alert };
}

export { Form };
