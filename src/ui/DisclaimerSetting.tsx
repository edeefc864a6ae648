/**
 * The checkbox "My profile already carries a disclaimer", bound to its storage item both ways: it shows the
 * stored value (and follows changes made elsewhere, e.g. synced from another browser) and saves each change.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Messages } from './messages';

/** The parts of a WXT storage item the checkbox uses (tests pass a fake). */
export interface BooleanSetting {
  getValue(): Promise<boolean>;
  setValue(value: boolean): Promise<void>;
  watch(callback: (value: boolean) => void): () => void;
}

export function DisclaimerSetting({ setting, messages }: { setting: BooleanSetting; messages: Messages }) {
  // null until the stored value is read: the box is disabled rather than showing a guess.
  const [checked, setChecked] = useState<boolean | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let live = true;
    setting.getValue().then(
      (value) => live && setChecked(value === true),
      () => live && setChecked(false), // unreadable: the item's own fallback
    );
    const unwatch = setting.watch((value) => setChecked(value === true));
    return () => {
      live = false;
      unwatch();
    };
  }, [setting]);

  const onChange = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).checked;
    setChecked(next);
    setSaveFailed(false);
    setting.setValue(next).catch(() => {
      setChecked(!next);
      setSaveFailed(true);
    });
  };

  return (
    <section aria-labelledby="pg-profile-heading">
      <h2 id="pg-profile-heading">{messages.popupProfileHeading}</h2>
      <div class="pg-check">
        <input
          type="checkbox"
          id="pg-disclaimer"
          checked={checked === true}
          disabled={checked === null}
          aria-describedby="pg-disclaimer-hint"
          onChange={onChange}
        />
        <label for="pg-disclaimer">{messages.popupDisclaimerLabel}</label>
      </div>
      <p id="pg-disclaimer-hint" class="pg-hint">
        {messages.popupDisclaimerHint}
      </p>
      {saveFailed ? (
        <p role="alert" class="pg-error">
          {messages.popupSaveFailed}
        </p>
      ) : null}
    </section>
  );
}
