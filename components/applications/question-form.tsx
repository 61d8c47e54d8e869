"use client";

import type { FormAction } from "@/lib/actions/result";
import { answerSchema, questionSchema } from "@/lib/consultations/schema";
import { TextAreaField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

const SCHEMAS = { question: questionSchema, answer: answerSchema };

// 咨询 on a product page, and the console's answer form: one text box and a button.
export function TextMessageForm({
  action,
  kind,
  id,
  name,
  label,
  button,
  hint,
}: {
  action: FormAction;
  kind: keyof typeof SCHEMAS;
  id: string;
  name: string;
  label: string;
  button: string;
  hint?: string;
}) {
  const { form, state, pending, formProps, formName, field } = useActionForm({
    name: kind,
    schema: SCHEMAS[kind],
    action,
    defaults: { [name]: "" },
    onSuccess: () => form.reset({ [name]: "" }),
  });
  return (
    <form {...formProps} className="space-y-3">
      {formName}
      <TextAreaField id={id} label={label} required maxLength={1000} hint={hint} {...field(name)} />
      <FormStatus state={state} />
      <SubmitButton variant="brand" pending={pending}>
        {button}
      </SubmitButton>
    </form>
  );
}
