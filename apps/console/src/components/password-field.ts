import { html } from 'lit';
import { field } from '@participe/core/atoms';
import type { ConsoleTranslate } from '../strings.js';

/**
 * A new password, with the strength advice as its hint. The collector decides what is too easy to
 * guess; its `weak_password` refusal comes back as this field's error.
 */
export function newPasswordField(options: { id: string; value: string; error: string | undefined; onInput: (value: string) => void }, t: ConsoleTranslate) {
  return field({ id: options.id, label: t('newPassword'), hint: t('newPasswordHint'), error: options.error, errorPrefix: t('errorPrefix') }, ({ id, describedBy, invalid }) =>
    html`<input
      class="input"
      id=${id}
      type="password"
      autocomplete="new-password"
      minlength="12"
      maxlength="200"
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      .value=${options.value}
      @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
    />`,
  );
}
