/** Where each rule's documentation page lives. */
export const DOCS_BASE = 'https://github.com/tactful/tactful/blob/main/packages/core/docs';

export function ruleDocsUrl(id: string): string {
  return `${DOCS_BASE}/rules/${id}.md`;
}
