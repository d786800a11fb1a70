import { useEffect, useRef } from 'react';
import { KEYS } from './useTriageKeys';

/**
 * Every key the side panel answers, in a modal dialog (`?` opens it, Escape
 * or the button closes it, focus returns where it was). A native <dialog>
 * keeps focus inside and the page behind it inert.
 */
export function HelpOverlay({ open, onClose }: { open: boolean; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="sp-help card" aria-labelledby="help-title" onClose={onClose}>
      <h2 id="help-title">Keyboard shortcuts</h2>
      <p className="muted small">In the list of candidates. A text box keeps its keys; Esc leaves it.</p>
      <table className="sp-keys">
        <tbody>
          {KEYS.map((key) => (
            <tr key={key.does}>
              <th scope="row">
                {key.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' or ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </th>
              <td>{key.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
