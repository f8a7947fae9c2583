import { useState } from 'react';
import type { ChangeEvent } from 'react';

/**
 * A labelled file input that hands the chosen file to an action, stays
 * disabled while the action runs, and clears itself afterwards so the same
 * file can be chosen again.
 */
export function FileChoice({
  label,
  accept,
  onFile,
}: {
  label: string;
  accept: string;
  onFile: (file: File) => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    await onFile(file);
    setBusy(false);
    input.value = '';
  }

  return (
    <label className="field">
      <span>{label}</span>
      <input type="file" accept={accept} disabled={busy} onChange={(event) => void choose(event)} />
    </label>
  );
}
