import { useMemo } from 'react';
import { highlightLines } from './highlight';
import type { CodeLanguage, Token } from './highlight';

/** Past this size the text is shown without colours, to keep the page light. */
const maxHighlighted = 300_000;

/**
 * A serialization shown as numbered, highlighted lines. Every token is a
 * React text node inside a span, so nothing in the text is ever read as
 * markup.
 */
export function CodeView({
  text,
  language,
  label,
}: {
  text: string;
  language: CodeLanguage;
  label: string;
}) {
  const lines = useMemo(
    (): Token[][] =>
      text.length > maxHighlighted
        ? text.split('\n').map((line) => [{ kind: null, text: line }])
        : highlightLines(text, language),
    [text, language],
  );

  return (
    <pre className="code-view" tabIndex={0} aria-label={label}>
      <code>
        {lines.map((tokens, index) => (
          <span key={index} className="code-line">
            {tokens.map((token, at) =>
              token.kind ? (
                <span key={at} className={`tok-${token.kind}`}>
                  {token.text}
                </span>
              ) : (
                token.text
              ),
            )}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
