import { useState, type RefObject } from 'react';
import type { Note } from '@/lib/store/records';

const noteDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Dated notes, newest last, and the box that adds one (Ctrl+Enter saves); like tags, the box frees at once. */
export function NoteEditor({
  notes,
  inputRef,
  onAdd,
}: {
  notes: readonly Note[] | undefined;
  inputRef: RefObject<HTMLTextAreaElement | null>;
  onAdd(text: string): Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const submit = () => {
    const typed = text;
    if (!typed.trim()) return;
    setText('');
    void onAdd(typed).then((ok) => !ok && setText((current) => current || typed));
  };
  return (
    <section className="sp-section" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes</h3>
      {notes?.length ? (
        <ol className="notes" aria-label="Notes">
          {notes.map((n) => (
            <li key={n.id}>
              <time dateTime={n.at}>{noteDate.format(new Date(n.at))}</time>
              <p>{n.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form
        className="sp-note-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <textarea
          ref={inputRef}
          aria-label="Note"
          aria-keyshortcuts="n"
          value={text}
          rows={2}
          maxLength={20_000}
          placeholder={notes?.length ? 'Add to the notes (Ctrl+Enter saves)' : 'What did you learn? (Ctrl+Enter saves)'}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button type="submit">Add note</button>
      </form>
    </section>
  );
}
