/**
 * Links and files the pages hand to the browser. Only http(s) addresses from
 * profile data ever become links (a javascript: or data: URL in a profile is
 * dropped), using the extractors' own check.
 */
import { safeHttpUrl } from '@/lib/extract/text';

export function safeHref(url: string): string | undefined {
  return safeHttpUrl(url) ?? undefined;
}

/** A file the recruiter keeps: a Blob behind a one-off link, so no `downloads` permission is needed. */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
