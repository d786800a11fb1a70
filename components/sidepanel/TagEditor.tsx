import { useState, type RefObject } from 'react';

/**
 * The candidate's tags and the box that adds one. The box empties the moment
 * a tag is submitted, so the recruiter can type the next one while the first
 * is still being saved (a slow write once swallowed what was typed meanwhile);
 * a failed save puts its words back if the box is still empty.
 */
export function TagEditor({
  tags,
  tagOptionsId,
  inputRef,
  onAdd,
  onRemove,
}: {
  tags: readonly string[];
  tagOptionsId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onAdd(tag: string): Promise<boolean>;
  onRemove(tag: string): void;
}) {
  const [text, setText] = useState('');
  return (
    <section className="sp-section" aria-labelledby="tags-title">
      <h3 id="tags-title">Tags</h3>
      {tags.length ? (
        <ul className="tags" aria-label="Tags">
          {tags.map((t) => (
            <li key={t} className="tag pill">
              {t}
              <button type="button" className="tag-remove" aria-label={`Remove tag ${t}`} onClick={() => onRemove(t)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="sp-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const typed = text.trim();
          if (!typed) return;
          setText('');
          void onAdd(typed).then((ok) => !ok && setText((current) => current || typed));
        }}
      >
        <input
          ref={inputRef}
          aria-label="Tag"
          aria-keyshortcuts="t"
          list={tagOptionsId}
          value={text}
          maxLength={60}
          placeholder={tags.length ? 'Another tag' : 'e.g. payments, remote'}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add tag</button>
      </form>
    </section>
  );
}
