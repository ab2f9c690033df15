import { useMemo } from 'preact/hooks';
import { renderMarkdown } from './render-markdown';

/** Assistant Markdown, sanitized (render-markdown.ts): the only place the chat sets HTML. */
export function Markdown({ text }: { text: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div class="md" dangerouslySetInnerHTML={{ __html: html }} />;
}
