// Small builders for test drafts: an email with recipients, a Markdown draft with front matter.

export function eml(to: string[], body: string, subject = 'Update', extra = ''): { text: string; filename: string } {
  const headers = [
    `From: Writer <writer@example.com>`,
    `To: ${to.join(', ')}`,
    `Subject: ${subject}`,
    'Date: Fri, 27 Nov 2026 09:30:00 +0800',
    'Content-Type: text/plain; charset=utf-8',
  ];
  return { text: `${headers.join('\r\n')}${extra}\r\n\r\n${body.replace(/\n/g, '\r\n')}\r\n`, filename: 'draft.eml' };
}

export function md(frontMatter: string, body: string): { text: string; filename: string } {
  return { text: `---\n${frontMatter}\n---\n\n${body}\n`, filename: 'draft.md' };
}
