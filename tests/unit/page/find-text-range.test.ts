// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHtmlNode } from '../../../scripts/cli/parse-html-node.ts';
import { findTextRange } from '../../../utils/page/find-text-range.ts';

describe('findTextRange', () => {
  const doc = parseHtmlNode(
    `<body><script>var s = "The consultations also dealt";</script>
     <p>Relations.The consultations <em>also</em>
        dealt with items on the <a href="#">international agenda</a>.</p></body>`,
    'https://a.example/',
  );

  it('finds a sentence across inline elements and folded white space, not inside scripts', () => {
    const range = findTextRange(doc, 'The consultations also dealt with items on the international agenda.');
    expect(range).not.toBeNull();
    expect(range!.startContainer.parentElement?.tagName).toBe('P');
    expect(range!.toString().replace(/\s+/g, ' ')).toBe(
      'The consultations also dealt with items on the international agenda.',
    );
  });

  it('returns null for text the page does not have', () => {
    expect(findTextRange(doc, 'Nothing like this.')).toBeNull();
    expect(findTextRange(doc, '   ')).toBeNull();
  });
});
